"""A byline that names the speaker with 同志 after his name (梁志宏同志 / 县委书记　刘国栋同志, wc05 and wc13 of the
everyday suite) gives the name without it, as every writer of the suite gives it. Near miss: 县政府主要负责同志 names a
post, no one: it is not cut down to a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

SPEECH = (
    "在全县纪念五四运动105周年大会上的讲话\n\n{byline}\n\n（2024年4月30日）\n\n同志们：\n\n今天我们在这里隆重集会。\n\n"
    "一、坚定理想信念。青年要把理想信念建立在科学理论的基础上。\n\n二、勇于担当作为。青年要到基层一线去。\n\n同志们，青春由奋斗而出彩！\n"
)


@pytest.mark.parametrize(("byline", "office", "name"), [("梁志宏同志", "", "梁志宏"), ("县委书记　刘国栋同志", "县委书记", "刘国栋")])
def test_a_comrades_byline_gives_the_name(tmp_path: Path, byline: str, office: str, name: str) -> None:
    spec, _ = mine(tmp_path, SPEECH.format(byline=byline))
    assert spec["speaker"] == name
    assert spec.get("speaker_title", "") == office


def test_a_posts_byline_is_not_cut_to_a_name(tmp_path: Path) -> None:
    # near miss: 主要负责同志 is a post; 同志 stays with it (no name 县政府主要负责 is made up)
    spec, _ = mine(tmp_path, SPEECH.format(byline="县政府主要负责同志"))
    assert spec.get("speaker") != "县政府主要负责"
