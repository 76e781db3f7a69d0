"""Rules that read the outline: announced counts, point count, parallel headings, numbering."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..speech import Paragraph
from ..zh.labels import LabelMatch, match_label
from ..zh.numbering import is_heading_style, number_label
from ..zh.numerals import count_word, parse_chinese_number
from .findings import Finding, Place
from .labels import Entry, SiblingList
from .subject import CheckOptions, Subject, Unit

# 讲三点意见 / 强调3个方面 / 重点强调五个方面 / 提4点要求 / 从三个方面谈; and the closing's recap:
# 以上四点意见 / 上述三个方面 / 我就讲这四点
_ANNOUNCE = re.compile(
    r"(?:(?:讲|强调|提|谈|说|讲讲|谈谈)(?:了)?(?:以下|如下|这么|这样|这)?|从|以上|上述)"
    r"([一二两三四五六七八九十\d]{1,3})(?:点|个方面|个问题|方面|条|个字)"
)


def top_series(subject: Subject) -> SiblingList | None:
    """The 一、二、三、 points: the first numbered series of standalone level-1 headings."""
    for series in subject.series:
        if series.parent is None and series.level == 1:
            return series
    return None


def point_total(subject: Subject) -> int:
    """How many points the speech has: its 一、 series, else its level-1 headings and level-1 lead
    paragraphs (points run in as —— or unnumbered paragraphs carry no label a series is read from)."""
    top = top_series(subject)
    if top:
        return len(top.entries)
    leads = [b for b in subject.speech.paragraphs() if b.lead and b.lead_level == 1]
    return len(subject.speech.headings(1)) + len(leads)


def _entry_place(subject: Subject, entry: Entry) -> Place:
    unit = subject.block_units.get(entry.block)
    if unit is None:
        return subject.place(None, fallback=("points",))
    start = unit.text.find(entry.heading) if entry.heading else -1
    if start < 0:
        return subject.place(unit, 0, len(entry.label), fallback=("points",))
    return subject.place(unit, start, start + len(entry.heading), fallback=("points",))


def check_announced_counts(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    all_series = subject.series
    entries = sorted((e for s in all_series for e in s.entries), key=lambda e: e.block)
    top = top_series(subject)
    seen: set[int] = set()  # a draft paragraph may hold several blocks: read it once
    for index, block in enumerate(subject.speech.blocks):
        if not isinstance(block, Paragraph):
            continue
        unit = subject.block_units.get(index)
        if unit is None or unit.number in seen:
            continue
        seen.add(unit.number)
        for m in _ANNOUNCE.finditer(unit.text):
            announced = parse_chinese_number(m.group(1))
            if not announced:
                continue
            before = [e for e in entries if e.block <= index]
            severity = "error"
            if block.role in ("opening", "closing") or not before:
                series, scope = top, "一级要点"
                if not _speaker_announces(unit.text, m.start()):
                    severity = "warning"  # 总书记强调三点…: someone else's count, quoted
            else:
                severity = "warning"  # inside a point the count may belong to a quotation
                owner = before[-1]
                series = next((s for s in all_series if s.parent is owner), None)
                scope = f"“{owner.label}”下的分论点"
                if series is None:
                    continue  # sub-points written inline (一是…二是…) are not counted
            delivered = len(series.entries) if series else point_total(subject) if series is top else 0
            if delivered == announced:
                continue
            yield Finding(
                "count-mismatch",
                severity,
                f"{'结尾' if block.role == 'closing' else '前文'}说“{m.group()}”，实际有 {delivered} 个{scope}",
                f"把“{m.group(1)}”改为“{_count_word(delivered)}”，或补齐/删减要点使两者一致",
                subject.place(unit, m.start(), m.end(), fallback=("opening",)),
            )


def _speaker_announces(text: str, at: int) -> bool:
    """The sentence holding the count is the speaker's own transition (我讲…, 下面…, 这里…)."""
    start = max(text.rfind(mark, 0, at) for mark in "。！？；") + 1
    return any(word in text[start : at + 2] for word in ("我", "下面", "这里", "以下", "以上", "上述"))


def _count_word(n: int) -> str:
    return count_word(n) if 0 < n < 1000 else str(n)


def check_point_count(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    top = top_series(subject)
    count = point_total(subject)
    if 3 <= count <= 5:
        return
    if count == 0:
        yield Finding(
            "point-count",
            "warning",
            "正文没有“一、二、三、”一级要点",
            "讲话正文一般分三到五个要点，每个要点一个标题",
            subject.place(None, fallback=("points",)),
        )
        return
    if count < 3:
        message = f"只有 {count} 个一级要点，少于惯常的三点"
        suggestion = "讲话一般讲三点（“黄金三点”）；可把内容拆分或补充为三个要点"
        place = _entry_place(subject, top.entries[-1]) if top else subject.place(None, fallback=("points",))
    else:
        message = f"有 {count} 个一级要点，超过惯常的五点"
        suggestion = "合并相近的要点，控制在三到五点"
        place = _entry_place(subject, top.entries[5]) if top else subject.place(None, fallback=("points",))
    yield Finding("point-count", "warning", message, suggestion, place)


def _clauses(heading: str) -> tuple[int, ...]:
    parts = [p for p in re.split(r"[，,；;]", heading) if p.strip()]
    return tuple(len(re.sub(r"[^\w]", "", p)) for p in parts)


def _pattern(lengths: tuple[int, ...]) -> str:
    return "+".join(str(n) for n in lengths)


LEAD_TOLERANCE = 2  # run-in lead sentences may differ by this many characters a clause


def check_parallelism(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    """Headings of one series share clause count and clause lengths; name the one that breaks it.

    Standalone headings must match clause by clause; run-in lead sentences
    (第一，深化理论武装铸魂。) are looser in real speeches, so they only need to
    come within ``LEAD_TOLERANCE`` characters a clause.
    """
    for series in subject.series:
        entries = [e for e in series.entries if e.heading]
        if len(entries) < 3:
            continue
        shapes = [_clauses(e.heading) for e in entries]
        counts = Counter(len(s) for s in shapes)
        clause_count, agreeing = counts.most_common(1)[0]
        if agreeing * 2 <= len(entries):
            continue  # no shared pattern to break
        same_count = [s for s in shapes if len(s) == clause_count]
        lengths, same = Counter(same_count).most_common(1)[0]
        has_lengths = same * 2 > len(same_count)
        shown = f"{clause_count} 个分句" + (f"（{_pattern(lengths)} 字）" if has_lengths else "")
        for entry, shape in zip(entries, shapes, strict=True):
            slack = LEAD_TOLERANCE if entry.run_in else 0
            if len(shape) != clause_count:
                message = (
                    f"标题“{entry.label}{entry.heading}”有 {len(shape)} 个分句，"
                    f"同级其他标题多为 {shown}"
                )
            elif has_lengths and any(abs(a - b) > slack for a, b in zip(shape, lengths, strict=True)):
                message = (
                    f"标题“{entry.label}{entry.heading}”各分句字数为 {_pattern(shape)}，"
                    f"同级其他标题多为 {_pattern(lengths)}"
                )
            else:
                continue
            yield Finding(
                "parallelism",
                "warning",
                message,
                f"调整这一标题，与同级标题保持对仗：{shown}",
                _entry_place(subject, entry),
            )


def check_numbering(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    """Gaps, repeats and reversals in each numbered series (一、二、四、)."""
    for series in subject.series:
        previous = 0
        last_label = ""
        for entry in series.entries:
            if entry.index is None:
                continue
            if entry.index == previous:
                message = f"序号“{entry.label}”重复"
                suggestion = "依次改为连续的序号"
            elif entry.index < previous:
                message = f"序号“{entry.label}”排在“{last_label}”之后，顺序颠倒"
                suggestion = "依次改为连续的序号"
            elif entry.index > previous + 1:
                missing = "、".join(_label(entry.style, k) for k in range(previous + 1, entry.index))
                message = f"序号跳过了“{missing}”，直接到了“{entry.label}”"
                suggestion = "补上缺少的部分，或把后面的序号依次前移"
            else:
                previous, last_label = entry.index, entry.label
                continue
            yield Finding("numbering-gap", "error", message, suggestion, _entry_place(subject, entry))
            previous, last_label = max(previous, entry.index), entry.label
    for unit, found, styles, before, _before_label, index in _rejected_labels(subject):
        if not styles & before or found.index is None:
            continue
        if found.index == index:
            message = f"序号“{found.label}”重复"
            suggestion = "依次改为连续的序号"
        elif found.index > index + 1:
            style = next(iter(styles & before))
            missing = "、".join(_label(style, k) for k in range(index + 1, found.index))
            message = f"序号跳过了“{missing}”，直接到了“{found.label}”"
            suggestion = "补上缺少的部分，或把后面的序号依次前移"
        else:
            continue
        yield Finding("numbering-gap", "error", message, suggestion, subject.place(unit, 0, found.end))


def _label(style: str, index: int) -> str:
    try:
        return number_label(style, index).rstrip("，")
    except ValueError:
        return str(index)


def _style(entry: Entry, series: SiblingList) -> str:
    # 首先，其次，第三，… is one series: 第三， belongs to the 首先 style there.
    if entry.style == "第一，" and any(e.style == "首先" for e in series.entries):
        return "首先"
    return entry.style


_STYLE_NAMES = {"首先": "首先、其次", "一方面": "一方面、另一方面"}


def _name(style: str) -> str:
    return _STYLE_NAMES.get(style, style)


def check_mixed_styles(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    all_series = subject.series
    by_depth: dict[int, list[tuple[SiblingList, str]]] = {}
    for series in all_series:
        styles = [_style(e, series) for e in series.entries]
        main = Counter(styles).most_common(1)[0][0]
        odd = next((e for e, s in zip(series.entries, styles, strict=True) if s != main), None)
        if odd is not None:
            yield Finding(
                "mixed-styles",
                "warning",
                f"同一组分论点混用了“{_name(main)}”和“{_name(_style(odd, series))}”两种序号",
                f"统一用“{_name(main)}”",
                _entry_place(subject, odd),
            )
        if series.parent is not None:
            by_depth.setdefault(series.depth, []).append((series, main))
    for unit, found, styles, before, label, index in _rejected_labels(subject):
        if found.index == index + 1 and not styles & before:
            main = next(iter(before))
            yield Finding(
                "mixed-styles",
                "warning",
                f"“{found.label}”接在“{label}”之后，同一组分论点混用了“{_name(main)}”和“{_name(found.style)}”两种序号",
                f"统一用“{_name(main)}”",
                subject.place(unit, 0, found.end),
            )
    for group in by_depth.values():
        usual = Counter(style for _, style in group).most_common(1)[0][0]
        for series, style in group:
            if style != usual:
                parent = series.parent.label if series.parent else ""
                yield Finding(
                    "mixed-styles",
                    "info",
                    f"“{parent}”下的分论点用“{_name(style)}”，同一层其他分论点多用“{_name(usual)}”",
                    "同一层分论点的序号样式宜统一",
                    _entry_place(subject, series.entries[0]),
                )



def _rejected_labels(subject: Subject) -> Iterator[tuple[Unit, LabelMatch, set[str], set[str], str, int]]:
    """Paragraphs opening with a label the outline did not take, with the label just before.

    The outline only takes labels that form a series, so 第一，… 二是… or
    第一，… 第一，… leave the second as plain text; compared with the label
    before it (of the same family: enumerations with enumerations, heading
    styles with heading styles) it shows a mixed style, a repeat or a gap.
    Yields (unit, label, its styles, styles before, label before, index before).
    """
    by_unit: dict[int, Entry] = {}
    for series in subject.series:
        for entry in series.entries:
            unit = subject.block_units.get(entry.block)
            if unit is not None:
                by_unit.setdefault(unit.number, entry)
    previous: tuple[str, set[str], int | None] | None = None  # label, styles, index
    for unit in subject.units:
        entry = by_unit.get(unit.number)
        if entry is not None:
            previous = (entry.label, {entry.style}, entry.index)
            continue
        if unit.kind != "paragraph":
            continue
        readings = match_label(unit.text)
        if not readings:
            continue
        found = readings[0]
        styles = {r.style for r in readings}
        if previous is not None and found.index is not None and previous[2] is not None:
            label, before, index = previous
            same_family = is_heading_style(found.style) == is_heading_style(next(iter(before)))
            if same_family and "一、" not in styles | before:
                yield unit, found, styles, before, label, index
        previous = (found.label, styles, found.index)


def check_unprinted(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    """A spec's text that its template did not print (a template may reorder, never drop)."""
    for place, message, suggestion in subject.unprinted():
        yield Finding("unprinted", "warning", message, suggestion, place)
