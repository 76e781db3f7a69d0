"""Numbering labels as Chinese speeches write them: 一、（一）1.（1）, 一是, 第一，.

Every number in a draft comes from a position through these functions; the
user never types one.
"""

from __future__ import annotations

from .numerals import chinese_numeral

# Sub-point styles a spec may name, by the token a writer would type.
# Heading styles map to a GB/T 9704 level; enumeration styles are run-in leads.
HEADING_STYLES = {"一、": 1, "（一）": 2, "1.": 3, "（1）": 4}
ENUMERATION_STYLES = ("第一，", "一是", "一要", "首先", "一方面")
ITEM_STYLES = ("（一）", "1.", "（1）", *ENUMERATION_STYLES)

# Styles whose label is a fixed frame around the number (cn: Chinese numeral, n: digits).
_LABEL_FORMATS = {
    "一、": "{cn}、",
    "（一）": "（{cn}）",
    "1.": "{n}.",
    "（1）": "（{n}）",
    "第一，": "第{cn}，",
    "一是": "{cn}是",
    "一要": "{cn}要",
}


def number_label(style: str, index: int, count: int | None = None) -> str:
    """The label for the ``index``-th (1-based) entry of a list in ``style``.

    ``count`` is the length of the list; 一方面 needs it (另一方面 closes a pair).
    """
    if index < 1:
        raise ValueError("numbering starts at 1")
    if style == "首先":
        return {1: "首先，", 2: "其次，"}.get(index, f"第{chinese_numeral(index)}，")
    if style == "一方面":
        if count is not None and count != 2:
            raise ValueError("一方面/另一方面 pairs exactly two entries")
        return "一方面，" if index == 1 else "另一方面，"
    if style in _LABEL_FORMATS:
        return _LABEL_FORMATS[style].format(cn=chinese_numeral(index), n=index)
    raise ValueError(f"unknown numbering style {style!r}")


def style_level(style: str, parent_level: int) -> int:
    """The GB/T 9704 level a style's label is shown at (enumerations sit one below the parent)."""
    return HEADING_STYLES.get(style, min(parent_level + 1, 4))
