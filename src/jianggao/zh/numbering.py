"""Numbers as Chinese speeches write them: 一、（一）1.（1）, 一是, 第一，, dates.

Every number in a draft comes from a position through these functions; the
user never types one.
"""

from __future__ import annotations

import datetime as dt

_DIGITS = "零一二三四五六七八九"

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


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 21 → 二十一, 100 → 一百."""
    if n < 0:
        raise ValueError("negative numbers have no Chinese numeral here")
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        text = _DIGITS[n // 100] + "百"
        if rest == 0:
            return text
        if rest < 10:
            return text + "零" + _DIGITS[rest]
        if rest < 20:
            return text + "一" + chinese_numeral(rest)
        return text + chinese_numeral(rest)
    raise ValueError("numbers of 1000 and above are not used in speech numbering")


def count_word(n: int) -> str:
    """A count as spoken before a measure word: 2 → 两 (两点意见), otherwise the numeral."""
    return "两" if n == 2 else chinese_numeral(n)


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


def chinese_date(value: dt.date | str | None) -> str:
    """2025-03-01 → 2025年3月1日 (no leading zeros)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        from ..spec.typed_yaml import parse_date

        parsed = parse_date(value)
        if parsed is None:
            return value
        value = parsed
    return f"{value.year}年{value.month}月{value.day}日"
