"""Breaking a long title into balanced lines (GB/T 9704 7.3.1: 梯形 or 菱形).

A title that does not fit on one line is split into as few lines as possible,
of nearly equal width, preferring breaks at natural joints (after a comma or
space, before 暨/和/与/及), never inside a run of digits or Latin letters, never
putting closing punctuation at the start of a line or opening punctuation at
its end. ``shape`` tilts the balance: trapezoid = upper lines slightly
shorter, inverted-trapezoid = upper lines longer, diamond = middle longest.
"""

from __future__ import annotations

import math

_OPENING = set("（“‘《〈【〔([")
_CLOSING = set("，。、；：？！）”’》〉】〕,.;:?!)]…—")
_JOIN_BEFORE = set("暨和与及")
_JOIN_AFTER = set("，、：；")


def char_width(ch: str) -> float:
    """Width in ems: ASCII is half-width, everything else full-width."""
    return 0.5 if ord(ch) < 0x80 else 1.0


def text_width(text: str) -> float:
    return sum(char_width(c) for c in text)


def _break_penalty(text: str, i: int) -> float:
    """Cost of breaking ``text`` before index ``i``."""
    before, after = text[i - 1], text[i]
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        return 1000.0  # inside 2025 or COVID
    if before == "—" and after == "—":
        return 1000.0
    if before.isspace() or (text[i : i + 2] == "——" and before not in _OPENING):
        return -25.0  # the writer's own phrase boundary (a space, ——在…上的讲话): worth uneven lines
    if after in _CLOSING or before in _OPENING:
        return 1000.0
    if before in _JOIN_AFTER or after in _JOIN_BEFORE:
        return -4.0
    return 0.0


def _targets(lines: int, total: float, shape: str) -> list[float]:
    mean = total / lines
    tilt = [(i - (lines - 1) / 2) for i in range(lines)]
    if shape == "inverted-trapezoid":
        tilt = [-t for t in tilt]
    elif shape == "diamond":
        tilt = [-abs(t) for t in tilt]
    return [mean + 0.5 * t for t in tilt]


def balanced_lines(title: str, max_width: float, shape: str = "trapezoid") -> list[str]:
    """``title`` as lines no wider than ``max_width`` ems (when breakable), balanced."""
    title = title.strip()
    total = text_width(title)
    if total <= max_width or len(title) < 2:
        return [title]
    count = math.ceil(total / max_width)
    while count <= len(title):
        result = _best_split(title, count, max_width, _targets(count, total, shape))
        if result is not None:
            return result
        count += 1
    return [title]


def _best_split(title: str, count: int, max_width: float, targets: list[float]) -> list[str] | None:
    n = len(title)
    prefix = [0.0]
    for ch in title:
        prefix.append(prefix[-1] + char_width(ch))
    inf = float("inf")
    # best[k][j]: cheapest way to set title[:j] as k lines; back[k][j]: where line k starts.
    best = [[inf] * (n + 1) for _ in range(count + 1)]
    back = [[0] * (n + 1) for _ in range(count + 1)]
    best[0][0] = 0.0
    for k in range(1, count + 1):
        for j in range(k, n + 1):
            if k == count and j != n:
                continue
            for i in range(k - 1, j):
                if best[k - 1][i] == inf:
                    continue
                width = prefix[j] - prefix[i]
                if width > max_width:
                    continue
                cost = best[k - 1][i] + (width - targets[k - 1]) ** 2
                if j < n:
                    cost += _break_penalty(title, j)
                if cost < best[k][j]:
                    best[k][j] = cost
                    back[k][j] = i
    if best[count][n] == inf:
        return None
    lines, j = [], n
    for k in range(count, 0, -1):
        i = back[k][j]
        lines.append(title[i:j].strip())
        j = i
    return lines[::-1]
