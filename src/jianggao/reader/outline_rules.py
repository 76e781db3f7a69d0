"""Measures the reader's modules share: the marks that end a sentence, the length of a heading-like lead, Chinese
characters, the words lines open alike with."""

from __future__ import annotations

import re

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

TERMINAL = "。！？!?…”’）)；;：:"
SENTENCE_ENDS = "。！？!?"  # the marks that end a sentence (TERMINAL also holds closers and the marks that may end a line)
SHORT_LEAD = 30  # characters; a lead sentence this short reads as a heading
_INNER_STOP = re.compile(f"[{SENTENCE_ENDS}；;]")


def short_sentence_line(text: str) -> bool:
    """A line of one short sentence (SHORT_LEAD at most), no stop inside it: 最后，我讲讲工作要求。"""
    return len(text) <= SHORT_LEAD and not _INNER_STOP.search(text.rstrip("。．"))


def common_prefix(texts: list[str]) -> str:
    """The characters every text opens with (the texts open alike by it)."""
    first, last = min(texts), max(texts)
    n = next((k for k, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))
    return first[:n]
