"""Paragraphs of a Word document with the numbering Word generates.

A label such as 一、 or （一） is often not in the text of a .docx at all: Word
draws it from ``w:numPr`` (on the paragraph or its style) and
``word/numbering.xml``. ``DocxParagraphReader`` rebuilds that label text —
counting per list, restarting deeper levels — and puts it in front of the
paragraph text, so a Word document reads like the pasted text of the same
speech. Heading styles (标题 1 / Heading 1, or an outline level) and the Title
style become heading hints for ``reader.outline``.
"""

from __future__ import annotations

import re
from typing import Any

from ..ooxml import MC, W
from ..zh.numerals import chinese_numeral
from .header import looks_like_title, salutation_line, similar
from .line_breaks import split_at_line_breaks
from .outline import SourceParagraph
from .outline_rules import BOLD_LEAD_SENTENCE, bold_lead_text
from .source_notes import footnotes_note, tables_note, where_numbers

_HEADING_NAME = re.compile(r"^(heading|标题)\s*(\d)$", re.I)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_INTEGER = re.compile(r"-?\d{1,9}")  # anything else in a number attribute is ignored, not fatal


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val") if child is not None else None


def _int(value: str | None, default: int) -> int:
    return int(value) if value is not None and _INTEGER.fullmatch(value.strip()) else default


def _roman(n: int) -> str:
    if n >= 4000:  # no Roman numeral for it; also keeps a hostile w:start from looping for ages
        return str(n)
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def _bold(run: Any) -> bool:
    b = run.find(W + "rPr/" + W + "b")
    return b is not None and b.get(W + "val") not in ("0", "false", "off")


def _bold_lead(p: Any) -> bool:
    """The paragraph opens with a lead in bold (direct formatting, ``bold_lead_text``) and its text runs on after it."""
    lead = ""
    runs = [(run, "".join(t.text or "" for t in run.iter(W + "t"))) for run in p.iter(W + "r")]
    for k, (run, text) in enumerate(runs):
        if not text.strip():
            continue
        if not _bold(run):
            return bold_lead_text(lead, "".join(rest for _, rest in runs[k:]))
        lead += text
        if len(lead) > BOLD_LEAD_SENTENCE:
            return False
    return False


def _bold_phrases(p: Any) -> tuple[str, ...]:
    """The phrases set in bold (direct formatting) inside the paragraph: runs of bold runs, in order."""
    phrases: list[str] = []
    current = ""
    for run in p.iter(W + "r"):
        text = "".join(t.text or "" for t in run.iter(W + "t"))
        if _bold(run):
            current += text
        elif text:
            if current.strip(" \t\u3000"):
                phrases.append(current.strip(" \t\u3000"))
            current = ""
    if current.strip(" \t\u3000"):
        phrases.append(current.strip(" \t\u3000"))
    return tuple(phrases)


def format_number(n: int, fmt: str) -> str:
    """A counter value in a Word number format (w:numFmt)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand", "chineseLegalSimplified"):
        try:
            return chinese_numeral(n)
        except ValueError:
            return str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class DocxParagraphReader:
    """Reads parsed parts (see ``ooxml.parse_xml``); parsing and its errors are the caller's."""

    def __init__(self, styles: Any | None, numbering: Any | None) -> None:
        self.notes: list[str] = []  # what the text read leaves out of the document (footnotes, comments …)
        self.styles: dict[str, dict[str, Any]] = {}
        self.levels: dict[str, dict[int, dict[str, Any]]] = {}  # numId → ilvl → level definition
        self.counters: dict[str, dict[int, int]] = {}  # list (abstract definition) → level → count
        self.lists: dict[str, str] = {}  # numId → its abstract definition
        self.restarts: dict[str, set[int]] = {}  # numId → levels it starts again
        self.started: set[str] = set()
        if styles is not None:
            self._read_styles(styles)
        if numbering is not None:
            self._read_numbering(numbering)

    def _read_styles(self, root: Any) -> None:
        for style in root.iter(W + "style"):
            sid = style.get(W + "styleId")
            if not sid:
                continue
            ppr = style.find(W + "pPr")
            num = ppr.find(W + "numPr") if ppr is not None else None
            outline = _int(_val(ppr, "outlineLvl"), -1)
            self.styles[sid] = {
                "name": (_val(style, "name") or "").strip(),
                "based": _val(style, "basedOn"),
                "outline": outline if outline >= 0 else None,
                "numId": _val(num, "numId") if num is not None else None,
                "ilvl": _val(num, "ilvl") if num is not None else None,
            }

    def _read_numbering(self, root: Any) -> None:
        abstract: dict[str, dict[int, dict[str, Any]]] = {}
        links: dict[str, str] = {}  # abstractNum → the list style whose numbering it uses
        for an in root.iter(W + "abstractNum"):
            aid = an.get(W + "abstractNumId", "")
            levels = {}
            for lvl in an.iter(W + "lvl"):
                ilvl = _int(lvl.get(W + "ilvl", "0"), -1)
                if ilvl < 0:
                    continue
                levels[ilvl] = {
                    "start": _int(_val(lvl, "start"), 1),
                    "fmt": _val(lvl, "numFmt") or "decimal",
                    "text": _val(lvl, "lvlText") or "",
                    "legal": lvl.find(W + "isLgl") is not None,
                }
            abstract[aid] = levels
            link = _val(an, "numStyleLink")
            if link:
                links[aid] = link
        num_abstract = {num.get(W + "numId", ""): _val(num, "abstractNumId") or "" for num in root.iter(W + "num")}
        for aid, style_id in links.items():  # a list that borrows a multilevel list style's definition
            linked = num_abstract.get(self.styles.get(style_id, {}).get("numId") or "", "")
            if linked and abstract.get(linked):
                abstract[aid] = abstract[linked]
        for num in root.iter(W + "num"):
            num_id = num.get(W + "numId", "")
            aid = num_abstract.get(num_id, "")
            levels = {k: dict(v) for k, v in abstract.get(aid, {}).items()}
            restarts = set()
            for override in num.iter(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl", "0"), -1)
                start = _int(_val(override, "startOverride"), -1)
                if start >= 0 and ilvl in levels:
                    levels[ilvl]["start"] = start
                    restarts.add(ilvl)
            self.levels[num_id] = levels
            self.lists[num_id] = aid
            self.restarts[num_id] = restarts

    def _style_chain(self, sid: str | None) -> list[dict[str, Any]]:
        chain = []
        seen = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            chain.append(self.styles[sid])
            sid = self.styles[sid]["based"]
        return chain

    def _label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        # Lists sharing an abstract definition count on together; a num with a start override
        # ("restart numbering" in Word) starts its levels again the first time it is used.
        counters = self.counters.setdefault(self.lists.get(num_id, num_id), {})
        if num_id not in self.started:
            self.started.add(num_id)
            for restart in self.restarts.get(num_id, ()):
                for k in [k for k in counters if k >= restart]:
                    del counters[k]
        counters[ilvl] = counters.get(ilvl, levels[ilvl]["start"] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        level = levels[ilvl]
        if level["fmt"] == "bullet":
            return ""

        def fill(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            value = counters.get(k, levels.get(k, {}).get("start", 1))
            fmt = "decimal" if level["legal"] else levels.get(k, level)["fmt"]
            return format_number(value, fmt)

        return re.sub(r"%(\d)", fill, level["text"])

    def paragraphs(self, root: Any) -> list[SourceParagraph]:
        """The paragraphs of a parsed document part (the tree loses its mc:Fallback copies).
        What of the document they leave out, or change the shape of, is told in ``self.notes``."""
        for fallback in list(root.iter(MC + "Fallback")):  # a copy of the mc:Choice content
            fallback.getparent().remove(fallback)
        body = root.find(W + "body")
        out: list[SourceParagraph] = []
        if body is None:
            return out
        self.notes = word_notes(body)
        for number, p in enumerate(body.iter(W + "p"), start=1):
            lines = self._lines(p)
            ppr = p.find(W + "pPr")
            sid = _val(ppr, "pStyle")
            chain = self._style_chain(sid)
            num = ppr.find(W + "numPr") if ppr is not None else None
            num_id = _val(num, "numId") if num is not None else None
            ilvl = _val(num, "ilvl") if num is not None else None
            for style in chain:
                num_id = num_id or style["numId"]
                ilvl = ilvl or style["ilvl"]
            label = self._label(num_id, _int(ilvl, 0)) if num_id else ""
            pieces = [t for t in (s.strip(" \t\u3000\xa0") for s in split_at_line_breaks([label + lines[0], *lines[1:]])) if t]
            if not pieces:
                continue
            heading_level, is_title = 0, False
            outline = _int(_val(ppr, "outlineLvl"), -1)
            if 0 <= outline < 9:
                heading_level = outline + 1
            for style in chain:
                name = style["name"].lower()
                m = _HEADING_NAME.match(name)
                if name in ("title", "标题"):
                    is_title = True
                elif m and not heading_level:
                    heading_level = int(m.group(2))
                elif style["outline"] is not None and style["outline"] < 9 and not heading_level:
                    heading_level = style["outline"] + 1
            bold = not label and _bold_lead(p)
            phrases = _bold_phrases(p) if p.find(f".//{W}b") is not None else ()
            out += [
                SourceParagraph(
                    number, piece, heading_level=0 if is_title else heading_level, is_title=is_title,
                    bold_lead=bold and k == 0, bold_phrases=tuple(ph for ph in phrases if ph in piece),
                )
                for k, piece in enumerate(pieces)
            ]
        return out

    @staticmethod
    def _lines(p: Any) -> list[str]:
        """The paragraph's text, cut at its line breaks (w:br, w:cr): pandoc and web pastes merge paragraphs so."""
        lines = [""]
        for el in p.iter(W + "t", W + "br", W + "cr", W + "tab", W + "noBreakHyphen"):
            # text of a paragraph nested in a text box belongs to that paragraph
            owner = next(el.iterancestors(W + "p"), None)
            if owner is not p:
                continue
            if el.tag == W + "t":
                if not left_out(el):
                    lines[-1] += el.text or ""
            elif el.tag == W + "tab":
                if el.getparent().tag == W + "r":  # (not a tab stop of the paragraph's w:tabs)
                    lines[-1] += " "  # 副市长⇥周建国: two words, as a pasted copy has them
            elif el.tag == W + "noBreakHyphen":
                lines[-1] += "-"
            elif el.get(W + "type") != "column":
                lines.append("")
        return lines


def _hidden(run: Any) -> bool:
    """The run is hidden text (w:vanish): Word neither shows nor prints it."""
    vanish = run.find(W + "rPr/" + W + "vanish") if run is not None and run.tag == W + "r" else None
    return vanish is not None and vanish.get(W + "val") not in ("0", "false", "off")


def left_out(text: Any) -> bool:
    """The w:t ``text`` is not part of the document's lines of text: hidden, the old place of a tracked
    move, or pinyin over a character."""
    return _hidden(text.getparent()) or any(a.tag in _NOT_PRINTED_IN_LINE for a in text.iterancestors())


# The old place of a tracked move (its new place, in w:moveTo, holds the same words), and the pinyin
# set over a character by Word's 拼音指南 (w:rt; the character itself is in w:rubyBase).
_NOT_PRINTED_IN_LINE = frozenset((W + "moveFrom", W + "rt"))


def word_notes(body: Any) -> list[str]:
    """What a Word document holds beyond the text of its paragraphs, which a reading of that text loses:
    footnotes and endnotes, comments, unaccepted tracked changes (read as accepted), tables (read cell by
    cell). One note each, with the paragraphs (numbered as ``paragraphs`` numbers them) where they are."""
    number = {p: n for n, p in enumerate(body.iter(W + "p"), start=1)}

    def owners(elements: list[Any]) -> list[int]:
        return [number[p] for el in elements if (p := next(el.iterancestors(W + "p"), None)) is not None and p in number]

    notes: list[str] = []
    refs = [*body.iter(W + "footnoteReference", W + "endnoteReference")]
    if refs:
        notes.append(footnotes_note(where_numbers(owners(refs)), len(refs)))
    comments = [*body.iter(W + "commentReference")]
    if comments:
        notes.append(f"原稿{where_numbers(owners(comments))}有批注（共 {len(comments)} 处），批注没有读入，请先在 Word 中处理")
    inserted = [el for el in body.iter(W + "ins", W + "moveTo") if el.find(f".//{W}t") is not None]
    deleted = [el for el in body.iter(W + "del", W + "moveFrom") if el.find(f".//{W}delText") is not None or el.find(f".//{W}t") is not None]
    if inserted or deleted:
        notes.append(
            f"原稿{where_numbers(owners([*inserted, *deleted]))}有尚未接受或拒绝的修订（插入 {len(inserted)} 处、删除 {len(deleted)} 处），"
            "已按“全部接受”读入：删去的文字不在其中，请核对"
        )
    hidden = [t for t in body.iter(W + "t") if (t.text or "").strip() and _hidden(t.getparent())]
    if hidden:
        notes.append(f"原稿{where_numbers(owners(hidden))}有隐藏文字（Word 里不显示、不打印），没有读入；需要的话请在 Word 中取消隐藏")
    readings = [r for r in body.iter(W + "ruby") if r.find(f"{W}rt//{W}t") is not None]
    if readings:
        notes.append(f"原稿{where_numbers(owners(readings))}有拼音注音（拼音指南，共 {len(readings)} 处），只读入了汉字，没有读入拼音")
    tables = [t for t in body.iter(W + "tbl") if next(t.iterancestors(W + "tbl"), None) is None]
    if tables:
        first = [number[p] for t in tables if (p := t.find(f".//{W}p")) is not None and p in number]
        notes.append(tables_note(where_numbers(first), len(tables)))
    return notes


HEADER_TITLE_SEEN = 3  # the body's first paragraphs, where its own title would stand (above the salutation)


def page_header_title(header: Any | None, paragraphs: list[SourceParagraph]) -> SourceParagraph | None:
    """在全县…会议上的讲话 set only in the page header (Word's 页眉), the body opening with the byline: the
    header's line that names a speech, as the title paragraph before the body (number 0: no paragraph of the
    body). None when the header names none, or when the body prints a title of its own (the header a running
    title then)."""
    if header is None:
        return None
    lines = ["".join(t.text or "" for t in p.iter(W + "t")).strip(" \t\u3000\xa0") for p in header.iter(W + "p")]
    title = next((line for line in lines if line and looks_like_title(line)), None)
    if title is None:
        return None
    head = []
    for p in paragraphs[:HEADER_TITLE_SEEN]:  # (the lines above the salutation: the opening may name the meeting too)
        if salutation_line(p.text):
            break
        head.append(p)
    if any(p.is_title or looks_like_title(p.text) or similar(p.text, title) for p in head):
        return None
    return SourceParagraph(0, title, is_title=True)
