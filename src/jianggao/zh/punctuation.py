"""Half-width punctuation in Chinese text: found by ``check``, turned full-width by
``format --fix-punct`` and ``check --fix``.

A half-width , : ; ? ! ( ) " counts when it touches a Chinese character (or
Chinese quotes and brackets) on either side, so 1,000, 12:30, (Word) and
English passages stay as they are. Straight double quotes become “ and ” in
turn, and only where every one in the text touches Chinese and they pair up.
"""

from __future__ import annotations

import re

from ..records import record

HAN = r"\u3400-\u9fff\uf900-\ufaff"

HALF_WIDTH = re.compile(rf"(?<=[{HAN}“”（）])[,:;?!()\"]|[,:;?!()\"](?=[{HAN}“”（）])")
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", '"': "“”"}


@record(frozen=True)
class PunctuationFix:
    """One mark changed: where in the text, what it was, what it became."""

    position: int
    before: str
    after: str


def fix_half_width(text: str) -> tuple[str, list[PunctuationFix]]:
    """``text`` with half-width punctuation in Chinese turned full-width, and each change.
    Every mark becomes one character, so positions stay those of ``text``; a mark that touches
    Chinese only through a fixed neighbour (“会议)!” → “会议）！”) is found on the next pass."""
    fixes: list[PunctuationFix] = []
    while True:
        text, found = _one_pass(text)
        if not found:
            return text, sorted(fixes, key=lambda f: f.position)
        fixes += found


def _one_pass(text: str) -> tuple[str, list[PunctuationFix]]:
    marks = list(HALF_WIDTH.finditer(text))
    if not marks:
        return text, []
    quotes = [m for m in marks if m.group() == '"']
    pair_quotes = len(quotes) == text.count('"') and len(quotes) % 2 == 0
    out, fixes, last, quote_index = [], [], 0, 0
    for m in marks:
        mark = m.group()
        if mark == '"':
            if not pair_quotes:
                continue
            full = "“" if quote_index % 2 == 0 else "”"
            quote_index += 1
        else:
            full = FULL_WIDTH[mark]
        out.append(text[last : m.start()] + full)
        last = m.end()
        fixes.append(PunctuationFix(m.start(), mark, full))
    out.append(text[last:])
    return "".join(out), fixes
