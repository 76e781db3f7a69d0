"""One more point added after a count, said more ways: 另外，还有一点我要补充一下，… / 还有个事儿，… / 另外再讲一点，…
(hp03, hp08, hn25 of the everyday suite). None is added after a count its speaker ended with 最后 (四、最后说说自身 /
还有一条，…: hp04), nor when the first sentence names no topic (还有个事，我顺便说一下。…: gc06)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

TALK = (
    "在安全生产检查讲评会上的讲话\n同志们：\n这次检查查出的问题不少，我讲三点。\n"
    "第一，对这次查出的问题，态度要端正。有的单位一听说查出问题，第一反应是找理由，这个态度要不得。\n"
    "第二，整改要有实效，不能应付。整改不是写个报告就完事，要一条一条对账销号，回头我们还要复查。\n"
    "{third}把安全责任压到每一个人。每个岗位都要有人负责，出了事要能找到人，层层签字不能只是走形式。\n"
    "{added}年底前各单位都要组织一次应急演练，演练方案报安委办备案，演练要有脚本以外的情况。\n"
    "同志们，安全生产只有起点没有终点，让我们把各项措施落到实处！\n"
)


@pytest.mark.parametrize(
    "added",
    [
        "另外，还有一点我要补充一下，就是应急演练。", "还有个事儿，说一下应急演练。", "另外再讲一点，就是应急演练。", "另外我再补充一点，就是应急演练。",
        "另外我再加一条，应急演练一刻也不能松。",  # (vg01)
    ],
)
def test_one_more_point_added_after_the_count(tmp_path: Path, added: str) -> None:
    spec, _ = mine(tmp_path, TALK.format(third="第三，", added=added))
    assert len(spec["points"]) == 4


def test_none_added_after_a_count_ended_with_last(tmp_path: Path) -> None:
    # near miss: the count's third said 第三，最后… : 还有一条，… goes on with it
    spec, _ = mine(tmp_path, TALK.format(third="第三，最后说说责任。", added="还有一条，就是应急演练。"))
    assert len(spec["points"]) == 3


def test_none_added_when_the_first_sentence_names_no_topic(tmp_path: Path) -> None:
    # near miss: 还有个事，我顺便说一下。 names nothing: a thing said in passing
    spec, _ = mine(tmp_path, TALK.format(third="第三，", added="还有个事，我顺便说一下。"))
    assert headings(spec["points"])[-1] == "把安全责任压到每一个人"
