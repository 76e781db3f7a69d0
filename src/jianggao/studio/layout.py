"""Laying a speech out on the page grid the Word writer uses, for the studio's preview.

The GB/T 9704 page is a grid: ``lines_per_page`` lines of ``chars_per_line``
character cells (22 × 28 by default). Every CJK character or full-width mark
fills one cell, ASCII half a cell (``zh.title_lines.char_width``), so a line
break falls where Word puts it on the same grid. The result is plain data
(pages of lines of styled segments), which ``studio.preview`` turns into HTML;
being computed here, on the server, it is deterministic and testable.

What Word does and this follows: the title broken into balanced lines
(``balanced_lines``), the header's space after it, first-line indents, run-in
lead sentences in their heading's font, headings kept with the next line
(``keep_with_next``), no widow control, closing punctuation allowed to hang
past the line end (Word's default for Chinese) and opening punctuation never
left at a line end.
"""

from __future__ import annotations

from itertools import groupby

from ..records import field, record
from ..speech import Heading, Paragraph, Speech
from ..writers.docx.profile import StyleProfile, TextStyle
from ..zh.title_lines import balanced_lines, char_width

# Marks that may not start a line (they hang at the end of the line before) or end one.
NO_LINE_START = set("，。、；：？！）”’》〉】〕,.;:?!)]…—%")
NO_LINE_END = set("（“‘《〈【〔([")


@record(frozen=True)
class Segment:
    """A run of text on one line in one paragraph style (``title``, ``body``, ``heading1``…)."""

    text: str
    style: str


@record(frozen=True)
class Line:
    segments: tuple[Segment, ...]
    align: str  # left, center, right, justify
    indent_cells: float = 0.0
    last: bool = True  # the last line of its paragraph (justified lines are not stretched)
    block: int = -1  # index of the speech block it belongs to (-1: title, byline, salutation)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)


@record
class Page:
    number: int
    lines: list[Line | None] = field(default_factory=list)  # None: an empty grid line
    # Space above the first line (the title's space before it, which sets its ink where body text would
    # start); lines are exactly spaced, so any of it costs the page its last grid line.
    top_space_pt: float = 0.0

    def capacity(self, rows: int) -> int:
        return rows - (1 if self.top_space_pt > 0 else 0)


@record(frozen=True)
class _Para:
    lines: tuple[Line, ...]
    keep_with_next: bool
    space_after: int = 0


# Word and LibreOffice add a little space between Chinese and Latin letters or digits (autoSpaceDE/DN).
AUTO_SPACE = 0.25


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _auto_space(prev: str, ch: str) -> float:
    """The extra space between ``prev`` and ``ch`` when one is Chinese and the other a Latin letter or digit."""
    if (_word_char(prev) and _ideograph(ch)) or (_ideograph(prev) and _word_char(ch)):
        return AUTO_SPACE
    return 0.0


def _can_break_before(chars: list[str], i: int) -> bool:
    """May a line end before ``chars[i]``? Not before closing marks, after opening ones, or inside a word."""
    before, after = chars[i - 1], chars[i]
    return not (after in NO_LINE_START or before in NO_LINE_END or (_word_char(before) and _word_char(after)))


def wrap(segments: list[Segment], first_width: float, width: float, *, hang: bool = True) -> list[list[Segment]]:
    """``segments`` broken into lines: ``first_width`` cells on the first line, ``width`` after.

    ``hang``: closing punctuation that does not fit hangs past the line end, as in
    Word (its default for Chinese); without it the character before moves down
    with the mark, as LibreOffice sets the .docx (and so the PDF).
    """
    styled = [(ch, seg.style) for seg in segments for ch in seg.text]
    chars = [ch for ch, _ in styled]
    widths = [char_width(ch) for ch in chars]
    spaces = [0.0] + [_auto_space(a, b) for a, b in zip(chars, chars[1:], strict=False)]  # before chars[i]
    lines: list[list[tuple[str, str]]] = []
    start, used, limit = 0, 0.0, first_width
    i = 0
    while i < len(chars):
        w = widths[i] + (spaces[i] if i > start else 0.0)
        if used + w <= limit + 1e-9 or i == start:
            used += w
            i += 1
            continue
        if hang and chars[i] in NO_LINE_START:
            while i < len(chars) and chars[i] in NO_LINE_START:
                i += 1  # hangs past the line end
            end = i
        else:
            end = i
            while end > start + 1 and not _can_break_before(chars, end):
                end -= 1
            if end == start + 1 and not _can_break_before(chars, end):
                end = i  # nowhere allowed (a word longer than the line): break where it overflows
        lines.append(styled[start:end])
        start, used, limit, i = end, 0.0, width, end
    if start < len(chars) or not lines:
        lines.append(styled[start:])
    return [_segments(line) for line in lines]


def _segments(chars: list[tuple[str, str]]) -> list[Segment]:
    return [Segment("".join(ch for ch, _ in run), style) for style, run in groupby(chars, key=lambda c: c[1])]


class _Layout:
    def __init__(self, profile: StyleProfile, hang: bool) -> None:
        self.profile = profile
        self.hang = hang
        self.cells = profile.page.chars_per_line

    def cells_for(self, style: TextStyle) -> float:
        """How many grid cells of body size a line of ``style`` holds (the title's larger type holds fewer)."""
        cell_pt = self.profile.page.text_width_pt / self.cells
        glyph_pt = style.size_pt + self.profile.character_spacing_pt(style)
        return self.cells * cell_pt / glyph_pt if glyph_pt > 0 else self.cells

    def paragraph(self, segments: list[Segment], style: TextStyle, block: int, space_after: int = 0) -> _Para:
        width = self.cells_for(style)
        indent = style.indent_chars if style.align in ("left", "justify", "distribute") else 0
        pieces = wrap(segments, width - indent, width, hang=self.hang)
        align = {"distribute": "justify"}.get(style.align, style.align)
        lines = tuple(
            Line(tuple(piece), align, indent if i == 0 else 0, i == len(pieces) - 1, block) for i, piece in enumerate(pieces)
        )
        return _Para(lines, style.keep_with_next, space_after)

    def paragraphs(self, speech: Speech) -> list[_Para]:
        p = self.profile
        title = p.title
        header: list[tuple[list[Segment], TextStyle, str]] = []
        for line in balanced_lines(speech.title, title.max_chars_per_line, title.shape):
            header.append(([Segment(line, "title")], title, "title"))
        if speech.subtitle:
            header.append(([Segment(speech.subtitle, "subtitle")], p.subtitle, "subtitle"))
        for byline in speech.bylines:
            header.append(([Segment(byline, "byline")], p.byline, "byline"))
        paras: list[_Para] = []
        for i, (segments, style, _name) in enumerate(header):
            gap = title.space_after_lines if i == len(header) - 1 else 0
            paras.append(self.paragraph(segments, style, -1, gap))
        if speech.salutation:
            paras.append(self.paragraph([Segment(speech.salutation, "salutation")], p.salutation, -1))
        for index, block in enumerate(speech.blocks):
            if isinstance(block, Heading):
                level = min(max(block.level, 1), 4)
                paras.append(self.paragraph([Segment(block.full_text, f"heading{level}")], p.heading(level), index))
            elif isinstance(block, Paragraph):
                if block.run_in and 1 <= block.lead_level <= 4:
                    segments = [Segment(block.run_in, f"heading{block.lead_level}"), Segment(block.text, "body")]
                else:
                    segments = [Segment(block.full_text, "body")]
                paras.append(self.paragraph([s for s in segments if s.text], p.body, index))
        return paras


def lay_out(speech: Speech, profile: StyleProfile, *, hang: bool = True) -> list[Page]:
    """The speech as printed pages of grid lines (``hang``: as Word sets it; False: as the PDF)."""
    from ..writers.docx.styles import title_space_before_twips

    rows = profile.page.lines_per_page
    paras = _Layout(profile, hang).paragraphs(speech)
    pages = [Page(1, top_space_pt=title_space_before_twips(profile) / 20)]

    def room() -> int:
        return pages[-1].capacity(rows) - len(pages[-1].lines)

    def new_page() -> None:
        pages.append(Page(len(pages) + 1))

    for i, para in enumerate(paras):
        # keep_with_next: this paragraph (and a chain of such) stays on the page of the next one's first line.
        need = len(para.lines)
        j = i
        while paras[j].keep_with_next and j + 1 < len(paras):
            j += 1
            need += paras[j - 1].space_after + (len(paras[j].lines) if paras[j].keep_with_next else 1)
        if para.keep_with_next and need <= pages[-1].capacity(rows) and need > room() and pages[-1].lines:
            new_page()
        for line in para.lines:
            if room() == 0:
                new_page()
            pages[-1].lines.append(line)
        for _ in range(para.space_after):
            if room() == 0:
                break  # space after at a page end is dropped, as Word does
            pages[-1].lines.append(None)
    return pages
