"""A spec under check: its rendered speech, with findings mapped back to spec lines.

Rendered text is searched for among the spec's string values (as ``one_line``
flattens them); the match gives the value's path, and a scan of the raw YAML
lines from that value's position gives the exact line:column of the snippet.
Text a `fragment:` reference produced maps to that reference's line.
Text that no value holds (template wording) falls back to the rule's spec
key, or to the file.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from pathlib import Path
from typing import Any

from ..errors import JianggaoError, Location
from ..records import record, replace
from ..render.jinja_env import one_line
from ..render.renderer import RenderOptions, render_speech_traced
from ..render.unprinted import unprinted_fields
from ..spec.model import LoadedSpec, load_spec, spec_keys
from ..spec.yaml_source import YamlPath
from ..speech import Speech
from ..text_files import read_text
from .findings import Finding, Place, excerpt
from .subject import Subject, Unit, speech_units

# Spec keys whose values are settings, not text a reader hears.
_NOT_TEXT = set(spec_keys("setting"))
_KEY = 6  # characters of a value's beginning that index it
_SEPARATOR = "\x00"  # between values in the one string searched for text no paragraph covers


@record
class _Value:
    path: YamlPath
    raw: str
    flat: str  # as rendering flattens it (one_line)
    order: int
    from_fragment: bool = False  # printed by a fragment reference: its text is not in the YAML


class SpecLocator:
    """Finds the spec value, and the line:column inside it, that printed a piece of text.

    Each printed paragraph is covered by the spec values found in it, longest
    first; identical values (XX in several places) are handed out in document
    order, so the third 要XX。 of the speech maps to the third in the spec.
    """

    def __init__(
        self, loaded: LoadedSpec, raw: str, units: list[Unit], fragment_texts: dict[YamlPath, str] | None = None
    ) -> None:
        self.loaded = loaded
        self.lines = raw.splitlines()
        self.values: list[_Value] = []
        self._collect(loaded.source.data, ())
        for path, text in (fragment_texts or {}).items():
            self.values.append(_Value(path, text, text, len(self.values), from_fragment=True))
        self._cover: dict[int, list[tuple[int, int, _Value]]] = {}
        self._index_values()
        self._cover_units(units)
        self._holders: dict[str, Location | None] = {}
        self._joined: tuple[str, list[int]] | None = None
        self._marks: dict[int, tuple[int, list[tuple[int, int, int]]]] = {}

    def _collect(self, data: Any, path: YamlPath) -> None:
        if isinstance(data, dict):
            for key, value in data.items():
                if not path and key in _NOT_TEXT or key == "numbering":
                    continue
                self._collect(value, (*path, key))
        elif isinstance(data, list):
            for i, value in enumerate(data):
                self._collect(value, (*path, i))
        elif isinstance(data, str) and data.strip():
            self.values.append(_Value(path, data, one_line(data), len(self.values)))

    def _index_values(self) -> None:
        """Identical values grouped in document order, and each distinct text indexed by its first characters."""
        self._same: dict[str, list[_Value]] = {}
        for value in self.values:
            self._same.setdefault(value.flat, []).append(value)
        self._empty = self._same.pop("", [])  # found in every text
        self._starting: dict[str, list[str]] = {}
        for flat in self._same:
            self._starting.setdefault(flat[:_KEY], []).append(flat)
        self._keys_by_size: dict[int, set[str]] = {}
        for key in self._starting:
            self._keys_by_size.setdefault(len(key), set()).add(key)
        self._claimed_count: dict[str, int] = {}  # of each group, always its first ones (see _found_in)

    def _occurrences(self, text: str) -> dict[str, int]:
        """How many copies of each value text ``text`` can hold side by side (its non-overlapping occurrences).

        The text's own n-grams are looked up among the values' beginnings, so the
        cost follows the paragraph's length, not the number of values in the spec.
        """
        counts: dict[str, int] = {}
        for size, keys in self._keys_by_size.items():
            if size > len(text):
                continue
            shifted = (text[i:] for i in range(size))  # zip stops at the shortest: every n-gram once
            grams = set(map("".join, zip(*shifted, strict=False))) if size > 1 else set(text)
            for key in keys.intersection(grams):
                for flat in self._starting[key]:
                    count = text.count(flat)
                    if count:
                        counts[flat] = count
        return counts

    def _found_in(self, text: str) -> list[_Value]:
        """The values whose text is in ``text``, leaving out copies that could not be placed.

        Copies of one text are tried unclaimed first, in document order, and
        claimed in that order, so the claimed ones of a group are always its
        first ones; no more copies can be placed than the text holds side by side.
        """
        found = list(self._empty)
        for flat, count in self._occurrences(text).items():
            group = self._same[flat]
            claimed = self._claimed_count.get(flat, 0)
            found.extend((group[claimed:] + group[:claimed])[:count])
        return found

    def _cover_units(self, units: list[Unit]) -> None:
        claimed: set[int] = set()
        for unit in units:
            text = unit.text
            found = self._found_in(text)
            found.sort(key=lambda v: (-len(v.flat), v.order in claimed, v.order))
            spans: list[tuple[int, int, _Value]] = []
            for value in found:
                at = text.find(value.flat)
                while at >= 0:
                    end = at + len(value.flat)
                    if all(end <= s or at >= e for s, e, _ in spans):
                        spans.append((at, end, value))
                        if value.order not in claimed:
                            claimed.add(value.order)
                            self._claimed_count[value.flat] = self._claimed_count.get(value.flat, 0) + 1
                        break
                    at = text.find(value.flat, at + 1)
            self._cover[unit.number] = sorted(spans, key=lambda s: s[0])

    def find(self, unit: Unit, start: int, end: int | None) -> Location | None:
        """The position of ``unit.text[start:end]`` in the spec (of the unit's first value when end is None)."""
        spans = self._cover.get(unit.number, [])
        if end is None:
            return self._position(spans[0][2], 0) if spans else None
        for s, e, value in spans:
            if s <= start < e:
                return self._position(value, start - s)
        snippet = unit.text[start:end].strip()
        if snippet not in self._holders:
            self._holders[snippet] = self._first_holder(snippet)
        return self._holders[snippet]

    def _first_holder(self, snippet: str) -> Location | None:
        """The position of ``snippet`` in the first value (in document order) that holds it."""
        if not snippet or _SEPARATOR in snippet:
            return None
        if self._joined is None:  # every value's text in one string, searched once per snippet
            starts, at = [], 0
            for value in self.values:
                starts.append(at)
                at += len(value.flat) + 1
            self._joined = (_SEPARATOR.join(v.flat for v in self.values), starts)
        joined, starts = self._joined
        at = joined.find(snippet)
        if at < 0:
            return None
        index = bisect_right(starts, at) - 1
        return self._position(self.values[index], at - starts[index])

    def _position(self, value: _Value, offset: int) -> Location:
        """Line:column of the ``offset``-th character of a value, from the raw YAML lines."""
        start = self.loaded.where(value.path)
        if start.line is None or value.from_fragment:
            return start
        if value.order not in self._marks:
            self._marks[value.order] = self._value_lines(value, start)
        base, segments = self._marks[value.order]
        if base < 0:  # escapes or folding changed the text: point at the value
            return start
        at = base + offset
        index = bisect_right(segments, at, key=lambda segment: segment[0]) - 1
        first_char, line, column = segments[index]
        return Location(self.loaded.path, line, column + at - first_char)

    def _value_lines(self, value: _Value, start: Location) -> tuple[int, list[tuple[int, int, int]]]:
        """Where the value's text begins in its YAML lines joined (indents and line ends left out),
        and for each line its first character's place in that string and its line:column."""
        text: list[str] = []
        segments: list[tuple[int, int, int]] = []
        length = 0
        first = (start.line or 1) - 1
        last = min(len(self.lines), first + value.raw.count("\n") + 2)
        for index in range(first, last):
            line = self.lines[index]
            begin = (start.column or 1) - 1 if index == first else len(line) - len(line.lstrip())
            part = line[begin : len(line.rstrip())]
            if part:
                segments.append((length, index + 1, begin + 1))
                text.append(part)
                length += len(part)
        return "".join(text).find(value.flat), segments


class SpecSubject(Subject):
    def __init__(
        self,
        loaded: LoadedSpec,
        speech: Speech,
        raw: str,
        target_minutes: float | None,
        fragment_texts: dict[YamlPath, str] | None = None,
    ) -> None:
        super().__init__(loaded.path, speech, speech_units(speech), target_minutes)
        self.loaded = loaded
        self.fragment_texts = dict(fragment_texts or {})
        self.locator = SpecLocator(loaded, raw, self.units, fragment_texts)

    def stated_date(self) -> tuple[dt.date, Place] | None:
        date = self.loaded.spec.date
        if date is None:
            return None
        where = self.loaded.where(("date",))
        return date, Place(where.path, where.line, where.column, excerpt=f"date: {date.isoformat()}")

    def unprinted(self) -> list[tuple[Place, str, str]]:
        found = unprinted_fields(self.loaded, self.speech, self.fragment_texts)
        return [
            (Place(f.where.path, f.where.line, f.where.column, excerpt=excerpt(one_line(f.text))), f.message(self.speech.template), f.hint)
            for f in found
        ]

    def place(self, unit: Unit | None, start: int = 0, end: int | None = None, *, fallback: YamlPath = ()) -> Place:
        where: Location | None = None
        text = ""
        if unit is not None:
            text = excerpt(unit.text, start, end if end is not None else len(unit.text))
            where = self.locator.find(unit, start, end)
        if where is None:
            where = self.loaded.where(fallback) if fallback else Location(self.path)
        return Place(where.path, where.line, where.column, excerpt=text)


def spec_subject(path: Path, options: RenderOptions | None = None) -> SpecSubject:
    loaded = load_spec(path)
    notes: list[Finding] = []

    def note(where: Location, message: str, suggestion: str, rule: str = "typed-label") -> None:
        notes.append(Finding(rule, "warning", message, suggestion, Place(where.path, where.line, where.column)))

    options = replace(options or RenderOptions(), warn=note)
    speech, fragment_texts = render_speech_traced(loaded, options)
    subject = SpecSubject(loaded, speech, read_text(path), loaded.spec.duration, fragment_texts)
    subject.render_notes = notes
    return subject



def placeholder_warnings(
    loaded: LoadedSpec, speech: Speech, fragment_texts: dict[YamlPath, str] | None = None
) -> list[tuple[Location, str, str]]:
    """Check's ``placeholder`` findings on a rendered spec, as (where in the spec, what, what to do) for ``build``.

    Every placeholder gets its own line (check merges a paragraph of many), in the spec's line order.
    """
    from .text_rules import placeholder_findings

    try:
        raw = read_text(loaded.path)
    except (OSError, JianggaoError):  # a spec held in memory only: places fall back to its values
        raw = ""
    subject = SpecSubject(loaded, speech, raw, loaded.spec.duration, fragment_texts)
    found = [
        (Location(f.place.path, f.place.line, f.place.column), f.message, f.suggestion)
        for f in placeholder_findings(subject, merge_over=None)
    ]
    return sorted(found, key=lambda note: (note[0].line or 0, note[0].column or 0))  # as the writer reads the file
