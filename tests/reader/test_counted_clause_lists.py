"""A list said as the clauses of one sentence, its labels after commas (三件大事：一是…，二是…，三是…。; 分三步走。第一步，…第二步，…), is the point's
sub-points when words just before it count it and it holds as many items as they count (corpus/ANNOTATION.md: a
list inside a paragraph is a level when words that count its parts bring it in). Uncounted, counted otherwise, or
reasons counted (原因在两个地方：第一是…，第二是…), it stays its paragraph's text."""

from __future__ import annotations

import pytest

from tests.reader.mining import outline_of


def _outline(sentence: str):  # noqa: ANN202
    return outline_of(
        "在全市工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，主要是总结工作、部署任务。下面，我讲两点意见。",
        "一、充分肯定成绩",
        sentence,
        "二、扎实做好今年工作",
        "今年要重点抓好工作落实，确保各项目标任务圆满完成。",
        "同志们，让我们团结一心，奋发进取！",
    )


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "过去一年，我们主要做了三件大事：一是迎来建市四十周年，二是完成脱贫攻坚任务，三是建成高铁新城。这些成绩来之不易。",
            ["迎来建市四十周年", "完成脱贫攻坚任务", "建成高铁新城"],
        ),
        ("我们反对主观主义，有两条宗旨是必须注意的：第一是惩前毖后，第二是治病救人。", ["惩前毖后", "治病救人"]),
        (
            # steps counted, each said with 步 (a congress report's 三步走: the cpc-13th gold)
            "我们的发展战略大体分三步走。第一步，实现地区生产总值翻一番，解决温饱问题。这个任务已经基本实现。第二步，到本世纪末，"
            "使人均收入再增长一倍。第三步，到下个世纪中叶，基本实现现代化。",
            ["实现地区生产总值翻一番，解决温饱问题", "到本世纪末，使人均收入再增长一倍", "到下个世纪中叶，基本实现现代化"],
        ),
    ],
    ids=["yi_shi", "di_yi_shi", "di_yi_bu"],
)
def test_a_counted_list_of_clauses_is_the_points_sub_points(sentence: str, items: list[str]) -> None:
    o = _outline(sentence)
    assert [c.heading.rstrip("，。") for c in o.points[0].children] == items


@pytest.mark.parametrize(
    "sentence",
    [
        "从有利因素看，一是迎来建市四十周年，二是完成脱贫攻坚任务，三是建成高铁新城。",  # no count
        "我们主要做了三件大事：一是迎来建市四十周年，二是完成脱贫攻坚任务。这些成绩来之不易。",  # two of three
        "我们主要做了两件大事：一是迎来建市四十周年，二是完成脱贫攻坚任务，三是建成高铁新城。",  # three of two
        "为什么至今尚未达到目的呢？原因在两个地方：第一是敌人的力量太强，第二是自己的力量太弱。",  # reasons
        "今天我就跟大家聊三件事。第一件事，为什么做手表；第二件事，新在哪里；第三件事，价格。",  # 件事: not a label
        "这件事可以分两步来做，第一步先调研，摸清底数，然后再说第二步。",  # steps told in passing
    ],
    ids=["uncounted", "fewer", "more", "reasons", "jian_shi", "steps_in_passing"],
)
def test_other_clauses_stay_text(sentence: str) -> None:
    o = _outline(sentence)
    assert o.points[0].children == []
