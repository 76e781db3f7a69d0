"""第一个问题　新时代需要什么样的好老师 / 第二个问题　对照“四有”，我们还有哪些差距 (round to, a 党课 in three problems):
a heading line whose counted unit (个问题 / 个方面 / 点 / 条) is set apart by a space is labelled by it, as 第一部分　…
is; the heading after the space is kept whole, commas and all. A count of days set apart so is no label."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "这是学校党委书记在主题教育专题党课上讲的内容，结合学校实际，讲得很具体，大家要认真学习领会，对照检查。"


def lecture(*lines: str) -> list[str]:
    return ["在全校教师大会上的专题党课", "老师们、同志们：", "今天，我围绕做新时代“四有”好老师，讲三个问题。",
            *(x for line in lines for x in (line, TEXT, TEXT)), "老师们，让我们以这次主题教育为契机，争做新时代的好老师！"]


def test_a_counted_unit_set_apart_by_a_space_labels_the_line() -> None:
    o = outline_of(*lecture("第一个问题　新时代需要什么样的好老师", "第二个问题　对照“四有”，我们还有哪些差距", "第三个问题　怎样争做好老师"))
    assert top_headings(o) == ["新时代需要什么样的好老师", "对照“四有”，我们还有哪些差距", "怎样争做好老师"]


def test_a_count_of_days_set_apart_is_no_label() -> None:
    # near miss: 第一天　… counts no part of a talk; the line stays whole
    o = outline_of(*lecture("第一天　报到注册，熟悉校园", "第二天　集中培训，学习制度", "第三天　跟岗听课"))
    assert top_headings(o) == ["第一天　报到注册，熟悉校园", "第二天　集中培训，学习制度", "第三天　跟岗听课"]
