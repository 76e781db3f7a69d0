"""第一个问题，… 第二个问题，… 第三个问题，… 这个问题我也想讲几点。第一点，… 第四点，…: a count by a wider unit (个问题 /
个方面) over one by a narrower (点 / 条) after its last item: the 点 are that problem's sub-points, not more points
(hm08 of the everyday suite)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "这个道理大家都明白，关键是要落到行动上，落到每一天的具体工作中，不能只停留在口头上。"


def lecture(unit: str, inner: str) -> str:
    return (
        "守好教育报国的初心\n老师们、同志们：\n今天由我来给大家上一堂专题党课，主要讲三个问题。\n"
        f"第一{unit}，为什么今天要讲初心。{TEXT}\n{TEXT}\n第二{unit}，我们的初心到底是什么。{TEXT}\n{TEXT}\n"
        f"第三{unit}，怎么样守住初心。\n这个问题我也想讲几点，都是比较具体的。\n"
        f"第一{inner}，要坚持学习。{TEXT}\n第二{inner}，要敢于担当。{TEXT}\n第三{inner}，要廉洁自律。{TEXT}\n"
        "好，今天就讲这么多。讲得不对的地方，请大家批评指正。\n"
    )


def test_points_under_the_last_problem_are_its_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, lecture("个问题", "点"))
    assert headings(spec["points"]) == ["为什么今天要讲初心", "我们的初心到底是什么", "怎么样守住初心"]
    assert headings(spec["points"][2]["items"]) == ["要坚持学习", "要敢于担当", "要廉洁自律"]


def test_a_second_count_by_the_same_unit_is_no_sub_list(tmp_path: Path) -> None:
    # near miss: 第一点… 第三点… then 第一点… again: no wider unit over it, so not read as the last point's list
    spec, _ = mine(tmp_path, lecture("点", "点"))
    assert "items" not in spec["points"][-1]
