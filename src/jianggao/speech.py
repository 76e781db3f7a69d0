"""The speech structure: what every writer receives.

Templates produce it (through ``render.markup``); the text, Markdown, Word
and PDF writers consume it. It knows nothing of YAML, Jinja or files.

Heading levels follow GB/T 9704: 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）.
A run-in paragraph (（一）要认清形势。党的…; 第一，…; 一是…) keeps its lead
sentence apart from its body so a writer can style the lead like a heading
of ``lead_level`` and the body as plain text. Numbering labels travel as data
(``label``), apart from the words they number.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from .records import record

ParagraphRole = Literal["opening", "body", "closing", "thanks"]


@record(frozen=True)
class Heading:
    """A standalone heading paragraph: its ``label`` (一、) and its ``text`` (加强政治建设…)."""

    level: int
    label: str
    text: str

    @property
    def full_text(self) -> str:
        return f"{self.label}{self.text}"


@record(frozen=True)
class Paragraph:
    """A body paragraph, optionally opened by a run-in ``lead`` sentence with its ``label``
    (第一，+ 要深化理论武装。), which a writer styles like a heading of ``lead_level``."""

    text: str
    role: ParagraphRole = "body"
    lead: str = ""
    lead_level: int = 0
    label: str = ""

    @property
    def run_in(self) -> str:
        """The lead as printed: label and lead sentence."""
        return f"{self.label}{self.lead}"

    @property
    def full_text(self) -> str:
        return f"{self.label}{self.lead}{self.text}"


Block = Heading | Paragraph


@record(frozen=True)
class Speech:
    """A whole draft, in reading order."""

    title: str
    subtitle: str = ""
    bylines: tuple[str, ...] = ()
    salutation: str = ""
    blocks: tuple[Block, ...] = ()
    # Where the draft came from; not printed. Word stores ``author`` and ``date``
    # as document properties; ``template`` is the name of the template that
    # built the speech ("" for a speech read back by ``mine``).
    author: str = ""
    date: dt.date | None = None
    template: str = ""

    def headings(self, level: int | None = None) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading) and (level is None or b.level == level)]

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def body_characters(self) -> int:
        """Characters a reader speaks: every block's text, no whitespace."""
        texts = [self.title, self.salutation, *(b.full_text for b in self.blocks)]
        return sum(len("".join(t.split())) for t in texts)
