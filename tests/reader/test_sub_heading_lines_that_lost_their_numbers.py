"""Sub-headings whose numbers a copy lost: under a numbered heading, three or more short lines of their own that end
no sentence, each over a paragraph of text, are its sub-points (a government report on a WeChat page, ne08; a
memorial speech's PDF copy, ng05; a court report's ◆ lines, oc08, the page's mark set aside)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

TEXT = "全年地区生产总值增长百分之五点五，规模以上工业增加值增长百分之六，一批重大产业项目建成投产，经济运行总体平稳。"


def _report(lines: list[str], *, text_under: bool = True) -> str:
    part = "".join(f"{line}\n{TEXT}\n" if text_under else f"{line}\n" for line in lines)
    return (
        "政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"
        f"一、2024年工作回顾\n过去一年，我们坚持稳中求进工作总基调，主要做了以下工作。\n{part}"
        f"二、2025年重点工作\n今年要重点抓好以下几个方面。\n{TEXT}\n"
        "各位代表，让我们团结一心，奋发进取，为建设现代化城市而努力奋斗！\n"
    )


def test_short_lines_over_text_under_a_numbered_heading_are_its_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _report(["经济运行稳中向好", "创新能力持续增强", "民生保障更加有力"]))
    first = spec["points"][0]
    assert [s["heading"] for s in first["items"]] == ["经济运行稳中向好", "创新能力持续增强", "民生保障更加有力"]


def test_a_pages_mark_before_them_is_set_aside(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _report(["◆ 能动履职 服务发展大局", "◆ 公正司法 守护平安青松", "◆ 司法为民 践行初心使命"]))
    assert [s["heading"] for s in spec["points"][0]["items"]] == ["能动履职 服务发展大局", "公正司法 守护平安青松", "司法为民 践行初心使命"]
    assert "标题前的符号" in report


def test_two_such_lines_or_lines_with_no_text_under_them_are_no_sub_points(tmp_path: Path) -> None:
    # near misses: two lines only; short lines in a row (a list of slogans) with no text under each
    for text in (_report(["经济运行稳中向好", "创新能力持续增强"]), _report(["经济运行稳中向好", "创新能力持续增强", "民生保障更加有力"], text_under=False)):
        spec, _ = mine(tmp_path, text)
        assert "items" not in spec["points"][0]
