"""Unnumbered headings set apart from their text by a space in the same paragraph (稳住工业基本盘 一季度…。 / 抓紧项目
开工　投资是…。, ij06 of the everyday suite), three at least: each heading is set on a line of its own, said in the
report, and read as a point. Near misses: a copy that spaces words apart (微信 7.0 / 在 HackNews 上), a byline
(镇党委书记 何某某), or two such paragraphs only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

TEXT = "一季度我们的工业增长主要靠两家企业撑着，二季度要盯住订单，帮企业把原材料和用工的难题解决好，确保产值不掉下来。"
HEADS = ("稳住工业基本盘", "抓紧项目开工", "招商要盯落地")


def speech(paragraphs: list[str]) -> str:
    return (
        "在全镇一季度经济运行分析调度会上的讲话\n镇党委书记 何某某\n今天这个调度会，不讲客套话，就是对账。\n"
        + "".join(f"{p}\n" for p in paragraphs) + "就讲这些，散会。\n"
    )


def test_spaced_heads_are_the_points(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, speech([f"{HEADS[0]} {TEXT}", f"{HEADS[1]}\u3000{TEXT}", f"{HEADS[2]} {TEXT}"]))
    assert headings(spec["points"]) == list(HEADS)
    assert "与正文只隔一个空格" in report


@pytest.mark.parametrize(
    "paragraphs",
    [
        [f"{HEADS[0]} {TEXT}", f"{HEADS[1]} {TEXT}", TEXT],  # two only
        [f"最近我们推出了微信 7.0 版本，{TEXT}", f"这是一篇 在 HackNews 上的讨论，{TEXT}", f"后来就凑了 十个人，{TEXT}"],  # spaced words
    ],
)
def test_no_spaced_heads(tmp_path: Path, paragraphs: list[str]) -> None:
    _, report = mine(tmp_path, speech(paragraphs))
    assert "与正文只隔一个空格" not in report
