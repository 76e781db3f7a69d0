"""What the rules look at: a speech, its printed paragraphs, and how to point into the source.

A spec is checked through its rendered speech; a draft through the paragraphs
the reader kept. Either way the rules see ``Unit``s (one printed paragraph
each, numbering included) and the parsed ``Speech``, and ask the subject for a
``Place`` to report: a spec answers with the line:column of the spec value the
text came from, a draft with the paragraph number.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path

from ..records import field, record
from ..spec.yaml_source import YamlPath
from ..speech import Heading, Speech
from .findings import Finding, Place, excerpt
from .labels import SiblingList, numbered_entries


@record(frozen=True)
class Unit:
    """One printed paragraph: title, byline, salutation, heading or body paragraph."""

    text: str
    number: int  # 1-based paragraph number in the draft (or in the rendered speech)
    kind: str  # title | subtitle | byline | salutation | heading | paragraph
    block: int | None = None  # index into speech.blocks


@record(frozen=True)
class CheckOptions:
    rate: int = 220  # characters a minute
    max_chars: int | None = None
    duration: float | None = None  # minutes; overrides the spec's duration
    ignore: frozenset[str] = frozenset()  # rule ids not reported (check --ignore)


@record
class Subject:
    """A speech under check. Subclasses know how to point into their source."""

    path: Path
    speech: Speech
    units: list[Unit]
    target_minutes: float | None = None
    block_units: dict[int, Unit] = field(default_factory=dict)
    # What rendering the spec fixed on its own (a typed label dropped), as findings.
    render_notes: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.block_units:
            self.block_units = {u.block: u for u in self.units if u.block is not None}

    @cached_property
    def series(self) -> list[SiblingList]:
        """The numbered series of the speech (computed once; several rules read them)."""
        return numbered_entries(self.speech)

    def place(self, unit: Unit | None, start: int = 0, end: int | None = None, *, fallback: YamlPath = ()) -> Place:
        """Where ``unit.text[start:end]`` came from (the whole unit when end is None)."""
        if unit is None:
            return Place(self.path, paragraph=None)
        shown = excerpt(unit.text, start, end if end is not None else len(unit.text))
        return Place(self.path, paragraph=unit.number, excerpt=shown)

    def stated_date(self) -> tuple[dt.date, Place] | None:
        """The speech's date as a setting (a spec's ``date:``) and where it is written; none for a draft."""
        return None

    def unprinted(self) -> list[tuple[Place, str, str]]:
        """Spec text the template left out of the speech: (place, message, suggestion); none for a draft."""
        return []

    def describe(self, place: Place) -> str:
        """A place as a phrase inside a message: 第3段 / 第12行."""
        if place.line is not None:
            return f"第{place.line}行"
        if place.paragraph is not None:
            return f"第{place.paragraph}段"
        return "前文"


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
