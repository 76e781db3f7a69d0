"""A meeting's agenda read out inside a paragraph (我们这次会议有三个议事日程：第一，…；第二，…；第三，…。) is the
meeting's business, not the point's sub-points (corpus/ANNOTATION.md: an agenda is no level; the stop-66 reading of
a 1955 party conference's opening address, whose gold and both annotators keep it as text). Near miss: the same
list brought in by 三个问题： is the point's parts. Our own address, after that skeleton."""

from __future__ import annotations

import pytest

from .mining import outline_of

ITEMS = ["关于全县五年发展规划和关于这个规划的报告；", "关于加强党的基层组织建设的报告；", "关于成立县纪律检查委员会。"]


def _sub_points(brought_in_by: str) -> list[list[str]]:
    outline = outline_of(
        "在全县党员代表会议上的讲话",
        "同志们：",
        "一、开幕词",
        "这次代表会议是在全县上下奋力推进高质量发展的关键时刻召开的。"
        f"{brought_in_by}第一，{ITEMS[0]}第二，{ITEMS[1]}第三，{ITEMS[2]}希望各位代表认真审议，充分发表意见。",
        "二、结论",
        "这次会议开得很成功，达到了预期的目的。",
        "同志们，让我们团结一致，为完成今年的各项任务而奋斗！",
    )
    return [[child.heading for child in point.children] for point in outline.points]


@pytest.mark.parametrize("agenda", ["我们这次会议有三个议事日程：", "这次会议的主要议程有三项："])
def test_an_agenda_read_out_is_no_list(agenda: str) -> None:
    assert _sub_points(agenda) == [[], []]


def test_the_same_list_of_problems_is_the_points_parts() -> None:
    assert _sub_points("我们这次会议要着重解决三个问题：") == [ITEMS, []]
