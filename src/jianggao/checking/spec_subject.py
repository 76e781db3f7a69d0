"""A spec under check: its rendered speech, with findings mapped back to spec lines.

Rendered text is searched for among the spec's string values (as ``one_line``
flattens them); the match gives the value's path, and a scan of the raw YAML
lines from that value's position gives the exact line:column of the snippet.
Text that no value holds (template wording, fragments) falls back to the
rule's spec key, or to the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import Location
from ..rendering import RenderOptions, one_line, render_speech
from ..spec_model import LoadedSpec, load_spec
from ..structure import Heading, Speech
from ..yaml_source import YamlPath, read_text
from .findings import Place, excerpt
from .subject import Subject, Unit


class SpecLocator:
    """Finds the spec value, and the line:column inside it, that printed a piece of text."""

    def __init__(self, loaded: LoadedSpec, raw: str) -> None:
        self.loaded = loaded
        self.lines = raw.splitlines()
        self.values: list[tuple[YamlPath, str, str]] = []  # (path, raw value, flattened value)
        self._collect(loaded.source.data, ())

    def _collect(self, data: Any, path: YamlPath) -> None:
        if isinstance(data, dict):
            for key, value in data.items():
                self._collect(value, (*path, key))
        elif isinstance(data, list):
            for i, value in enumerate(data):
                self._collect(value, (*path, i))
        elif isinstance(data, str) and data.strip():
            self.values.append((path, data, one_line(data)))

    def find(self, snippet: str, context: str) -> Location | None:
        """The position of ``snippet``; ``context`` (the whole printed paragraph) picks among repeats."""
        snippet = snippet.strip()
        if not snippet:
            return None
        hits = [v for v in self.values if snippet in v[2]]
        if not hits:
            # The snippet may run past one value (a label, or two values joined): use the
            # longest value the snippet contains, else the one holding the snippet's start.
            inner = [v for v in self.values if v[2] and v[2] in snippet]
            if inner:
                path, raw, flat = max(inner, key=lambda v: len(v[2]))
                return self._position(path, raw, flat)
            return None
        own = [v for v in hits if v[2] in context]
        path, raw, _ = (own or hits)[0]
        return self._position(path, raw, snippet)

    def _position(self, path: YamlPath, raw: str, snippet: str) -> Location:
        start = self.loaded.where(path)
        if start.line is None:
            return start
        chars: list[str] = []
        marks: list[tuple[int, int]] = []
        first = start.line - 1
        last = min(len(self.lines), first + raw.count("\n") + 2)
        for index in range(first, last):
            line = self.lines[index]
            begin = (start.column or 1) - 1 if index == first else len(line) - len(line.lstrip())
            stop = len(line.rstrip())
            for col in range(begin, stop):
                chars.append(line[col])
                marks.append((index + 1, col + 1))
        offset = "".join(chars).find(snippet)
        if offset < 0:
            return start
        line, column = marks[offset]
        return Location(self.loaded.path, line, column)


class SpecSubject(Subject):
    def __init__(self, loaded: LoadedSpec, speech: Speech, locator: SpecLocator, target_minutes: float | None) -> None:
        super().__init__(loaded.path, speech, speech_units(speech), target_minutes)
        self.loaded = loaded
        self.locator = locator

    def place(self, unit: Unit | None, start: int = 0, end: int | None = None, *, fallback: YamlPath = ()) -> Place:
        where: Location | None = None
        text = ""
        if unit is not None:
            text = excerpt(unit.text, start, end)
            snippet = unit.text[start:end] if end is not None and end > start else unit.text
            where = self.locator.find(snippet, unit.text)
        if where is None:
            where = self.loaded.where(fallback) if fallback else Location(self.path)
        return Place(where.path, where.line, where.column, excerpt=text)


def speech_units(speech: Speech) -> list[Unit]:
    """The rendered speech as printed paragraphs, in reading order."""
    units: list[Unit] = [Unit(speech.title, 1, "title")]
    if speech.subtitle:
        units.append(Unit(speech.subtitle, len(units) + 1, "subtitle"))
    for line in speech.bylines:
        units.append(Unit(line, len(units) + 1, "byline"))
    if speech.salutation:
        units.append(Unit(speech.salutation, len(units) + 1, "salutation"))
    for index, block in enumerate(speech.blocks):
        kind = "heading" if isinstance(block, Heading) else "paragraph"
        units.append(Unit(block.full_text, len(units) + 1, kind, index))
    return units


def spec_subject(path: Path, options: RenderOptions | None = None) -> SpecSubject:
    loaded = load_spec(path)
    speech = render_speech(loaded, options)
    locator = SpecLocator(loaded, read_text(path))
    return SpecSubject(loaded, speech, locator, loaded.spec.duration)

