"""Markdown list items each led in bold under a run-in point (**三要守住“三道关”。** over - **守住来料关。**… ×3; everyday
rr15, kh19; stop 38) are its sub-points, as under a heading line. Near miss: plain list items with no bold lead under a
run-in point stay its text."""

from __future__ import annotations

from pathlib import Path

from .mining import mine

TEXT = "这个月公司安排了质量知识竞赛、技能比武和合理化建议征集，各车间要组织好，让每一名员工都参与进来。"


def _talk(items: str) -> str:
    points = (
        f"**一要提高认识。**{TEXT}\n\n"
        f"**二要压实责任。**{TEXT}\n\n"
        f"**三要守住“三道关”。**质量是做出来的，也是管出来的。\n\n{items}\n"
        f"**四要用好各项活动。**{TEXT}\n\n"
    )
    return f"# 在质量月启动会上的讲话\n\n各位同事：\n\n今天我们召开质量月启动会，我讲四点意见。\n\n{points}各位同事，质量没有终点。谢谢大家！\n"


def test_bold_led_list_items_under_a_run_in_point_are_its_sub_points(tmp_path: Path) -> None:
    items = "".join(f"- **守住{k}关。**{TEXT}\n" for k in ("来料", "过程", "出厂"))
    spec, _ = mine(tmp_path, _talk(items), "talk.md")
    third = spec["points"][2]
    assert [i["heading"] for i in third.get("items", [])] == ["守住来料关", "守住过程关", "守住出厂关"]


def test_plain_list_items_under_a_run_in_point_stay_its_text(tmp_path: Path) -> None:
    items = "".join(f"- {k}方面，{TEXT}\n" for k in ("来料", "过程", "出厂"))
    spec, _ = mine(tmp_path, _talk(items), "talk.md")
    assert not spec["points"][2].get("items")
