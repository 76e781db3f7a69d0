"""How wide text shows in a terminal: a Chinese character takes two columns, a Latin one one."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes (East Asian wide and full-width characters count two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns (like str.ljust, by display width)."""
    return text + " " * max(0, width - display_width(text))
