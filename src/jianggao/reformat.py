"""一键排版: an existing draft (.txt, .md, .docx) laid out to the style profile.

The draft is read as ``mine`` reads it (``reader.speech_file.read_speech``: its
title, bylines, salutation, headings and run-in leads, web debris dropped and
reported). Its paragraphs stay as written (a list run in inside a paragraph
stays in it), and nothing of its wording changes, except what is reported line by
line: numbering labels put into their standard form and sequence (1．→1.,
(一)→（一）, 第一,→第一，, 一、三、→一、二、), and with ``fix_punctuation``
half-width punctuation in Chinese text turned full-width.
"""

from __future__ import annotations

from pathlib import Path

from .reader.speech_file import ReadResult, read_speech
from .records import field, record, replace
from .speech import Block, Heading, Paragraph, Speech
from .zh.labels import match_label
from .zh.numbering import number_label
from .zh.punctuation import fix_half_width


@record(frozen=True)
class Change:
    """One reported change: source paragraph, what kind, before → after."""

    number: int  # line of a text file, paragraph of a Word document; 0: the title block
    kind: str  # "序号" or "标点"
    before: str
    after: str
    count: int = 1
    unit: str = "行"

    def describe(self) -> str:
        times = f"（{self.count} 处）" if self.count > 1 else ""
        where = f"第 {self.number} {self.unit}" if self.number else "标题部分"
        return f"{where}：{self.kind} “{self.before}” → “{self.after}”{times}"


@record
class Reformatted:
    source: ReadResult
    speech: Speech
    changes: list[Change] = field(default_factory=list)

    def report(self) -> list[str]:
        lines = [change.describe() for change in self.changes]
        lines += [f"已略去 {dropped.describe()}" for dropped in self.source.dropped]
        lines += [f"提示：{note}" for note in self.source.source_notes]
        return lines


def reformat(path: Path, *, fix_punctuation: bool = False) -> Reformatted:
    """Read the draft at ``path`` and return its speech, labels normalised, with the changes."""
    source = read_speech(path)
    speech, numbers = _as_paragraphed(source)
    unit = "段" if source.kind == "docx" else "行"
    changes: list[Change] = []
    blocks = _normalise_labels(speech.blocks, numbers, changes)
    speech = replace(speech, blocks=blocks, salutation=_salutation_as_written(source))
    if fix_punctuation:
        speech = _fix_punctuation(speech, numbers, changes)
    changes = [replace(change, unit=unit) for change in changes]
    return Reformatted(source, speech, changes)


def _salutation_as_written(source: ReadResult) -> str:
    """The salutation as the draft wrote it (the reader normalises 同志们: to 同志们：)."""
    said = source.speech.salutation
    if not said:
        return said
    bare = said.rstrip(":：")
    for paragraph in source.paragraphs:
        text = paragraph.text.strip()
        if text.rstrip(":：") == bare:
            return text
    return said


# --- paragraphs ------------------------------------------------------------------------------


def _as_paragraphed(source: ReadResult) -> tuple[Speech, tuple[int, ...]]:
    """The speech with the draft's paragraphs kept whole, and each block's source paragraph number.

    The outline gives every label it reads a block of its own, also a label inside a
    paragraph (（一）稳住面积。一是…；二是…), and marks such a block as running on in the
    paragraph of the block before it. A paragraph the writer wrote stays one paragraph: that
    block runs on in the block before it as body text, as ``mine`` keeps it in the sub-point's text.
    """
    speech = source.speech
    outline = source.outline
    blocks: list[Block] = []
    numbers: list[int] = []
    for block, number, runs_on in zip(speech.blocks, outline.block_paragraphs, outline.block_runs_on, strict=True):
        if runs_on:
            before = blocks[-1]
            assert isinstance(before, Paragraph)  # the outline marks only a block after one of its own paragraph
            text = before.text + block.full_text
            blocks[-1] = Paragraph(text, before.role, before.lead, before.lead_level, before.label)
            continue
        blocks.append(block)
        numbers.append(number)
    whole = Speech(
        title=speech.title, subtitle=speech.subtitle, bylines=speech.bylines, salutation=speech.salutation,
        blocks=tuple(blocks), author=speech.author, date=speech.date, template=speech.template,
    )
    return whole, tuple(numbers)


# --- numbering labels ------------------------------------------------------------------------


def _level(block: Block) -> int:
    return block.level if isinstance(block, Heading) else block.lead_level


def _normalise_labels(blocks: tuple[Block, ...], numbers: tuple[int, ...], changes: list[Change]) -> tuple[Block, ...]:
    """Each label in its style's standard form, numbered in sequence within its list. A label
    numbered 1 opens a new list; a list closes when a shallower label comes."""
    lists: dict[int, tuple[str, int]] = {}  # level → (style, index) of the list open there
    out: list[Block] = []
    for block, number in zip(blocks, numbers, strict=False):
        label, level = block.label, _level(block)
        readings = match_label(label + " ") if label and level >= 1 else []
        open_style = lists.get(level, ("", 0))[0]
        reading = next((r for r in readings if r.style == open_style), readings[0] if readings else None)
        if reading is None or reading.index is None:  # no label, or one like 最后， that names no number
            out.append(block)
            continue
        for deeper in [lv for lv in lists if lv > level]:
            del lists[deeper]
        style = reading.style
        index = lists[level][1] + 1 if reading.index != 1 and lists.get(level, ("", 0))[0] == style else reading.index
        lists[level] = (style, index)
        try:
            wanted = number_label(style, index)
        except ValueError:  # 一方面 beyond a pair: left as written
            wanted = label
        if wanted != label:
            changes.append(Change(number, "序号", label, wanted))
            block = replace(block, label=wanted)
        out.append(block)
    return tuple(out)


# --- punctuation -----------------------------------------------------------------------------


def _fix_punctuation(speech: Speech, numbers: tuple[int, ...], changes: list[Change]) -> Speech:
    counts: dict[tuple[int, str, str], int] = {}  # (paragraph, before, after) → how many

    def fix(text: str, number: int) -> str:
        fixed, fixes = fix_half_width(text)
        for f in fixes:
            after = "“”" if f.before == '"' else f.after
            counts[number, f.before, after] = counts.get((number, f.before, after), 0) + 1
        return fixed

    blocks: list[Block] = []
    for block, number in zip(speech.blocks, numbers, strict=False):
        if isinstance(block, Heading):
            blocks.append(replace(block, text=fix(block.text, number)))
        else:
            blocks.append(replace(block, lead=fix(block.lead, number), text=fix(block.text, number)))
    fixed = replace(
        speech,
        title=fix(speech.title, 0),
        subtitle=fix(speech.subtitle, 0),
        bylines=tuple(fix(line, 0) for line in speech.bylines),
        salutation=fix(speech.salutation, 0),
        blocks=tuple(blocks),
    )
    changes.extend(Change(number, "标点", before, after, count) for (number, before, after), count in counts.items())
    return fixed
