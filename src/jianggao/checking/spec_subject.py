"""A spec under check: its rendered speech, with findings mapped back to spec lines.

Rendered text is searched for among the spec's string values (as ``one_line``
flattens them); the match gives the value's path, and a scan of the raw YAML
lines from that value's position gives the exact line:column of the snippet.
Text a `fragment:` reference produced maps to that reference's line.
Text that no value holds (template wording) falls back to the rule's spec
key, or to the file.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Location
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


@dataclass
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
        self._cover_units(units)

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

    def _cover_units(self, units: list[Unit]) -> None:
        claimed: set[int] = set()
        for unit in units:
            text = unit.text
            found = [v for v in self.values if v.flat in text]
            found.sort(key=lambda v: (-len(v.flat), v.order in claimed, v.order))
            spans: list[tuple[int, int, _Value]] = []
            for value in found:
                at = text.find(value.flat)
                while at >= 0:
                    end = at + len(value.flat)
                    if all(end <= s or at >= e for s, e, _ in spans):
                        spans.append((at, end, value))
                        claimed.add(value.order)
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
        holders = [v for v in self.values if snippet and snippet in v.flat]
        return self._position(holders[0], holders[0].flat.find(snippet)) if holders else None

    def _position(self, value: _Value, offset: int) -> Location:
        """Line:column of the ``offset``-th character of a value, from the raw YAML lines."""
        start = self.loaded.where(value.path)
        if start.line is None or value.from_fragment:
            return start
        chars: list[str] = []
        marks: list[tuple[int, int]] = []
        first = start.line - 1
        last = min(len(self.lines), first + value.raw.count("\n") + 2)
        for index in range(first, last):
            line = self.lines[index]
            begin = (start.column or 1) - 1 if index == first else len(line) - len(line.lstrip())
            for col in range(begin, len(line.rstrip())):
                chars.append(line[col])
                marks.append((index + 1, col + 1))
        base = "".join(chars).find(value.flat)
        if base < 0:  # escapes or folding changed the text: point at the value
            return start
        line, column = marks[base + offset]
        return Location(self.loaded.path, line, column)


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

    def note(where: Location, message: str, suggestion: str) -> None:
        notes.append(Finding("typed-label", "warning", message, suggestion, Place(where.path, where.line, where.column)))

    options = dataclasses.replace(options or RenderOptions(), warn=note)
    speech, fragment_texts = render_speech_traced(loaded, options)
    subject = SpecSubject(loaded, speech, read_text(path), loaded.spec.duration, fragment_texts)
    subject.render_notes = notes
    return subject

