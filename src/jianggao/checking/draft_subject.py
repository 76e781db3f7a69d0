"""A draft under check (.txt, .md, .docx): the paragraphs ``reader.speech_file`` kept, by number.

Numbers are what the writer sees in the source: the line of a text or
Markdown file (reported as path:line), the paragraph of a Word document
(reported as 第N段). Web-page debris the reader dropped is not checked.
"""

from __future__ import annotations

from pathlib import Path

from ..spec.yaml_source import YamlPath
from .findings import Place, excerpt
from .subject import Subject, Unit


class DraftSubject(Subject):
    by_line: bool = True  # text and Markdown: numbers are line numbers

    def place(self, unit: Unit | None, start: int = 0, end: int | None = None, *, fallback: YamlPath = ()) -> Place:
        if unit is None:
            return Place(self.path)
        shown = excerpt(unit.text, start, end if end is not None else len(unit.text))
        line = unit.number if self.by_line else None
        return Place(self.path, line=line, paragraph=unit.number, excerpt=shown)


def draft_subject(path: Path) -> DraftSubject:
    from ..reader.speech_file import read_speech

    result = read_speech(path)
    in_body = set(result.block_paragraphs)
    units = [
        Unit(p.text, p.number, "paragraph" if p.number in in_body else "title")
        for p in result.paragraphs
    ]
    by_number = {u.number: u for u in units}
    block_units = {
        index: by_number[number] for index, number in enumerate(result.block_paragraphs) if number in by_number
    }
    subject = DraftSubject(result.path, result.speech, units, None, block_units)
    subject.by_line = result.kind != "docx"
    return subject
