"""Reading numbering labels back: 一、 → (一、, 1), （三） → (（一）, 3), 其次， → (首先, 2).

The drafts a writer pastes use full- or half-width brackets and 1. or 1、
alike; those variants read as the same style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..structure import Heading, Paragraph, Speech
from ..structure_builder import split_label

_CN = "零一二两三四五六七八九十百"
_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^([{_CN}]+)[、，,]$"), "一、"),
    (re.compile(rf"^[（(]([{_CN}]+)[）)][、，]?$"), "（一）"),
    (re.compile(r"^(\d+)[.．、]$"), "1."),
    (re.compile(r"^[（(](\d+)[）)]$"), "（1）"),
    (re.compile(rf"^第([{_CN}]+)[，,、]?$"), "第一，"),
    (re.compile(rf"^([{_CN}]+)是[，,]?$"), "一是"),
    (re.compile(rf"^([{_CN}]+)要[，,]?$"), "一要"),
]
_ORDINALS = {"首先": ("首先", 1), "其次": ("首先", 2), "再次": ("首先", 3), "最后": ("首先", None),
             "一方面": ("一方面", 1), "另一方面": ("一方面", 2)}


def parse_chinese_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十一 → 21, 两 → 2, 3 → 3; anything else → None."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _DIGIT and ch not in "十百" for ch in text):
        return None
    total = 0
    current = 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _DIGIT[ch]
    return total + current


def parse_label(label: str) -> tuple[str, int | None] | None:
    """A label's style and position; ``None`` when it is not a label."""
    label = label.strip()
    word = label.rstrip("，,、 ")
    if word in _ORDINALS:
        return _ORDINALS[word]
    for pattern, style in _PATTERNS:
        m = pattern.match(label)
        if m:
            return style, parse_chinese_number(m.group(1))
    return None


@dataclass
class Entry:
    """A numbered heading or run-in lead: its block, level, label and heading sentence."""

    block: int
    level: int
    label: str
    style: str
    index: int | None
    heading: str
    parent: Entry | None = None
    series: SiblingList | None = None
    run_in: bool = False  # a lead sentence opening a paragraph, not a standalone heading


@dataclass
class SiblingList:
    """Entries numbered as one series: the 一、 points, or the sub-points under one parent."""

    level: int
    parent: Entry | None
    entries: list[Entry]
    depth: int = 0  # 0 for a series with no parent, 1 for sub-points of those, …


def numbered_entries(speech: Speech) -> list[SiblingList]:
    """Every numbered series of the speech, in order of first entry."""
    lists: list[SiblingList] = []
    open_lists: dict[int, SiblingList] = {}
    last_at: dict[int, Entry] = {}
    for index, block in enumerate(speech.blocks):
        if isinstance(block, Heading):
            label, heading, level, run_in = block.number, block.text, block.level, False
        elif isinstance(block, Paragraph) and block.lead:
            label, heading = split_label(block.lead)
            level = block.lead_level or 2
            run_in = True
        else:
            continue
        parsed = parse_label(label) if label else None
        if parsed is None:
            continue
        for deeper in [lv for lv in open_lists if lv > level]:
            del open_lists[deeper]
            last_at.pop(deeper, None)
        parents = [lv for lv in last_at if lv < level]
        parent = last_at[max(parents)] if parents else None
        series = open_lists.get(level)
        # Below the top level, a series may restart at 1 after other text (a new group).
        restart = series is not None and level > 1 and parsed[1] == 1 and bool(series.entries)
        if series is None or series.parent is not parent or restart:
            depth = parent.series.depth + 1 if parent is not None and parent.series is not None else 0
            series = SiblingList(level, parent, [], depth)
            open_lists[level] = series
            lists.append(series)
        entry = Entry(index, level, label, parsed[0], parsed[1], heading_sentence(heading), parent, series, run_in)
        series.entries.append(entry)
        last_at[level] = entry
    return lists


def heading_sentence(text: str) -> str:
    """A heading without its closing punctuation: 要认清形势。 → 要认清形势."""
    return text.strip().rstrip("。！？；：:;!?.，, ")
