"""A speaker's "one is…, another is…" whose first is said right after the sentence that says items are coming, in
the paragraph before the next one opens (我说几个事。一个是煤要备足。… / 再一个是管网要查好。…, round pe): the first
opens a paragraph of its own, as the others do."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAT = (
    "县长在冬季供暖保障专题会上的讲话要点\n（录音整理）\n\n同志们，今天的会就一个意思，确保老百姓暖暖和和过冬。\n\n"
    "{said}一个是煤要备足。热力公司现在的存煤只够半个月，至少要备够一个月的量。\n\n"
    "再一个是管网要查好。去年冬天城北片区爆了两次管，今年要提前把老旧管网排查一遍。\n\n"
    "就这些，散会。\n"
)


def test_the_first_said_after_the_items_are_announced_opens_its_paragraph(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAT.format(said="我说几个事。"))
    assert headings(spec["points"]) == ["煤要备足", "管网要查好"]


def test_a_one_is_after_a_sentence_that_announces_nothing_stays_in_its_paragraph(tmp_path: Path) -> None:
    # near miss: 一个是… after a sentence of text is that paragraph's own list (其中一个是… / 原因有两个，一个是…)
    spec, _ = mine(tmp_path, HEAT.format(said="去年出过几次问题，原因是多方面的。"))
    assert "煤要备足" not in headings(spec.get("points") or [])


TOURISM = (
    "市长在全市文旅产业发展座谈会上的讲话\n（根据录音整理）\n\n同志们，今天我讲几个事情。\n\n"
    "第一个事情，要把人留下来。我们的景区，下午五点就关门了，游客晚上没地方去。\n\n"
    "第二个事情，要把住的地方建起来。民宿要规范，酒店要上档次。\n\n"
    "刚才有同志问交通。对，交通，我本来要放在后面讲，那就先讲。{third}几个主要景区之间，现在还没有直达的公交。\n\n"
    "第四个事情，要把品牌打出去。\n\n好，就讲这些。\n"
)


def test_the_one_count_missing_from_a_spoken_run_said_after_an_aside_opens_its_paragraph(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TOURISM.format(third="第三个事情，交通要打通。"))
    assert headings(spec["points"]) == ["要把人留下来", "要把住的地方建起来", "交通要打通", "要把品牌打出去"]


def test_a_count_of_something_else_inside_a_paragraph_stays_there(tmp_path: Path) -> None:
    # near miss: 第二个… said inside the paragraph is no count the run misses (its 3 is)
    spec, _ = mine(tmp_path, TOURISM.format(third="第二个景区的门票也要降。"))
    assert "第二个景区的门票也要降" not in headings(spec["points"])


RESERVOIR = (
    "在水库建成六十周年座谈会上的讲话\n（根据录音整理）\n\n同志们：\n\n今天我们在这里座谈。我讲几点想法。\n\n"
    "首先，要记住这段历史。六十年了，当年上工地的人，大部分已经不在了。\n\n"
    "其次，要管好用好这座水库。水库用了六十年，有些设施老化了。\n\n"
    "{third}要把当年那种精神传下去。什么精神？我想就是自力更生、艰苦奋斗。\n\n"
    "{fourth}"
    "同志们，谢谢大家。\n"
)


def test_a_going_on_word_right_after_a_written_second_is_the_third(tmp_path: Path) -> None:
    # (首先，… 其次，… 再一个，…: the third said as a speaker goes on)
    spec, _ = mine(tmp_path, RESERVOIR.format(third="再一个，", fourth=""))
    assert headings(spec["points"]) == ["要记住这段历史", "要管好用好这座水库", "要把当年那种精神传下去"]


def test_a_going_on_word_after_the_counts_last_is_no_item_of_it(tmp_path: Path) -> None:
    # near miss: 首先，… 其次，… 最后，… then 还有一个，…: the count ended with its 最后
    spec, _ = mine(tmp_path, RESERVOIR.format(third="最后，", fourth="还有一个，就是不要怕担责任。有些新事情没有先例。\n\n"))
    assert headings(spec["points"])[:3] == ["要记住这段历史", "要管好用好这座水库", "要把当年那种精神传下去"]


def test_a_going_on_word_that_names_the_thing_is_the_next_item(tmp_path: Path) -> None:
    # (第一个事情，… 第二个事情，… 再一个事情，就是…, round py: the next, the thing it counts named after the word)
    text = TOURISM.replace("刚才有同志问交通。对，交通，我本来要放在后面讲，那就先讲。{third}", "再一个事情，就是交通要打通。")
    text = text.replace("第四个事情，要把品牌打出去。\n\n", "")
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["要把人留下来", "要把住的地方建起来", "交通要打通"]
