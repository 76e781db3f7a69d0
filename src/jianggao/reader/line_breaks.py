"""Where a copy's line breaks fall: at a paragraph's end, or inside one (a text wrapped at a page's width, a Word
paragraph whose lines were joined with line breaks, a Markdown paragraph over several lines).

``split_at_line_breaks`` gives the paragraphs of one block of lines back; ``continues`` says whether a line runs on
into the next; ``hard_wrapped`` whether a block was wrapped at one width. The text, Markdown and Word readers share them.
"""

from __future__ import annotations

import functools
import re

from ..zh.labels import HEADING_RANK, match_label
from .transcript_facts import facts_line

# 。 / ”。 / ）: a line of nothing but closing marks ends the line above it (a copy broke before them)
CLOSING_MARKS = re.compile(r"^[。，、；：！？”’）)…!?,;:]+$")

# - 一项 / 1. 一项: a Markdown list item, which opens a line of its own
MD_LIST = re.compile(r"^(?:[-*+]|\d+[.)])\s+")


# …我们宣布了CUDA / GPU加速计算技术，…: a line cut at the space between two Latin words (or a word and a number)
# mid-sentence, after Chinese text on the line (not a field line, date: … / ICP备案号：…, after it)
_WORD_WRAP_END = re.compile(r"[\u4e00-\u9fff][^。！？!?；;：:]*[A-Za-z0-9]$")
_WORD_WRAP_START = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+\-]*(?=[\s\u4e00-\u9fff，,。、）)])(?![^：:]{0,10}[：:])")
WORD_WRAP_LINE = 10  # characters the line cut between words holds at least (附件1 / 2026年…: a short line is a heading)


def wrapped_between_words(line: str, following: str) -> bool:
    """Was the line cut at the space between two Latin words, so that ``following`` goes on its sentence (IBM
    System / 360以来)? Not before a numbered item (2. 当…)."""
    return (
        len(line) >= WORD_WRAP_LINE
        and bool(_WORD_WRAP_END.search(line) and _WORD_WRAP_START.match(following))
        and not match_label(following)
    )


CUT_HEADING_LINE = 15  # characters, at least, of a numbered heading line a manual break cut
CUT_HEADING = 40  # characters, at most, of the heading it and its rest make


def heading_cut(line: str, following: str) -> bool:
    """三、强化组织保障，确保春耕生产和高标准农田 / 建设各项任务落地见效: a numbered heading line cut by a manual break (a
    Word paragraph's line break, a copy of it): the line ends no clause, and the short rest under it carries no label
    and holds no clause's end but its last."""
    return (
        any(m.style in HEADING_RANK for m in match_label(line))
        and len(line) >= CUT_HEADING_LINE and len(line) + len(following) <= CUT_HEADING
        and re.search(r"[\u4e00-\u9fff”）)]$", line) is not None
        and not re.search(r"[。！？!?；;：:，,]", following[:-1]) and following[-1:] not in "，,、；;：:"
        and not match_label(following)
    )


def join_lines(line: str, following: str) -> str:
    """Two lines of one paragraph as one: with the space the copy cut at between two Latin words (CUDA / GPU, GTX /
    580), else none (…农田4 / 600亩…: a number cut in two)."""
    latin_words = re.search(r"[A-Za-z0-9]$", line) and re.match(r"[A-Za-z0-9]", following)
    return f"{line} {following}" if latin_words and not (line[-1].isdigit() and following[0].isdigit()) else line + following


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
        return [functools.reduce(join_lines, lines)]
    out = [lines[0]]
    for line, following in zip(lines, lines[1:], strict=False):
        if continues(line.strip(), following.strip()):
            out[-1] = join_lines(out[-1], following)
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
    if heading_cut(line, following):
        return True
    end = line.rstrip(_LINE_END_CLOSERS)[-1:] or line[-1:]
    if end in "。！？!?；;：:…":
        return False
    if end in "，,、":
        return True
    return len(line) > 40 or wrapped_between_words(line, following)
