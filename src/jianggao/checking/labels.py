"""The numbered series of a speech: the 一、 points, and the sub-points under each parent.

Labels are read with ``zh.labels.match_label`` (the reader's own), so
（一） and (一), 1. and 1．, 其次， and 第三， read as their canonical styles.
"""

from __future__ import annotations

from ..records import record
from ..speech import Heading, Paragraph, Speech
from ..zh.labels import LabelMatch, match_label


def parse_label(text: str) -> LabelMatch | None:
    """The label opening ``text`` (its first reading: 第三， is 第一， style here), or None."""
    found = match_label(text)
    return found[0] if found else None


@record
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


@record
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
            parsed = parse_label(block.label) if block.label else None
            label, heading, level, run_in = block.label, block.text, block.level, False
        elif isinstance(block, Paragraph) and block.label:
            parsed = parse_label(block.label)
            label, heading = block.label, block.lead
            level = block.lead_level or 2
            run_in = True
        else:
            continue
        if parsed is None:
            continue
        for deeper in [lv for lv in open_lists if lv > level]:
            del open_lists[deeper]
            last_at.pop(deeper, None)
        parents = [lv for lv in last_at if lv < level]
        parent = last_at[max(parents)] if parents else None
        series = open_lists.get(level)
        # Below the top level, a series that ran past 1 may start again at 1 (a new group);
        # 第一，… 第一， is a repeat.
        restart = (
            series is not None
            and level > 1
            and parsed.index == 1
            and bool(series.entries)
            and (series.entries[-1].index or 0) > 1
        )
        if series is None or series.parent is not parent or restart:
            depth = parent.series.depth + 1 if parent is not None and parent.series is not None else 0
            series = SiblingList(level, parent, [], depth)
            open_lists[level] = series
            lists.append(series)
        entry = Entry(index, level, label, parsed.style, parsed.index, heading_sentence(heading), parent, series, run_in)
        series.entries.append(entry)
        last_at[level] = entry
    return lists


def heading_sentence(text: str) -> str:
    """A heading without its closing punctuation: 要认清形势。 → 要认清形势."""
    return text.strip().rstrip("。！？；：:;!?.，, ")
