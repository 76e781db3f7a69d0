"""Placeholders a writer leaves to fill: XX, ××, 某某, ○○/〇〇, 【…】, empty （）, ＿＿ and ___.

The one home of what counts as a placeholder: ``check``'s ``placeholder`` rule
reports them, and ``build`` warns of them, without loading the checker when
the text has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CN_DIGITS = "〇○零一二三四五六七八九十"

# X-runs are placeholders unless they belong to a Latin word (XML, Xbox) or a fixed term.
_X_RUN = re.compile(r"(?<![A-Za-z])(?:[XＸ]+|[xｘ]{2,})(?![A-Za-z])")
_X_TERMS = re.compile(r"[XＸ](?:光|射线|线|染色体|型|轴)")
_PLACEHOLDERS = re.compile(
    r"×{2,}|某某+|[○〇]{2,}|【[^【】\n]{0,30}】|（[\s　]*）|\([\s　]*\)|＿{2,}|_{3,}"
)


def placeholder_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` holds placeholders: (start, end) of each, X-runs first."""
    for m in _X_RUN.finditer(text):
        if _X_TERMS.match(text, m.start()) and m.end() - m.start() == 1:
            continue
        yield m.start(), m.end()
    for m in _PLACEHOLDERS.finditer(text):
        token = m.group()
        if token[0] in "○〇":
            # 二○○八年 / 二〇〇八年 write zero with ○ or 〇: a year, not a blank.
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if (before and before in _CN_DIGITS) or (after and after in _CN_DIGITS + "年"):
                continue
        yield m.start(), m.end()


def has_placeholder(text: str) -> bool:
    """Whether ``text`` holds a placeholder."""
    return next(placeholder_spans(text), None) is not None
