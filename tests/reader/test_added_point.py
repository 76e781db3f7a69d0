"""One more point a speaker adds after his count's last (everyday d12, l12, gb14, gg21, ge04; stop 23), in our own
wording: 另外还有一个事，就是安全。… / 当然，还有一条，… / 还有最后一点，… after 一要…三要 (or 首先…最后, or a count
switched in style) is a point of the count, its lead sentence, words and all, the heading.

Near misses, as most writers read them: 我还要强调一点，… (what the speaker stresses goes on with the last point);
such a paragraph after unnumbered heading lines, or after a last item over sub-points of its own; two of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import headings, mine

BODY = "各乡镇各部门要把这项工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，层层压实责任。"
HEAD = "在全县百日攻坚动员会上的讲话\n同志们：\n今天开个短会，我讲三点。\n"
END = "好，我就讲这些。同志们，离百日攻坚结束还有八十天，希望大家拿出冲刺的劲头，确保各项任务圆满完成。\n"
COUNT = f"一要把攻坚的状态拿出来。{BODY}\n二要把问题一个一个解决掉。{BODY}\n三要把责任压下去、压实。{BODY}\n"
LEADS = ["把攻坚的状态拿出来", "把问题一个一个解决掉", "把责任压下去、压实"]


@pytest.mark.parametrize("added", ["另外还有一个事，就是安全。", "当然，还有一条，就是要守住安全底线。", "还有最后一点，我再讲讲安全。"])
def test_one_more_point_after_the_count(tmp_path: Path, added: str) -> None:
    spec, _ = mine(tmp_path, HEAD + COUNT + f"{added}{BODY}\n" + END)
    assert headings(spec["points"])[:3] == LEADS
    assert len(spec["points"]) == 4 and spec["points"][3]["heading"] == added.rstrip("。")


def test_what_the_speaker_stresses_goes_on_with_the_last_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + COUNT + f"我还要强调一点，就是安全。{BODY}\n" + END)
    assert headings(spec["points"]) == LEADS


def test_no_added_point_after_unnumbered_heading_lines(tmp_path: Path) -> None:
    lines = "".join(f"{h}\n{BODY}{BODY}\n" for h in ("关于今年的形势", "关于几项重点工作", "关于干部队伍建设"))
    spec, _ = mine(tmp_path, HEAD + lines + f"另外还有一个事，就是安全。{BODY}\n" + END)
    assert headings(spec["points"]) == ["关于今年的形势", "关于几项重点工作", "关于干部队伍建设"]


def test_no_added_point_after_a_last_item_with_sub_points(tmp_path: Path) -> None:
    parts = f"一、认清形势\n{BODY}\n二、突出重点\n{BODY}\n三、强化保障\n（一）加强领导。{BODY}\n（二）严格考核。{BODY}\n"
    spec, _ = mine(tmp_path, HEAD + parts + f"另外还有一个事，就是安全。{BODY}\n" + END)
    assert headings(spec["points"]) == ["认清形势", "突出重点", "强化保障"]


def test_two_added_points_are_neither(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + COUNT + f"另外还有一个事，就是安全。{BODY}\n还有一点，就是信访。{BODY}\n" + END)
    assert headings(spec["points"]) == LEADS


def test_one_more_point_after_the_order_words_last(tmp_path: Path) -> None:
    """首先… 其次… 最后，… then 还有一点，就是…: the order words' own last, one more added after it (hz10)."""
    count = f"首先，要把攻坚的状态拿出来。{BODY}\n其次，要把问题一个一个解决掉。{BODY}\n最后，要把责任压下去、压实。{BODY}\n"
    spec, _ = mine(tmp_path, HEAD + count + f"还有一点，就是安全生产不能放松。{BODY}\n" + END)
    assert headings(spec["points"]) == [f"要{lead}" for lead in LEADS] + ["还有一点，就是安全生产不能放松"]


def test_no_added_point_after_a_numbered_last(tmp_path: Path) -> None:
    """Near miss: 三、最后说说自身 … 还有一条，就是…: the numbered last's own text (hp04)."""
    count = f"一、先说团结\n{BODY}\n二、再说规矩\n{BODY}\n三、最后说说自身\n{BODY}\n"
    spec, _ = mine(tmp_path, HEAD + count + f"还有一条，就是带头深入基层。{BODY}\n" + END)
    assert headings(spec["points"]) == ["先说团结", "再说规矩", "最后说说自身"]


def test_the_last_topic_named_after_the_count_is_one_more_point(tmp_path: Path) -> None:
    """一、… 二、… 三、… then 最后，我再强调一下责任落实问题。…: his last topic, a point of its own (hz12, ht04, hu12, ho17)."""
    count = f"一、提高思想认识\n{BODY}\n二、突出关键环节\n{BODY}\n三、统筹抗旱工作\n{BODY}\n"
    spec, _ = mine(tmp_path, HEAD + count + f"最后，我再强调一下责任落实问题。{BODY}\n" + END)
    assert headings(spec["points"]) == ["提高思想认识", "突出关键环节", "统筹抗旱工作", "最后，我再强调一下责任落实问题。"]


@pytest.mark.parametrize(
    ("count", "last"),
    [
        (f"一、提高思想认识\n{BODY}\n二、突出关键环节\n{BODY}\n三、关于作风和纪律\n{BODY}\n", "三、关于作风和纪律"),
        (f"## 一、提高思想认识\n{BODY}\n## 二、突出关键环节\n{BODY}\n## 三、总结与展望\n{BODY}\n", "## 三、总结与展望"),
    ],
)
def test_the_last_topic_inside_the_last_part_stays_its_text(tmp_path: Path, count: str, last: str) -> None:
    """Near misses: 最后，我再强调一下作风和纪律问题。 under 三、关于作风和纪律 (the same topic), or under a Markdown
    heading (## 三、总结与展望): the last part's own last words (h15, and a studied transcript)."""
    spec, _ = mine(tmp_path, HEAD + count + f"最后，我再强调一下作风和纪律问题。{BODY}\n" + END, name="speech.md")
    assert len(spec["points"]) == 3


@pytest.mark.parametrize("aside", ["还有一个事，我顺便讲一下，不算一点啊。", "还有一个事，我顺带说一句。"])
def test_one_more_thing_said_in_passing_is_no_point(tmp_path: Path, aside: str) -> None:
    """Near misses: a thing the speaker says is no point (不算一点), or one sentence said in passing (if07, if18)."""
    spec, _ = mine(tmp_path, HEAD + COUNT + aside + BODY + "\n" + END)
    assert headings(spec["points"]) == LEADS


def test_of_two_added_the_one_counted_by_the_counts_own_noun(tmp_path: Path) -> None:
    """第一条，… 第三条，… then 还有一点，… inside the third and 还有一条，我顺便说一下，就是…: the one that counts by
    条, as the count does, is the added point (stop 42, uk17); 还有一件事，… after 第三件事 the same (po22)."""
    count = "".join(f"第{n}条，{lead}。{BODY}\n" for n, lead in zip("一二三", LEADS, strict=True))
    added = "还有一条，我顺便说一下，就是整改的时间节点。"
    spec, _ = mine(tmp_path, HEAD + count + f"还有一点，整改的成效要让群众看得见。{BODY}\n{added}{BODY}\n" + END)
    assert headings(spec["points"]) == [*LEADS, added.rstrip("。")]
    count = "".join(f"第{n}件事，{lead}。{BODY}\n" for n, lead in zip("一二三", LEADS, strict=True))
    added = "还有一件事，我顺便说一下，是下个月的居民议事会。"
    spec, _ = mine(tmp_path, HEAD + count + f"{added}{BODY}\n" + END)
    assert headings(spec["points"]) == [*LEADS, added.rstrip("。")]
