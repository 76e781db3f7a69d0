"""Chinese numerals, both ways: 12 → 十二 for labels and counts, 十二 → 12 when reading.

The one place that knows how Chinese writes a number; numbering labels,
counts (两点意见), dates and every reader of a speech go through it.
"""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_DIGIT_VALUES = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


MAX_NUMERAL = 9999  # 九千九百九十九: no list in a speech comes near it


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 1000 → 一千, 1010 → 一千零一十."""
    if n < 0:
        raise ValueError(f"序号不能是负数（{n}）")
    if n > MAX_NUMERAL:
        raise ValueError(f"中文序号最多写到九千九百九十九（{MAX_NUMERAL}），这里需要 {n}")
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    unit, size = ("百", 100) if n < 1000 else ("千", 1000)
    rest = n % size
    text = _DIGITS[n // size] + unit
    if rest == 0:
        return text
    if rest < size // 10:  # a skipped place is read 零: 一百零一, 一千零一十
        return text + "零" + _tail(rest)
    return text + _tail(rest)


def _tail(n: int) -> str:
    """The numeral after a higher place: 10–19 keep their 一 (一百一十, not 一百十)."""
    return "一" + chinese_numeral(n) if 10 <= n < 20 else chinese_numeral(n)


def count_word(n: int) -> str:
    """A count as spoken before a measure word: 2 → 两 (两点意见), otherwise the numeral."""
    return "两" if n == 2 else chinese_numeral(n)


def parse_chinese_number(text: str) -> int | None:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十一 → 21, 一百零一 → 101, 一千零一十 → 1010, 12 → 12; None if not a number."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    for unit, size in (("千", 1000), ("百", 100)):
        if unit in text:
            head, _, tail = text.partition(unit)
            places = _DIGIT_VALUES.get(head, 1 if not head else -1)
            rest = parse_chinese_number(tail.lstrip("零〇")) if tail.strip("零〇") else 0
            return None if places < 0 or rest is None or rest >= size else places * size + rest
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = _DIGIT_VALUES.get(head, -1) if head else 1
        ones = _DIGIT_VALUES.get(tail, -1) if tail else 0
        return None if tens < 0 or ones < 0 else tens * 10 + ones
    if len(text) == 1 and text in _DIGIT_VALUES:
        return _DIGIT_VALUES[text]
    return None


def parse_digit_string(text: str) -> int | None:
    """Digit by digit, as years are written: 二〇二五 → 2025; None if any character is not a digit."""
    if not text or any(ch not in _DIGIT_VALUES or ch == "两" for ch in text):
        return None
    return int("".join(str(_DIGIT_VALUES[ch]) for ch in text))
