"""Where a copy's line breaks fall: at a paragraph's end, or inside one (a text wrapped at a page's width, a Word
paragraph whose lines were joined with line breaks, a Markdown paragraph over several lines).

``split_at_line_breaks`` gives the paragraphs of one block of lines back; ``continues`` says whether a line runs on
into the next; ``hard_wrapped`` whether a block was wrapped at one width. The text, Markdown and Word readers share them.
"""

from __future__ import annotations

import re

from ..zh.labels import match_label
from .transcript_facts import facts_line

# 。 / ”。 / ）: a line of nothing but closing marks ends the line above it (a copy broke before them)
CLOSING_MARKS = re.compile(r"^[。，、；：！？”’）)…!?,;:]+$")

# - 一项 / 1. 一项: a Markdown list item, which opens a line of its own
MD_LIST = re.compile(r"^(?:[-*+]|\d+[.)])\s+")


def _width(line: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)


_LINE_END_CLOSERS = "”’」』）)*_ "


def hard_wrapped(lines: list[str]) -> bool:
    """Three or more lines cut at one column (an editor's fill): one paragraph, whatever each line ends with."""
    if len(lines) < 3:
        return False
    widths = [_width(line) for line in lines[:-1]]
    return min(widths) >= 40 and max(widths) - min(widths) <= 2 and _width(lines[-1]) <= max(widths) + 2


def split_at_line_breaks(lines: list[str]) -> list[str]:
    """Lines of one block (a Word paragraph with line breaks) back into paragraphs, by ``continues``."""
    if hard_wrapped(lines):
        return ["".join(lines)]
    out = [lines[0]]
    for line, following in zip(lines, lines[1:], strict=False):
        if continues(line.strip(), following.strip()):
            out[-1] += following
        else:
            out.append(following)
    return out


def continues(line: str, following: str) -> bool:
    """Does ``following`` continue the paragraph of ``line`` in a block without blank lines?

    Chinese writers end a paragraph with a line break, so a line that ends a
    sentence (。！？；：) ends its paragraph; a line cut after a comma runs on;
    a short line without an ending is a title or byline of its own.
    """
    if CLOSING_MARKS.match(following):
        return True
    if match_label(following) or MD_LIST.match(following) or facts_line(following.replace("**", "")):
        return False  # (嘉宾：… / 主办：… / 日期：…: a transcript's facts, a line each)
    end = line.rstrip(_LINE_END_CLOSERS)[-1:] or line[-1:]
    if end in "。！？!?；;：:…":
        return False
    if end in "，,、":
        return True
    return len(line) > 40
