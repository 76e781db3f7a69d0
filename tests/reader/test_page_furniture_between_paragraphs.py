"""A compilation's PDF copy whose page breaks fall between paragraphs (mb03, mb18 of the everyday suite): each page
opens with a bare page number and the book's running header (3 / 生态环境保护工作文件汇编); the same header after rising
numbers on two pages or more is the page's, dropped with its numbers. Near miss: a number and a short line met once
stay (a list's bare count and a heading line)."""

from __future__ import annotations

from jianggao.reader.debris import drop_debris
from jianggao.reader.outline import SourceParagraph

TEXT = "良好的生态环境是最普惠的民生福祉，我们要站在对历史和人民负责的高度，抓好生态环境保护各项工作。"
HEAD = "生态环境保护工作文件汇编"


def read(*texts: str) -> tuple[list[str], list[tuple[str, str]]]:
    kept, dropped = drop_debris([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    return [p.text for p in kept], [(d.text, d.reason) for d in dropped]


def test_a_running_header_after_page_numbers_between_paragraphs_is_dropped() -> None:
    kept, dropped = read(TEXT, "3", HEAD, TEXT, TEXT, "4", HEAD, TEXT)
    assert kept == [TEXT] * 4
    assert dropped == [("3", "页码"), (HEAD, "页眉"), ("4", "页码"), (HEAD, "页眉")]


def test_a_number_and_a_short_line_met_once_stay() -> None:
    kept, _ = read(TEXT, "3", HEAD, TEXT, TEXT)
    assert kept == [TEXT, "3", HEAD, TEXT, TEXT]
