"""第三个事情，水库和河道。: a spoken count by 事情 is counted as by 事儿 and 事 (hq04, a18 of the everyday suite)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "全县四十二座小型水库，汛限水位以上的，今晚水利局拿出方案，该预泄的预泄，不能等。"


def dispatch(third: str) -> str:
    return (
        "在全县防汛调度会上的讲话\n同志们：\n今天晚上把大家叫来，就几件事。\n"
        f"第一，思想上一定要绷紧这根弦。{TEXT}\n第二个，转移要果断。{TEXT}\n{third}水库和河道。{TEXT}\n"
        f"第四，应急值守和信息报送。{TEXT}\n行，就这样。大家抓紧去落实。\n"
    )


def test_a_count_by_shiqing_is_a_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, dispatch("第三个事情，"))
    assert headings(spec["points"]) == ["思想上一定要绷紧这根弦", "转移要果断", "水库和河道", "应急值守和信息报送"]


def test_a_thing_named_with_no_count_is_none(tmp_path: Path) -> None:
    # near miss: 这个事情， counts nothing: the paragraph is the second point's text
    spec, _ = mine(tmp_path, dispatch("这个事情，"))
    assert "水库和河道" not in headings(spec["points"])
