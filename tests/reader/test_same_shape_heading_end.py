"""Headings glued to their text in a run whose other headings end clearly, all of one length with a word in the same
place (卡点上严防死守 / 坟头上包保到人, hz25 of the everyday suite): 思想上高度重视清明前后是… and 处置上快速反应镇半专业…
end at that length, said in the report. Near miss: clear headings of different lengths bound nothing."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "各村要把责任落实到每一个山头、每一片林地，镇里将组织督查组逐村检查，确保不发生一起火情。"


def speech(clear: tuple[str, str]) -> str:
    return (
        "在全镇清明节森林防火工作会议上的讲话\n同志们：\n今天开个短会，讲四点。\n"
        "一、思想上高度重视清明前后是森林火灾最容易发生的时段，全国每年清明期间因祭祀用火引发的火情占三成左右。\n"
        f"二、{clear[0]}\n{TEXT}\n三、{clear[1]}\n{TEXT}\n"
        "四、处置上快速反应镇半专业扑火队清明期间全员集中待命，各村应急分队要做到接警后三十分钟内到达现场。\n"
        "同志们，森林防火责任重于泰山，希望大家切实负起责任。\n"
    )


def test_glued_headings_end_at_their_runs_shape(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, speech(("卡点上严防死守", "坟头上包保到人")))
    assert headings(spec["points"]) == ["思想上高度重视", "卡点上严防死守", "坟头上包保到人", "处置上快速反应"]
    assert "竖线处" in report


def test_unlike_headings_bound_nothing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech(("严防死守各个卡点", "坟头包保到人")))
    assert headings(spec["points"])[0] != "思想上高度重视"
