"""Numbering styles as Chinese speeches write them: 一、（一）1.（1）, 第一，一是 一要 首先 一方面 ——.

``STYLES`` is the one table of styles: the token a spec names, the frame of
its label, and the GB/T 9704 level of a heading style. Everything else about
numbering derives from it: the spec's ``ItemStyle`` choices, the labels the
templates print (``number_label``), the level a label is shown at, and which
styles are standalone headings and which run-in enumerations.
"""

from __future__ import annotations

from typing import Literal

from ..records import record
from .numerals import chinese_numeral

UNNUMBERED = "不编号"
FIRST_TO_LAST = "首先…最后"


@record(frozen=True)
class NumberStyle:
    """One numbering style. ``frame`` formats a label ({cn}: Chinese numeral, {n}: digits);
    ``level`` is the heading level of a standalone heading style, None for a run-in enumeration."""

    name: str
    frame: str
    level: int | None = None


STYLES: dict[str, NumberStyle] = {
    style.name: style
    for style in (
        NumberStyle("一、", "{cn}、", 1),
        NumberStyle("（一）", "（{cn}）", 2),
        NumberStyle("1.", "{n}.", 3),
        NumberStyle("（1）", "（{n}）", 4),
        NumberStyle("第一，", "第{cn}，"),
        NumberStyle("第一点，", "第{cn}点，"),  # 第一点，…第二点，…: the points counted as points, as speakers say them
        NumberStyle("一是", "{cn}是"),
        NumberStyle("一要", "{cn}要"),
        NumberStyle("首先", ""),  # 首先，其次，第三，…
        NumberStyle(FIRST_TO_LAST, ""),  # 首先，其次，…，最后，: the last says it is the last
        NumberStyle("一方面", ""),  # 一方面，另一方面，: a pair
        NumberStyle("——", "——"),  # dash paragraphs: ——坚持……。
        NumberStyle(UNNUMBERED, ""),  # parallel paragraphs opened by a lead sentence, no label
    )
}
TOP_STYLE = "一、"  # the points' default; every other style numbers sub-points (or the points, run in)

# Heading styles map to a GB/T 9704 level; enumeration styles are run-in leads.
HEADING_STYLES: dict[str, int] = {s.name: s.level for s in STYLES.values() if s.level is not None}
ENUMERATION_STYLES: tuple[str, ...] = tuple(s.name for s in STYLES.values() if s.level is None)
ITEM_STYLES: tuple[str, ...] = tuple(name for name in STYLES if name != TOP_STYLE)
# The sub-point styles a spec may name (derived from the table: Literal accepts a tuple of values).
ItemStyle = Literal[ITEM_STYLES]  # type: ignore[valid-type]
# The points may be headings (一、) or run-in lead paragraphs in any enumeration style.
POINT_STYLES: tuple[str, ...] = (TOP_STYLE, *ENUMERATION_STYLES)
PointStyle = Literal[POINT_STYLES]  # type: ignore[valid-type]


def is_heading_style(style: str) -> bool:
    """True for a standalone heading style (一、（一）1.（1）), False for a run-in enumeration."""
    return style in HEADING_STYLES


def number_label(style: str, index: int, count: int | None = None) -> str:
    """The label for the ``index``-th (1-based) entry of a list in ``style``.

    ``count`` is the length of the list; 一方面 needs it (另一方面 closes a pair), and 首先…最后
    (最后 opens the last of three or more).
    """
    if index < 1:
        raise ValueError("numbering starts at 1")
    if style == FIRST_TO_LAST and count is not None and index == count and count >= 3:
        return "最后，"
    if style in ("首先", FIRST_TO_LAST):
        return {1: "首先，", 2: "其次，"}.get(index, f"第{chinese_numeral(index)}，")
    if style == "一方面":
        if count is not None and count != 2:
            raise ValueError("一方面/另一方面 pairs exactly two entries")
        return "一方面，" if index == 1 else "另一方面，"
    if style in STYLES:
        return STYLES[style].frame.format(cn=chinese_numeral(index), n=index)
    raise ValueError(f"unknown numbering style {style!r}")


def style_level(style: str, parent_level: int) -> int:
    """The GB/T 9704 level a style's label is shown at (enumerations sit one below the parent)."""
    return HEADING_STYLES.get(style, min(parent_level + 1, 4))
