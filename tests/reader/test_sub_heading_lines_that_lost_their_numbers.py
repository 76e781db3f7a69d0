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


LEAD_IN = "谈到创新，我们还应对去年的情况作些具体的分析。"


def _led_in_report(lines: list[str], led_in: set[int]) -> str:
    part = "".join(f"{line}\n{LEAD_IN}\n{TEXT}\n" if k in led_in else f"{line}\n{TEXT}\n" for k, line in enumerate(lines))
    return _report([]).replace("主要做了以下工作。\n", f"主要做了以下工作。\n{part}")


def test_a_line_over_a_short_sentence_that_leads_into_its_text_is_one_of_them(tmp_path: Path) -> None:
    """A chapter's title lines in a plain copy: a few stand over a short sentence leading into their text, when at
    least three others stand over text."""
    lines = ["经济运行稳中向好", "创新能力持续增强", "民生保障更加有力", "改革开放不断深化"]
    spec, _ = mine(tmp_path, _led_in_report(lines, {1}))
    assert [s["heading"] for s in spec["points"][0]["items"]] == lines


def test_lines_mostly_over_short_sentences_are_no_sub_points(tmp_path: Path) -> None:
    """Two of three over a short sentence (a talk's remarks in passing): not enough lines over text."""
    spec, _ = mine(tmp_path, _led_in_report(["经济运行稳中向好", "创新能力持续增强", "民生保障更加有力"], {0, 1}))
    assert "items" not in spec["points"][0]
