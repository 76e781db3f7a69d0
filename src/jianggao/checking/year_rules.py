"""``stale-year``: the years a speech takes for "this year" should all be one year.

A speech reused from last year keeps last year's years in places: the date
says 2025 while the title says 2026, or the body still says 今年（2025年）,
2025年是…之年, 去年（2024年）. Every place that names the current year is a
*claim*: the speech's date (a spec's ``date:``, a date line in a draft), a year
in the title, and in the body 今年/本年度 (or 去年/上年/明年, shifted by one)
next to a year, 今年是…2025年 and a clause opening 2025年是…. The year most
claims agree on is taken as this year (the date wins a tie, then the title);
each claim that disagrees is reported. 2025年是… has no vote and some slack:
early in 2026 it may sum up 2025, late in 2025 it may look to 2026.

Years the speech uses for other times are no claims: history (1949年,
2012年以来), spans (2021—2025年), targets (到2035年), comparisons (比2024年),
and a title's 2025年度…总结 held early the next year. Date and year forms come
from ``zh.dates``.

An edition works the same way: a title's 第十一届 against the body's
今年是第十届 / 本届（第十届） / 上届（第十一届）.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from ..records import record
from ..zh.dates import NUMERAL_DATE, NUMERIC_DATE, YEAR, parse_chinese_date, parse_date, parse_year
from ..zh.numerals import chinese_numeral, parse_chinese_number
from .findings import Finding, Place
from .subject import CheckOptions, Subject, Unit

RULE = "stale-year"
_FRONT = {"title", "subtitle", "byline", "salutation"}  # a draft's paragraphs outside the body read as "title"

# Words that name the current year (0), the last (1) or the next (-1): the year beside them is this year minus that.
_SHIFT = {"今年": 0, "本年度": 0, "本年": 0, "去年": 1, "上年": 1, "明年": -1}
_NAMED = "|".join(sorted(_SHIFT, key=len, reverse=True))
# 今年（2026年）, 今年是2026年, 今年，即2026年, 去年（2024年）: the year right beside the word.
_BESIDE = re.compile(rf"({_NAMED})\s*(?:[（(]|是|，?即)?\s*{YEAR}")
# 今年是…2026年: the first year later in the same clause.
_LATER = re.compile(rf"(今年|本年度)是[^，,。；;！？!?：:\n]{{0,20}}?{YEAR}")
# 2026年是…: a year opening a clause, said to be something.
_OPENING = re.compile(rf"(?:^|(?<=[。；;！？!?，,：:“\s])){YEAR}\s*年\s*是")
# 2025年度 in a title; a title of a review or awards meeting may name the year just ended.
_REVIEW_TITLE = re.compile(r"总结|表彰|回顾|述职|年终|年报")
_REVIEW_MONTHS = 3  # up to March a speech may still sum up the year just ended
_NOT_NOW_BEFORE = tuple("到至比较自从截止于—–-~～、")  # 到2035年, 比2024年, 2021—2025年
_NOT_NOW_AFTER = re.compile(r"\s*年(?:以来|以前|之前|前|起|至|到|—|–|-|~|～|、|和|与|底前)")
_PAST = re.compile(r"(?:刚刚|已经)?过去的$|回顾$")  # 刚刚过去的2025年是…


@record(frozen=True)
class _Claim:
    """One place that says which year is this year."""

    years: frozenset[int]  # the years it allows as this year (two for a review title)
    kind: str  # date | title | body | opening (2025年是…)
    said: str  # the words, as quoted in the message
    place: Place
    year: int  # the year written there
    month: int | None = None  # of a date

    def agrees(self, year: int, month: int | None) -> bool:
        """Whether this place can stand with ``year`` as this year, in a speech given in ``month`` (None: unknown).

        A clause opening 2025年是… is said of the current year, but also of the year just ended in a review
        early in the year, and of the next year at its end (a New Year's speech); a title likewise names
        the coming year in December.
        """
        if year in self.years:
            return True
        if self.kind == "opening":
            if month is None:
                return abs(self.year - year) <= 1
            return self.year == year - 1 and month <= _REVIEW_MONTHS or self.year == year + 1 and month == 12
        return self.kind == "title" and self.year == year + 1 and month == 12


def _is_now(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] (before 年) can be this year: not a span, target or comparison."""
    before = text[:start].rstrip()
    if before.endswith(_NOT_NOW_BEFORE) or before.endswith(("截至", "自从", "早在")):
        return False
    return not _NOT_NOW_AFTER.match(text, end)


def _dates(text: str) -> Iterator[tuple[int, int, dt.date]]:
    for pattern, parse in ((NUMERIC_DATE, parse_date), (NUMERAL_DATE, parse_chinese_date)):
        for m in re.finditer(pattern, text):
            date = parse(m.group())
            if date is not None:
                yield m.start(), m.end(), date


def _in_title(subject: Subject, unit: Unit) -> bool:
    """A line of the title or subtitle (a draft's other lines outside the body read as "title" too)."""
    line = unit.text.strip()
    speech = subject.speech
    return unit.kind in {"title", "subtitle"} and bool(line) and (line in speech.title or line in speech.subtitle)


def _front_claims(subject: Subject, unit: Unit, stated: dt.date | None) -> Iterator[_Claim]:
    """Dates and years in the title, subtitle and byline lines."""
    taken: list[tuple[int, int]] = []
    for start, end, date in _dates(unit.text):
        taken.append((start, end))
        if date != stated:  # the spec's own date printed in a byline is said once, at `date:`
            said = unit.text[start:end]
            yield _Claim(frozenset({date.year}), "date", said, subject.place(unit, start, end), date.year, date.month)
    if not _in_title(subject, unit):
        return
    review = bool(_REVIEW_TITLE.search(unit.text))
    for m in re.finditer(YEAR, unit.text):
        start, end = m.span(1)
        if any(s <= start < e for s, e in taken) or not _is_now(unit.text, start, end):
            continue
        year = parse_year(m[1])
        if year is None:
            continue
        yearly = unit.text.startswith("年度", unit.text.index("年", end))
        years = {year, year + 1} if yearly or review else {year}
        said = unit.text[start : unit.text.index("年", end) + 1]
        yield _Claim(frozenset(years), "title", said, subject.place(unit, start, end), year)


def _body_claims(subject: Subject, unit: Unit) -> Iterator[_Claim]:
    text = unit.text
    seen: set[int] = set()
    found: list[tuple[int, int, int, int | None]] = []  # (claim start, year start, year end, shift; None: 2025年是)
    for m in _BESIDE.finditer(text):
        found.append((m.start(), *m.span(2), _SHIFT[m[1]]))
    for m in _LATER.finditer(text):
        found.append((m.start(), *m.span(2), 0))
    for m in _OPENING.finditer(text):
        if not _PAST.search(text[: m.start()]):
            found.append((m.start(), *m.span(1), None))
    for start, year_start, year_end, shift in sorted(found, key=lambda f: f[:3]):
        if year_start in seen or not _is_now(text, year_start, year_end):
            continue
        seen.add(year_start)
        year = parse_year(text[year_start:year_end])
        if year is None:
            continue
        close = text.index("年", year_end) + 1
        if shift is None:  # 2025年是
            close = text.index("是", close) + 1
        said = text[start:close] + ("）" if "（" in text[start:close] and text[close : close + 1] == "）" else "")
        kind = "body" if shift is not None else "opening"
        yield _Claim(frozenset({year + (shift or 0)}), kind, said, subject.place(unit, start, close), year)


def _claims(subject: Subject) -> list[_Claim]:
    stated = subject.stated_date()
    claims: list[_Claim] = []
    if stated is not None:
        date, place = stated
        claims.append(_Claim(frozenset({date.year}), "date", f"date: {date.isoformat()}", place, date.year, date.month))
    for unit in subject.units:
        if unit.kind in _FRONT:
            claims.extend(_front_claims(subject, unit, stated[0] if stated else None))
        else:
            whole = [d for s, e, d in _dates(unit.text) if s == 0 and e >= len(unit.text.strip("（）() 　"))]
            if whole and len(unit.text.strip("（）() 　")) <= 14:  # a date line (落款) at the end of a draft
                date = whole[0]
                claims.append(
                    _Claim(frozenset({date.year}), "date", unit.text.strip(), subject.place(unit), date.year, date.month)
                )
            else:
                claims.extend(_body_claims(subject, unit))
    return claims


_PRIORITY = {"date": 0, "title": 1, "body": 2}  # an opening 2025年是… has no vote: it may speak of another year
_NAMES = {"date": "讲话日期", "title": "标题", "body": "正文所说的今年"}


def _this_year(claims: list[_Claim]) -> tuple[int, _Claim] | None:
    """The year most claims take for this year (the date first on a tie, then the title), with its first claim."""
    voters = [c for c in claims if c.kind in _PRIORITY]
    strict = [c for c in voters if len(c.years) == 1] or voters
    votes = Counter(year for c in strict for year in c.years)
    if not votes:
        return None
    best = max(votes.values())
    tied = {year for year, n in votes.items() if n == best}
    first = min((c for c in strict if c.years & tied), key=lambda c: _PRIORITY[c.kind])
    year = min(first.years & tied)
    return year, first


def check_stale_year(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    claims = _claims(subject)
    found = _this_year(claims)
    if found is None:
        return
    year, basis = found
    month = next((c.month for c in claims if c.kind == "date" and c.year == year), None)
    where = subject.describe(basis.place)
    basis_text = f"{_NAMES[basis.kind]}（{where}“{basis.said}”）"
    for claim in claims:
        if claim.agrees(year, month):
            continue
        implied = min(claim.years, key=lambda y: abs(y - year))
        if claim.kind == "body" and implied != claim.year:
            what = f"“{claim.said}”等于说今年是{implied}年"
        elif claim.kind == "date":
            what = f"讲话日期“{claim.said}”是{claim.year}年"
        elif claim.kind == "title":
            what = f"标题写的是“{claim.said}”"
        else:
            what = f"“{claim.said}”把{implied}年当作今年"
        severity = "warning" if claim.kind in {"body", "opening"} else "error"
        yield Finding(
            RULE,
            severity,
            f"{what}，而{basis_text}按{year}年写：年份前后不一致，可能是沿用往年讲话稿时没有改",
            f"今年若是{year}年，把这里的{claim.year}年改为{claim.year + year - implied}年；"
            f"若今年不是{year}年，要改的是{_NAMES[basis.kind]}和与它同一年份的地方",
            claim.place,
        )


_EDITION_NUMBER = r"第([0-9]{1,3}|[一二三四五六七八九十百零〇]{1,5})届"
# 今年是第十届…, 本届（第十届）, 上届第十届: the first edition number later in the same clause.
_EDITION_SAID = re.compile(rf"(今年|本届|这一届|这届|上届|去年)[^，,。；;！？!?：:\n]{{0,12}}?{_EDITION_NUMBER}")
_EDITION_SHIFT = {"上届": 1, "去年": 1}


def _edition(number: str) -> int | None:
    return int(number) if number.isdigit() else parse_chinese_number(number)


def check_stale_edition(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    """The title's 第N届 against the edition the body calls this one (``stale-year`` too)."""
    title_unit = next((u for u in subject.units if _in_title(subject, u) and re.search(_EDITION_NUMBER, u.text)), None)
    if title_unit is None:
        return
    m = re.search(_EDITION_NUMBER, title_unit.text)
    assert m is not None
    edition = _edition(m[1])
    if edition is None:
        return
    where = subject.describe(subject.place(title_unit, m.start(), m.end()))
    for unit in subject.units:
        if unit.kind in _FRONT:
            continue
        for said in _EDITION_SAID.finditer(unit.text):
            number = _edition(said[2])
            if number is None:
                continue
            shift = _EDITION_SHIFT.get(said[1], 0)
            if number + shift == edition:
                continue
            right = str(edition - shift) if said[2].isdigit() else chinese_numeral(edition - shift)
            yield Finding(
                RULE,
                "warning",
                f"“{said.group()}”与标题（{where}）的“{m.group()}”不一致，可能是沿用上一届讲话稿时没有改",
                f"这一届若是{m.group()}，把这里的“第{said[2]}届”改为第{right}届；若标题不对，改标题",
                subject.place(unit, said.start(), said.end()),
            )
