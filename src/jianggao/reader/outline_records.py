"""The outline read from a speech: its input paragraphs and the tree it is read into.

``SourceParagraph`` is what ``reader.outline`` reads (from ``speech_file`` and
``docx_paragraphs``); ``Outline`` with its ``OutlineNode`` points, ``SourceText``
paragraphs and ``DroppedLine`` reports is what it gives back.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..records import field, record
from ..speech import Speech


@record(frozen=True)
class SourceParagraph:
    """One paragraph as read from the file; ``number`` is what the user sees (line or paragraph)."""

    number: int
    text: str
    heading_level: int = 0  # a heading in the source (Markdown ##, Word 标题 1 …): 1, 2 …; 0 = text
    is_title: bool = False  # Markdown #, Word 标题/Title style
    bold_lead: bool = False  # opens with a lead sentence set in bold (Markdown **…。**), its text after it
    bold_phrases: tuple[str, ...] = ()  # short phrases set in bold inside it (Markdown **…**), in order
    blanks_before: int = 0  # blank lines right before it in a text file (a page copy's paragraph break)
    indent: int = 0  # display columns of the indent its line opened with in a text file (a page's first line)
    declared_title: bool = False  # the title a Markdown front matter gives (title: …), in whatever script
    bulleted: bool = False  # a Markdown list item (- … / * …)
    label_line: bool = False  # its label (预见一：) stood alone on the line above it, run in to it by page_repair
    printed_below: bool = False  # an editor's line right above it, dropped, said the speech is printed from here (以下为讲话全文：)
    turn: bool = False  # a turn of a dialogue the talk quotes (Robin：今天有什么新闻？ / 小度：…): no heading line

    def wholly_bold(self) -> bool:
        """The whole paragraph is set in bold (**守底线** / **“是！”**): one bold phrase, all of its text."""
        return self.bold_phrases == (self.text.strip(),)


@record(frozen=True)
class DroppedLine:
    number: int
    text: str
    reason: str

    def describe(self) -> str:
        """第 3 行（分享提示）：分享到… — one line of a report to the user."""
        excerpt = self.text if len(self.text) <= 24 else self.text[:24] + "…"
        return f"第 {self.number} 行（{self.reason}）：{excerpt}"


@record(frozen=True)
class SourceText:
    """Unnumbered text and the source paragraph it came from."""

    paragraph: int
    text: str


@record
class OutlineNode:
    """A numbered point or sub-point."""

    style: str  # canonical style (一、 （一） 1. （1） 第一， 一是 一要 首先 一方面) or "#2" for an unnumbered heading
    index: int  # the number the label says
    label: str  # as written: "（一）", "1．", "一是", "另一方面,"
    heading: str  # heading text or run-in lead sentence, label removed, punctuation kept
    text: str  # the rest of the paragraph after a run-in lead ("" for a standalone heading)
    standalone: bool  # a heading paragraph of its own
    level: int  # GB/T 9704 level of the label (1 一、 … 4 （1）)
    depth: int  # 1 = top-level point
    paragraph: int
    restart: bool = False  # numbering starts again at 1 after an earlier run at this depth
    inline: bool = False  # found inside a paragraph (…。一是…), not at its start
    paragraphs: list[SourceText] = field(default_factory=list)
    children: list[OutlineNode] = field(default_factory=list)

    def walk(self) -> Iterator[OutlineNode]:
        yield self
        for child in self.children:
            yield from child.walk()


@record
class Outline:
    title: str = ""
    subtitle: str = ""
    bylines: list[SourceText] = field(default_factory=list)
    salutation: str = ""
    opening: list[SourceText] = field(default_factory=list)
    points: list[OutlineNode] = field(default_factory=list)
    closing: list[SourceText] = field(default_factory=list)
    thanks: SourceText | None = None
    dropped: list[DroppedLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    top_style: str = ""
    turns_speaker: str = ""  # the tag a transcript puts before the speaker's words (王志刚：…), set aside from them
    several_runs: bool = False  # the points are runs numbered each on its own (一是… then 一要…), read as one
    speech: Speech = field(default_factory=lambda: Speech(title=""))
    block_paragraphs: tuple[int, ...] = ()  # source paragraph of each block of ``speech``
    # each block of ``speech``: does it run on in the paragraph of the block before it (a label said inside
    # a paragraph, …。一是…；二是…, gets a block of its own; the writer wrote one paragraph)
    block_runs_on: tuple[bool, ...] = ()

    def nodes(self) -> Iterator[OutlineNode]:
        for point in self.points:
            yield from point.walk()
