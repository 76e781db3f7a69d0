"""Lines of one word each (读书 / 做事 / 做人; 真 / 韧 / 暖) over paragraphs of text, as many as the paragraph before the first says
(我想和大家聊三个词。, rounds pf and so): a commencement's words are its points, though too short for a heading line
otherwise. Without the count, or with another count, such lines are no points."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = (
    "大学最重要的事，是读书。这话听起来像是老生常谈，但我越来越觉得，能静下心来读几本好书的年轻人越来越少了，"
    "希望大家在这四年里，给自己定一个读书计划，每个学期读完几本经典。"
)
SPEECH = (
    "在2024级新生开学典礼上的讲话\n\n亲爱的同学们：\n\n大家好！\n\n"
    "今天，我们在这里隆重举行新生开学典礼。从今天起，你们的大学生活就正式开始了。怎样度过这几年？{count}\n\n"
    "读书\n\n" + TEXT + "\n\n做事\n\n" + TEXT + "\n\n做人\n\n" + TEXT + "\n\n"
    "同学们，四年时光转瞬即逝。希望你们不负韶华，在这里度过一段无悔的青春！\n\n谢谢大家！\n"
)


def test_word_lines_as_many_as_announced_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SPEECH.format(count="我想和大家聊三个词。"))
    assert headings(spec["points"]) == ["读书", "做事", "做人"]


def test_word_lines_with_no_count_are_no_points(tmp_path: Path) -> None:
    # near miss: nothing counts the words
    spec, _ = mine(tmp_path, SPEECH.format(count="我想和大家说几句心里话。"))
    assert headings(spec.get("points") or []) != ["读书", "做事", "做人"]


def test_word_lines_fewer_than_announced_are_no_points(tmp_path: Path) -> None:
    # near miss: four words announced, three lines found
    spec, _ = mine(tmp_path, SPEECH.format(count="我想和大家聊四个词。"))
    assert headings(spec.get("points") or []) != ["读书", "做事", "做人"]


CHARACTERS = (
    "在初三毕业典礼上的讲话\n\n亲爱的同学们：\n\n三年前的九月，你们走进了校园。临别之际，我想用{count}，和同学们说几句心里话。\n\n"
    "真\n\n第一个字，是“真”。做人要真诚。\n\n" + TEXT + "\n\n韧\n\n第二个字，是“韧”。百折不挠。\n\n" + TEXT + "\n\n"
    "暖\n\n第三个字，是“暖”。心怀感恩。\n\n" + TEXT + "\n\n同学们，祝你们前程似锦！\n"
)


def test_one_character_lines_counted_as_characters_are_the_points(tmp_path: Path) -> None:
    # (round td: 我想用三个字… / 真 / 第一个字，是“真”。… a short sentence under each, text after it)
    spec, _ = mine(tmp_path, CHARACTERS.format(count="三个字"))
    assert headings(spec["points"]) == ["真", "韧", "暖"]


def test_one_character_lines_with_no_count_are_no_points(tmp_path: Path) -> None:
    # near miss: nothing counts the characters
    spec, _ = mine(tmp_path, CHARACTERS.format(count="几句话"))
    assert headings(spec.get("points") or []) != ["真", "韧", "暖"]


THINGS = (
    "写作从脚下那块土开始\n\n各位朋友：\n\n大家下午好！谢谢图书馆的邀请。\n\n"
    "我把这些年的体会归成了四样东西，都是乡下最常见的：{named}。\n\n"
    "一块地\n\n先说地。\n\n" + TEXT + "\n\n一口井\n\n再说井。\n\n" + TEXT + "\n\n"
    "一条路\n\n第三样东西，是路。\n\n" + TEXT + "\n\n一盏灯\n\n最后一样东西，是灯。\n\n" + TEXT + "\n\n"
    "今天就聊到这里。谢谢大家！\n"
)


def test_word_lines_named_in_turn_before_them_are_the_points(tmp_path: Path) -> None:
    # (yv10 of the everyday suite) no count of words, but the paragraph before names each line in turn; under each line
    # a short sentence says its word again (先说地。), a paragraph of text after it
    spec, _ = mine(tmp_path, THINGS.format(named="一块地，一口井，一条路，一盏灯"))
    assert headings(spec["points"]) == ["一块地", "一口井", "一条路", "一盏灯"]


def test_word_lines_named_otherwise_are_no_points(tmp_path: Path) -> None:
    # near miss: the paragraph before names other things
    spec, _ = mine(tmp_path, THINGS.format(named="地、井、路、灯"))
    assert headings(spec.get("points") or []) != ["一块地", "一口井", "一条路", "一盏灯"]


KEYWORDS = (
    "在全区青年企业家座谈会上的讲话\n\n青年企业家朋友们：\n\n今天借这个机会，我不讲大道理，想跟大家讲三个关键词。\n\n"
    "担当\n\n第一个想说的词是担当。" + TEXT + "\n\n担当也体现在社会责任上。" + TEXT + "\n\n"
    "协同\n\n第二个词是协同。" + TEXT + "\n\n首先，企业之间要多协同。" + TEXT + "\n\n其次，企业和政府之间要多协同。" + TEXT + "\n\n"
    "耐心\n\n{third}" + TEXT + "\n\n耐心就是要沉得住气。" + TEXT + "\n\n"
    "青年企业家朋友们，青川的明天属于你们！\n"
)


def test_a_list_under_one_word_ends_before_the_next_word_is_counted_again(tmp_path: Path) -> None:
    # (yv04) 首先，…其次，… under 协同, then 第三个词是耐心。 under the next line: the speaker counting the words again, not the
    # list's third item; the words are the points, the list one word's sub-points
    spec, _ = mine(tmp_path, KEYWORDS.format(third="第三个词是耐心。"))
    assert headings(spec["points"]) == ["担当", "协同", "耐心"]
    assert headings(spec["points"][1]["items"]) == ["企业之间要多协同", "企业和政府之间要多协同"]
