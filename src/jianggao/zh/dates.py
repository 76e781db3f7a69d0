"""Dates as Chinese speeches write them, and as users type them in a spec.

``chinese_date`` prints 2025年3月1日; ``parse_date`` reads what a user types
(2025-03-01, 2025/3/1, 2025年3月1日); ``parse_year`` reads a year alone (2025 or
二〇二五, as ``YEAR`` finds it before 年); ``parse_chinese_date`` reads the
numeral form a byline uses (二〇二五年三月一日).
"""

from __future__ import annotations

import datetime as dt
import re

from .numerals import parse_chinese_number, parse_digit_string

# The two forms of a date (the one home of both: the reader's date lines, a byline's or a title line's date and
# a web page's date stamps are built on them), as regex parts that capture the year, the month and the day.
# NUMERIC_DATE: 2024年3月5日 / 2024-03-05 / 2024.3.5 / 2024 年 3 月 5 日 (no space around it: the caller's).
# Patterns compiled on first use (re caches them): most runs never parse a typed date.
# YEAR: a year as a speech writes it before 年, in figures (2025) or in numerals (二〇二五), one capture group.
NUMERIC_YEAR = r"(\d{4})"
NUMERAL_YEAR = r"([〇○零一二三四五六七八九]{4})"
YEAR = r"(?<![\d〇○零一二三四五六七八九])(\d{4}|[〇○零一二三四五六七八九]{4})(?=\s*年)"
NUMERIC_DATE = NUMERIC_YEAR + r"\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
NUMERAL_DATE = NUMERAL_YEAR + r"年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"


def chinese_date(value: dt.date | str | None) -> str:
    """2025-03-01 → 2025年3月1日 (no leading zeros); text that is no date stays as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        parsed = parse_date(value)
        if parsed is None:
            return value
        value = parsed
    return f"{value.year}年{value.month}月{value.day}日"


def parse_date(text: str) -> dt.date | None:
    """2025-03-01, 2025-3-1, 2025/3/1, 2025.3.1 or 2025年3月1日."""
    m = re.fullmatch(rf"\s*{NUMERIC_DATE}\s*", text)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse_year(text: str) -> int | None:
    """2025 or 二〇二五 (a YEAR capture) → 2025."""
    return int(text) if text.isdigit() else parse_digit_string(text)


def parse_chinese_date(text: str) -> dt.date | None:
    """二〇二五年三月一日 → 2025-03-01."""
    m = re.fullmatch(NUMERAL_DATE, text)
    if not m:
        return None
    year, month, day = parse_digit_string(m[1]), parse_chinese_number(m[2]), parse_chinese_number(m[3])
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
