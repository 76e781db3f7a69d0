"""A PDF copy whose paragraphs open with an indent (two full-width spaces) and whose lines were cut at the page
width (ld20, hu03 of the everyday suite): an indented line opens a paragraph, and an indented first line is as wide
as the page's other lines, so a heading line cut short runs on into its last word (一、…清醒认识存在的 / 问题) and a
heading line as wide as the page does not run on into the indented text under it."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.page_repair import rejoin_page_lines
from jianggao.reader.speech_file import text_paragraphs

from .mining import headings, mine

WIDTH = 35  # characters of a line


def page(paragraphs: list[str]) -> str:
    lines = []
    for text in paragraphs:
        text = "\u3000\u3000" + text
        lines += [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]
    return "\n".join(lines)


TEXT = "去年，集团公司克服生产任务重、新项目多、外部环境复杂等困难，全年实现了零死亡、零重伤的目标，连续第六年保持安全生产无亡人事故，各项工作取得了新的成效。"


def test_indented_paragraphs_are_joined_and_parted_again() -> None:
    heading = "一、客观看待2022年安全生产形势，在肯定成绩的同时清醒认识存在的问题"  # (one line and two words)
    paras = rejoin_page_lines(text_paragraphs(page([TEXT, heading, TEXT, TEXT, heading.replace("问题", ""), TEXT])))
    assert [p.text for p in paras] == [TEXT, heading, TEXT, TEXT, heading.replace("问题", ""), TEXT]


def test_a_copy_that_indents_every_line_joins_its_lines() -> None:
    # near miss: every line indented (a page pasted with its margin): no line opens a paragraph by its indent
    text = "\n".join("\u3000\u3000" + line for line in page([TEXT] * 5).split("\n"))
    assert [p.text for p in rejoin_page_lines(text_paragraphs(text))] == [TEXT] * 5





def test_a_line_opening_with_a_mark_after_a_page_break_goes_on_the_line_before(tmp_path: Path) -> None:
    """（二）…发展思想 / — 3 — / 、增进群众福祉的民心工程。…: a page number between a heading's two lines (mx18); no
    printed line opens with 、, so the two are one paragraph again once the page number is dropped."""
    first = "（一）创建文明城区是提升城市品质、增强城区综合竞争力的重要抓手。"
    second = "（二）创建全国文明城区是全面践行以人民为中心发展思想的一场生动实践、增进群众福祉的民心工程。"  # (、 opens a line)
    text = page(["同志们：", TEXT, "一、提高政治站位，充分认识创建文明城区的重大意义", first + TEXT, second + TEXT, "二、压实工作责任", TEXT, TEXT])
    cut = text.index("、增进")
    assert text[cut - 1] == "\n"  # (the page broke where the line did)
    spec, _ = mine(tmp_path, "在全区创建文明城区动员大会上的讲话\n" + text[:cut] + "\n— 3 —\n\n" + text[cut:])
    assert headings(spec["points"][0]["items"]) == [first.removeprefix("（一）").rstrip("。"), second.removeprefix("（二）").rstrip("。")]
