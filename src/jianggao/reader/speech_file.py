"""Reading an existing speech (.txt, .md, .docx) for ``mine`` and ``check``.

``read_speech`` decodes the file (UTF-8 with or without BOM, GB18030/GBK,
UTF-16), turns it into paragraphs with the numbers a user sees (line of a text
file, paragraph of a Word document; a text file that is clearly Markdown is
read as Markdown; its footnotes and pipe tables are told of as a Word document's are),
sets aside a table of contents printed above the salutation and drops web-page debris, reporting
both (``dropped_report``), and parses the outline (``reader.outline``). Anything that is not a speech
(empty, binary, a spreadsheet renamed .docx, a zip bomb) is an ``InputError``.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import InputError, Location
from ..ooxml import REL_HEADER, REL_NUMBERING, REL_STYLES, OoxmlError, Package, W, parse_xml
from ..records import record, replace
from ..speech import Speech
from ..text_files import decode_text, read_user_bytes, signature
from ..zh.display_width import display_width
from ..zh.labels import match_label
from .debris import drop_debris
from .header import PAGE_HEAD_LINES, salutation_line
from .legacy_word import LEGACY_SUFFIXES, convert_to_docx
from .line_breaks import CLOSING_MARKS, MD_LIST, continues, hard_wrapped, join_lines
from .minutes_export import unpack_minutes
from .outline import Outline, SourceParagraph, parse_outline
from .outline_records import DroppedLine
from .outline_rules import CJK_CHAR, bold_lead_text
from .source_notes import footnotes_note, tables_note, where_numbers
from .transcript_facts import facts_line
from .web_debris import CUT_PAGE_REASONS

MAX_TEXT_BYTES = 20 * 1024 * 1024  # a .docx is read within the limits of ooxml.Package as well


@record(frozen=True)
class ReadResult:
    path: Path
    kind: str  # how it was read: "txt", "md" (also a .txt of Markdown) or "docx" (also a .doc converted); see input_kind
    paragraphs: tuple[SourceParagraph, ...]  # cleaned, with their numbers in the source
    dropped: tuple[DroppedLine, ...]  # web-page debris, with the reason
    outline: Outline
    source_notes: tuple[str, ...] = ()  # what the file holds beyond its text, left out (a Word footnote …)
    converted_from: str = ""  # ".doc", ".wps" …: the old Word or WPS file LibreOffice turned into the .docx read

    @property
    def speech(self) -> Speech:
        return self.outline.speech

    @property
    def block_paragraphs(self) -> tuple[int, ...]:
        """The source paragraph number of each block of ``speech.blocks``."""
        return self.outline.block_paragraphs

    @property
    def notes(self) -> list[str]:
        return [*self.source_notes, *self.outline.notes]

    @property
    def input_kind(self) -> str:
        """What the user gave, in the words of a report (已读取 讲话.doc（doc，经 LibreOffice 转换，12 段）):
        ``kind`` names how the file was read, which is not always what it is."""
        given = self.path.suffix.lower().lstrip(".")
        if self.converted_from:
            source = self.converted_from.lstrip(".")
            return f"{source}，经 LibreOffice 转换" if source == given else f"实为 {source}，经 LibreOffice 转换"
        if self.kind == "md" and given not in ("md", "markdown"):
            return f"{given or '文本'}，按 Markdown 读取"
        return self.kind


def refuse_spec(path: Path) -> None:
    """InputError for a spec (.yaml) given where a speech belongs: read as text it would make a speech of YAML lines."""
    if path.suffix.lower() in (".yaml", ".yml") and path.is_file():  # (a missing file, a FIFO: their own message)
        raise InputError(
            "这是说明书（YAML），不是讲话稿",
            location=Location(path),
            hint=f"要由它生成讲话稿，请运行 jianggao build {path}；这里要给出讲话稿（.txt、.md、.docx）",
        )


def read_speech(path: Path) -> ReadResult:
    """Read and parse the speech at ``path``; raises InputError for anything that is not one."""
    path = Path(path)
    refuse_spec(path)
    raw = _read_bytes(path)
    legacy = path.suffix.lower() in LEGACY_SUFFIXES and signature(raw) != "zip"
    renamed = path.suffix.lower() in (".docx", ".docm") and signature(raw) == "ole"  # a .doc renamed .docx
    if legacy or renamed:
        source = ".doc" if renamed else path.suffix.lower()
        raw = convert_to_docx(path, MAX_TEXT_BYTES, suffix=source)  # through LibreOffice
        paragraphs, notes = read_docx_paragraphs(path, raw)
        return replace(parse_paragraphs(path, "docx", paragraphs, notes), converted_from=source)
    kind = _kind(path, raw)
    notes: list[str] = []
    if kind == "docx":
        paragraphs, notes = read_docx_paragraphs(path, raw)
    else:
        text = _decode(raw, path)
        if kind == "txt" and looks_like_markdown(text):
            kind = "md"  # Markdown pasted into a .txt: read as Markdown, so no markup lands in the headings
        paragraphs = markdown_paragraphs(text, path, notes) if kind == "md" else text_paragraphs(text)
    _check_size(paragraphs, path)
    return parse_paragraphs(path, kind, paragraphs, notes)


# A long speech has a few hundred paragraphs and some 30,000 characters; these bounds are far
# above that and keep mine, check and harvest within seconds and a few hundred MB.
MAX_PARAGRAPHS = 5_000
MAX_CHARACTERS = 500_000


def _check_size(paragraphs: list[SourceParagraph], path: Path) -> None:
    characters = sum(len(p.text) for p in paragraphs)
    if len(paragraphs) > MAX_PARAGRAPHS or characters > MAX_CHARACTERS:
        raise InputError(
            f"内容太多（{len(paragraphs)} 段、{characters} 字，上限 {MAX_PARAGRAPHS} 段、{MAX_CHARACTERS} 字），不像是一篇讲话稿",
            location=Location(path),
            hint="请给出单篇讲话稿；合订本请先拆成单篇",
        )


def parse_paragraphs(path: Path, kind: str, paragraphs: list[SourceParagraph], notes: list[str] | None = None) -> ReadResult:
    paragraphs, contents = set_aside_contents(paragraphs)
    paragraphs, minutes = unpack_minutes(paragraphs)
    kept, dropped = drop_debris(paragraphs)
    dropped = [*contents, *minutes, *dropped]
    if not any(CJK_CHAR.search(p.text) for p in kept):
        raise InputError(
            "没有找到讲话稿正文（文件里没有中文段落）",
            location=Location(path),
            hint="请确认这是讲话稿的 .txt、.md 或 .docx 文件",
        )
    last = kept[-1].number if kept else 0
    page_cut = any(d.number > last and d.reason in CUT_PAGE_REASONS for d in dropped)
    outline = parse_outline(kept, page_cut=page_cut)
    all_dropped = sorted([*dropped, *outline.dropped], key=lambda d: d.number)
    # (a line that held several paragraphs, a flattened page's, gives them one number: those drop by their text)
    dropped_numbers = {d.number for d in outline.dropped}
    dropped_texts = Counter((d.number, d.text) for d in outline.dropped)
    shared = {n for n, count in Counter(p.number for p in kept).items() if count > 1}
    remaining = []
    for p in kept:
        if dropped_texts[p.number, p.text]:
            dropped_texts[p.number, p.text] -= 1
        elif p.number not in dropped_numbers or p.number in shared:
            remaining.append(p)
    kept = remaining
    return ReadResult(path, kind, tuple(kept), tuple(all_dropped), outline, tuple(notes or ()))


# --- bytes and format -----------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    raw = read_user_bytes(path, InputError, limit=MAX_TEXT_BYTES, too_big_hint="不像是一篇讲话稿，请给出单篇讲话稿的 .txt、.md 或 .docx 文件")
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError("文件是空的", location=Location(path), hint="请给出有内容的讲话稿文件")
    return raw


_NOT_A_SPEECH = {  # by ``text_files.signature``
    "ole": (
        "这是旧版 Word（.doc）或 Excel（.xls）文件",
        "Word 文档请把扩展名改为 .doc（需要 LibreOffice）或另存为 .docx 后重试",
    ),
    "pdf": ("这是 PDF 文件，暂不支持", "请另存为 .docx 或 .txt 后重试"),
    "rtf": ("这是 RTF 文件，暂不支持", "请在 Word 中另存为 .docx 后重试"),
    "image": ("这是图片文件，不是讲话稿", "请给出 .txt、.md 或 .docx 文件"),
}


def _kind(path: Path, raw: bytes) -> str:
    suffix = path.suffix.lower()
    found = signature(raw)
    if found == "zip" or suffix in (".docx", ".docm", ".dotx"):
        return "docx"
    if found is not None:
        message, hint = _NOT_A_SPEECH[found]
        raise InputError(message, location=Location(path), hint=hint)
    return "md" if suffix in (".md", ".markdown") else "txt"


def _decode(raw: bytes, path: Path) -> str:
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in raw:
        # UTF-16 without a BOM: decodes to Chinese and ASCII text; anything else with NULs is binary.
        if len(raw) % 2 == 0:
            best = max((_utf16_guess(raw, codec) for codec in ("utf-16-le", "utf-16-be")), key=lambda g: g[0])
            if best[0] >= 0.9:
                return _check_text(best[1], path)
        raise _binary(path)
    return _check_text(decode_text(raw, path, InputError), path)


_PLAIN = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\x20-\x7e\t\r\n]")


def _utf16_guess(raw: bytes, codec: str) -> tuple[float, str]:
    """How much of ``raw`` reads as Chinese or ASCII text in ``codec`` (0–1), and the text."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return 0.0, ""
    return (len(_PLAIN.findall(text)) / len(text) if text and CJK_CHAR.search(text) else 0.0), text


def _binary(path: Path) -> InputError:
    return InputError("这不是文本文件（含有二进制数据）", location=Location(path), hint="请给出讲话稿的 .txt、.md 或 .docx 文件")


# Control characters a text file has no business holding (all below U+0020 but \t \n \v \f \r),
# and the replacement character a bad decode leaves.
_UNTEXTUAL = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _check_text(text: str, path: Path) -> str:
    control = len(_UNTEXTUAL.findall(text))
    if control > max(2, len(text) // 200):
        raise _binary(path)
    return text


# --- text and Markdown ----------------------------------------------------

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


# A forum's anti-copy jammer: six or more tokens of one to three ASCII characters ("o0 x- I- f* p0 b0 \\1 T5 …"),
# most of them letters mixed with digits or marks (## 1. Log is the new database: English words, no jammer).
_JAMMER = re.compile(r"[!-~]{1,3}(?:[ \t]+[!-~]{1,3}){5,}(?=\s|$)")


def _unjammed(m: re.Match[str]) -> str:
    tokens = m.group().split()
    return " " if 2 * sum(not token.isalpha() for token in tokens) >= len(tokens) else m.group()


def _clean_line(line: str) -> str:
    line = _INVISIBLE.sub("", line).replace("\xa0", " ")
    line = _JAMMER.sub(_unjammed, line)
    return line.strip(" \t\u3000\r\f\v")


# A web page that lost its paragraph breaks but kept each paragraph's indent (two full-width spaces, or
# four spaces / no-break spaces) inside one long line: the indents are where its paragraphs start.
INDENTED_LINE = 200  # characters; a line this long with INDENTS_INSIDE indents inside is cut at them
INDENTS_INSIDE = 2
_INDENT_INSIDE = re.compile(r"(?<=\S)(?:\u3000{2,}|[ \xa0]{4,})(?=\S)")


def _indented_paragraphs(line: str) -> list[str]:
    """The paragraphs of a long line at the indents inside it, or the line whole."""
    if len(line) < INDENTED_LINE:
        return [line]
    parts = _INDENT_INSIDE.split(line)
    return parts if len(parts) > INDENTS_INSIDE else [line]


# An HTML line-break tag left in a copied page's text (… <br>一、… <br/>…): where a paragraph ended
_HTML_BREAK = re.compile(r"[ \t\u3000]*<br[ \t]*/?>[ \t\u3000]*", re.I)


def text_paragraphs(text: str) -> list[SourceParagraph]:
    """One paragraph a line (as speeches are pasted and shared); numbers are line numbers. An HTML
    line-break tag left in the text breaks its line."""
    out: list[SourceParagraph] = []
    blanks = 0
    page_break = False  # the line before held only invisible characters
    for n, whole in enumerate(text.splitlines(), start=1):
        pieces = _HTML_BREAK.split(whole) if "<" in whole else [whole]
        for line in (part for piece in pieces for part in _indented_paragraphs(piece)):
            cleaned = _clean_line(line)
            if "**" in cleaned:  # a line or two set in Markdown bold in a text too plain to read as Markdown
                cleaned = _MD_BOLD.sub(r"\1", cleaned).strip()
            if cleaned and out and CLOSING_MARKS.match(cleaned):
                # a full stop that a web page pushed onto a line of its own belongs to the line before
                out[-1] = replace(out[-1], text=out[-1].text + cleaned)
            elif cleaned and out and page_break and blanks == 1 and continues(out[-1].text, cleaned):
                # a page break a copy kept as a line of zero-width characters, cutting a sentence (社会财产沒 /
                # ​ / 有遭到損坏): one paragraph, as printed
                out[-1] = replace(out[-1], text=join_lines(out[-1].text, cleaned))
            elif cleaned:
                indent = display_width(line[: len(line) - len(line.lstrip(" \u3000"))])  # (its indent only)
                out.append(SourceParagraph(n, cleaned, blanks_before=blanks if out else 0, indent=indent))
            page_break = not cleaned and bool(_INVISIBLE.search(line))
            blanks = 0 if cleaned else blanks + 1
    return out


# An ATX heading in a cleaned line (_clean_line): its level and its text, which may be empty. Not the rule of
# _MD_HEADING_LINE, which finds one in raw text (indented, a space that stays on the line, some text after it).
# The text is taken whole and its closing #s stripped after: a lazy (.*?) before \s*#*$ is quadratic on runs of spaces
# (##为什么选用 Nacos / ##DNS - F 的技术价值: a Chinese writer's heading with no space after its marks, read as one when
# the line holds Chinese and no other #: #两会# is a hashtag)
_MD_HEADING = re.compile(r"^(#{1,6})(?:\s+|(?=[^\s#][^#]*$))(.*)$")
_MD_RULE = re.compile(r"^([-*_]\s*){3,}$")
# [^<>]: a line of <b without a > is not scanned to its end from each of them
_MD_TAGS = re.compile(r"</?(strong|b|em|i|u|span|br|p|div)\b[^<>]*>", re.I)
# No [ in the text nor ( in the address: else a line of [ or of [a]( is scanned to its end from each of them
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)")
# [Netpoll][Netpoll] / [文档][1] / [Kitex][]: a reference link, its words, when the text defines where it points
# ([netpoll]: https://…, a line of its own and no words of the speech); else brackets as written (研究表明[1][2])
_MD_REF_LINK = re.compile(r"!?\[([^\[\]]+)\]\[([^\[\]]*)\]")
_MD_REF_DEFINITION = re.compile(
    r"^[ \t]{0,3}\[(?!\^)([^\[\]]+)\]:[ \t]*<?[A-Za-z][A-Za-z0-9+.-]*:\S*>?(?:[ \t]+[\"'(].*[\"')])?[ \t]*$"
)
# ![图片](…) on a line of its own (perhaps in bold): a picture; its alt text (图片, or a caption) is no word of
# the speech. (Inside a sentence, 详见通知和![图](b.png)。, the alt text reads as a word and stays.)
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_MD_IMAGE_LINE = re.compile(rf"^[*_\s]*(?:{_MD_IMAGE.pattern}[*_\s]*)+$")
# Title / ===== under it: a Setext heading (level 1; ----- under a line is level 2)
_MD_SETEXT = re.compile(r"^(=+|-+)[ \t]*$")
_NO_SETEXT = re.compile(r"[。！？!?｜|]")  # (in a line above ---: no heading's)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")


def _reference_links_resolved(lines: list[str]) -> list[str]:
    """``lines`` with each reference link whose label the text defines read as its words."""
    defined = {m.group(1).strip().lower() for line in lines if (m := _MD_REF_DEFINITION.match(line))}
    if not defined:
        return lines

    def words(m: re.Match[str]) -> str:
        return m.group(1) if (m.group(2) or m.group(1)).strip().lower() in defined else m.group()

    return [_MD_REF_LINK.sub(words, line) if "][" in line else line for line in lines]


def _md_inline(text: str) -> str:
    text = _MD_TAGS.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    # **要坚持先立后破。** 传统…: the space a writer types after a bold lead is Markdown's, not the sentence's
    text = re.sub(r"([。！？；：，、])(\*\*|__)[ \t]+(?=[\u4e00-\u9fff“‘（])", r"\1\2", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\\*])\*(?!\s)(.+?)(?<!\s)\*", r"\1", text)
    text = text.replace("`", "")
    return _MD_ESCAPE.sub(r"\1", text)


# YAML front matter (Hexo, Hugo, Jekyll): the file opens with a --- line, the next line is a key: line, and a
# --- line closes the block within FRONT_MATTER_LINES lines. A --- followed by anything else is a rule.
FRONT_MATTER_LINES = 40
_FRONT_MATTER_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*[ \t]*:(?:[ \t]|$)")
_FRONT_MATTER_TITLE = re.compile(r"title[ \t]*:(.*)")  # the value is stripped after: a lazy .*? before [ \t]*$ is quadratic
# author: 周启航 / speaker: "孟以宁（…负责人）": a person's name (an office in brackets after it, perhaps)
_FRONT_MATTER_AUTHOR = re.compile(r"(?:author|speaker)[ \t]*:[ \t]*[\"']?([\u4e00-\u9fff]{2,4}(?:[（(][^（）()\n]{1,30}[）)])?)[\"']?[ \t]*$")
# Lines only Markdown writes: an ATX heading (indented or spaced with a full-width space as well, as Chinese
# writers do), a bold lead, an image, a line that is one link. The heading is not _MD_HEADING's: the space here may
# not be a line break (re.M over the whole text) and text must follow, where _MD_HEADING splits a cleaned line.
_MD_HEADING_LINE = re.compile(r"^[ \t\u3000]{0,3}#{1,6}[ \t\u3000]+\S", re.M)
_MD_LINK_LINE = re.compile(r"^\[[^\]\n]+\]\([^)\s]+\)$")
_MD_MARKUP_LINE = re.compile(r"^[ \t]*(?:\*\*[^*\n]+\*\*|!\[[^\]\n]*\]\([^)\n]*\)|\[[^\]\n]+\]\([^)\n]+\)[ \t]*$)", re.M)


def looks_like_markdown(text: str) -> bool:
    """Is this text file clearly Markdown: front matter, a # heading line, a pipe table, a footnote's text and its
    mark, or two lines of bold, image or link markup?"""
    if (
        "#" not in text and "**" not in text and "](" not in text and "|" not in text and "[^" not in text
        and not text.lstrip("\ufeff").startswith("---")
    ):
        return False  # most text files: no need to look line by line
    if _front_matter_block(text) is not None or _MD_HEADING_LINE.search(text):
        return True
    if "|" in text and _pipe_tables(text.splitlines()):
        return True
    if "[^" in text and _FOOTNOTE_TEXT_LINE.search(text) and _FOOTNOTE_MARK.search(text):
        return True
    markup = _MD_MARKUP_LINE.finditer(text)
    return next(markup, None) is not None and next(markup, None) is not None


# A page title as a crawler keeps it: 栏目->标题——副标题 | 网站名
# (no \s* before the separators: tried at each space of a long run, it made the search quadratic; the title is
# stripped after)
_SITE_NAME = re.compile(r"(?:[|｜_]|\s[-–]\s).*$")  # 标题 | 网站 / 标题_栏目_网站 / 标题 - 网站
_BREADCRUMB = re.compile(r"^.*(?:->|»|›)\s*")
_TITLE_DASH = re.compile(r"(?=——|--)")  # the parts are stripped after
SECTION_NAME = 8  # characters; a page title's tail after —— this short names a section of the site


@record(frozen=True)
class _FrontMatter:
    lines: list[str]  # the lines between the opening --- (line 1) and the closing one
    closed: bool  # False: no --- closes it within FRONT_MATTER_LINES lines
    opened: bool = True  # False: the text starts with its title: line, no --- before it


def _front_matter_block(text: str) -> _FrontMatter | None:
    """The front matter block the text opens with, or None when it opens with none (see FRONT_MATTER_LINES).
    Copies also write a blank line after the opening --- (a transcript tool's export), or leave the opening
    --- out and start with the title: line (Hexo): such a block needs its closing --- to count."""
    bare = text.lstrip("\ufeff")
    lines = [line.rstrip("\r") for line in bare.split("\n", FRONT_MATTER_LINES)[:FRONT_MATTER_LINES]]
    if bare.startswith("---"):
        if lines[0].rstrip(" \t") != "---":
            return None
        first = next((k for k in range(1, len(lines)) if lines[k].strip()), len(lines))
        if first >= len(lines) or not _FRONT_MATTER_KEY.match(lines[first]):
            return None
        must_close = first > 1
    elif _FRONT_MATTER_TITLE.match(lines[0]):
        lines = ["---", *lines]
        first, must_close = 1, True
    else:
        return None
    for n, line in enumerate(lines[first + 1 :], start=first + 1):
        if line.rstrip(" \t") == "---":
            return _FrontMatter(lines[1:n], closed=True, opened=bare.startswith("---"))
    return None if must_close else _FrontMatter(lines[1:], closed=False)


def _front_matter(text: str, path: Path) -> tuple[list[SourceParagraph], int]:
    """The title a front matter block gives (as a title line, and its subtitle after ——), and the lines it spans."""
    block = _front_matter_block(text)
    if block is None:
        return [], 0
    if not block.closed:
        raise InputError(
            f"文件开头的 --- 文件头没有结束的 ---（前 {FRONT_MATTER_LINES} 行里没有单独一行的 ---）",
            location=Location(path, 1),
            hint="如果这是文件头（title: 等），请在它的最后一行之后加一行 ---；如果开头的 --- 是分隔线，请删去它或在它后面空一行",
        )
    lines = len(block.lines) + 1 + block.opened
    found = next(((i, m) for i, line in enumerate(block.lines) if (m := _FRONT_MATTER_TITLE.match(line))), None)
    if found is None:
        return [], lines
    author = next(((i, m) for i, line in enumerate(block.lines) if (m := _FRONT_MATTER_AUTHOR.match(line))), None)
    number = found[0] + 1 + block.opened
    value = found[1].group(1).strip().strip("\"'")
    value = _BREADCRUMB.sub("", _SITE_NAME.sub("", value)).strip()
    parts = [part.strip() for part in _TITLE_DASH.split(value, maxsplit=1) if part.strip()]
    if len(parts) == 2 and len(parts[1].lstrip("—-")) <= SECTION_NAME:
        parts = parts[:1]  # 标题--南开要闻: the site's section, not a subtitle
    heads = [SourceParagraph(number, part, declared_title=k == 0) for k, part in enumerate(parts) if _md_inline(part)]
    if author is not None:  # (author: 周启航: the talk's speaker, a byline under the title)
        heads.append(SourceParagraph(author[0] + 1 + block.opened, author[1].group(1)))
    return heads, lines


# **惟“守正”方能“创新”。**百年来，… / **目标再聚焦，**紧紧围绕…: a bold lead opening a paragraph (``bold_lead_text``),
# its text running on after it
_MD_BOLD_LEAD = re.compile(r"^\*\*([^*]{2,80}?)\*\*(?=[ \t\u3000]*\S)")


_MD_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")
# **要****始终坚守…****。**: one bold phrase a converter wrote as several runs, each closed and opened again at once
# (not after a sentence's end: **惟“守正”方能“创新”。****百年来…** is a bold lead, then bold text)
_SPLIT_BOLD = re.compile(r"(?<=[^*\s。！？!?])\*{4}(?=[^*\s])")


def _bold_phrases(line: str) -> tuple[str, ...]:
    """The phrases set in bold in ``line``, markup removed (none for most lines, told without a regex)."""
    if "**" not in line:
        return ()
    return tuple(phrase for m in _MD_BOLD.finditer(line) if (phrase := _md_inline(m.group(1)).strip()))


def _bold_lead(line: str) -> bool:
    """The line opens with a bold lead sentence and its text runs on after it (not a bold line of dialogue)."""
    m = _MD_BOLD_LEAD.match(line)
    return bool(m and bold_lead_text(m.group(1), _MD_BOLD.sub(r"\1", line[m.end() :])) and CJK_CHAR.search(line, m.end()))


def markdown_paragraphs(text: str, path: Path, notes: list[str] | None = None) -> list[SourceParagraph]:
    """Blocks separated by blank lines; # is the title, ## … headings; numbers are line numbers.

    Inside a block a line break still ends a paragraph when the line ends a
    sentence (see ``continues``), unless the whole block is hard-wrapped.
    A front matter block is not text; the title it gives comes first, for the
    header to weigh against the titles in the text (``outline``); one that is
    never closed is an InputError (``path`` says where).
    Footnotes and pipe tables are read as a Word document's are: the marks ([^1]) and the notes' text
    ([^1]: …) left out, each cell of a table a paragraph; ``notes`` is told of them (``source_notes``).
    """
    lines = _reference_links_resolved([_SPLIT_BOLD.sub("", line) for line in text.splitlines()])
    tables = _pipe_tables(lines)
    footnotes = _MarkdownFootnotes(lines)
    if notes is not None:
        notes += footnotes.notes()
        if tables:
            notes.append(tables_note(where_numbers(sorted(tables), "行"), len(tables)))
    images = [n for n, line in enumerate(lines, start=1) if _MD_IMAGE_LINE.match(line)]
    captions = _repeated_alt_texts(lines, images)
    if notes is not None and images:
        count = sum(len(_MD_IMAGE.findall(lines[n - 1])) for n in images)
        notes.append(images_note(where_numbers(images, "行"), count, where_numbers(captions, "行") if captions else ""))
    table_rows = {n: first for first, rows in tables.items() for n in rows}
    out, skip = _front_matter(text, path)
    front = len(out)
    block: list[tuple[int, str, str]] = []  # line number, line as written, inline markup removed
    bulleted: set[int] = set()  # the lines that were list items (- … / * …)

    def flush() -> None:
        if not block:
            return
        wrapped = hard_wrapped([raw for _, raw, _ in block])
        number, parts, bold, phrases = block[0][0], [block[0][2]], _bold_lead(block[0][1]), _bold_phrases(block[0][1])
        for (_, raw, _), (n, following, cleaned) in zip(block, block[1:], strict=False):
            if (wrapped and not facts_line(cleaned)) or continues(raw, following):  # (> 讲话人：… / > 时间：…: a line each)
                parts[-1] = join_lines(parts[-1], cleaned)
                phrases += _bold_phrases(following)
            else:
                if "".join(parts):
                    out.append(SourceParagraph(number, "".join(parts), bold_lead=bold, bold_phrases=phrases, bulleted=number in bulleted))
                number, parts, bold, phrases = n, [cleaned], _bold_lead(following), _bold_phrases(following)
        if "".join(parts):
            out.append(SourceParagraph(number, "".join(parts), bold_lead=bold, bold_phrases=phrases, bulleted=number in bulleted))
        block.clear()

    in_fence = False
    for n, line in enumerate(lines, start=1):
        if n <= skip or n in footnotes.texts:
            continue
        if n in captions:
            flush()
            continue
        if n in table_rows:  # a cell is a paragraph (the delimiter row |---| has none)
            flush()
            out += [SourceParagraph(n, cell) for cell in _table_cells(line)] if n != table_rows[n] + 1 else []
            continue
        raw = _clean_line(footnotes.unmarked(line) if n in footnotes.marked else line)
        if raw.startswith("```"):
            in_fence = not in_fence
            flush()
            continue
        setext = _MD_SETEXT.match(raw) if not in_fence and len(block) == 1 and len(raw) >= 3 else None
        # (Title / =====: the line above is a heading; a paragraph of sentences or a byline of facts parted by bars over
        # ---: a note app's rule under it, as its writer meant)
        if setext and setext.group(1)[0] == "-" and _NO_SETEXT.search(block[0][2]):
            setext = None
        if setext and not MD_LIST.match(block[0][1]):
            (number, _, heading), level = block.pop(), 1 if setext.group(1)[0] == "=" else 2
            if heading:
                out.append(SourceParagraph(number, heading, heading_level=level - 1, is_title=level == 1))
            continue
        if not raw or _MD_RULE.match(raw) or raw.startswith("<!--") or _MD_IMAGE_LINE.match(raw) or _MD_REF_DEFINITION.match(raw):
            flush()
            continue
        raw = raw.lstrip(">").strip() if raw.startswith(">") else raw  # (> ## 引言: a heading quoted too)
        m = _MD_HEADING.match(raw)
        if m and not raw[len(m.group(1))].isspace() and not CJK_CHAR.search(m.group(2)):
            m = None  # (#define / #tag: no space after the marks and no Chinese, no heading)
        if m and not in_fence:
            flush()
            level = len(m.group(1))
            heading = _md_inline(m.group(2).rstrip("#").rstrip()).strip()
            if heading:
                out.append(SourceParagraph(n, heading, heading_level=max(level - 1, 0), is_title=level == 1))
            continue
        if MD_LIST.match(raw) and not re.match(r"^\d+[.)]\S", raw):
            flush()
            if not re.match(r"^\d+[.)]", raw):
                raw = _COPIED_BULLET.sub("", MD_LIST.sub("", raw))
                bulleted.add(n)
        # a line that is one link ([返回首页](…)) is a page's navigation: kept as written, for drop_debris
        block.append((n, raw, raw if _MD_LINK_LINE.match(raw) else _md_inline(raw).strip()))
    flush()
    return _heading_as_title(out, front)


# *	•	自律：…: a list item that kept, after its Markdown mark, the bullet of the page or slide it was copied from
_COPIED_BULLET = re.compile(r"^[•●▪◦]\s*")


# --- Markdown footnotes and pipe tables: read as a Word document's are ----------------------------

# A pipe table (GFM): a row of cells between |, the delimiter row under it (|---|:--:|) with as many cells,
# and the rows after it up to a blank line or a line without a |.
_TABLE_DELIMITER = re.compile(r"^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
# A footnote mark [^1] / [^注释] in the text, and a footnote's text [^1]: … at a line's start (indented at most 3).
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,40}\](?!:)")
_FOOTNOTE_TEXT = re.compile(r"^[ ]{0,3}\[\^[^\]\s]{1,40}\]:")
_FOOTNOTE_TEXT_LINE = re.compile(_FOOTNOTE_TEXT.pattern, re.M)
_FENCE = re.compile(r"^[ \t]{0,3}```")


def _cells(row: str) -> list[str]:
    row = row.strip(" \t\u3000")
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [cell.strip(" \t\u3000") for cell in _CELL_BORDER.split(row)]


def _table_cells(row: str) -> list[str]:
    """The text of each non-empty cell of a table row, inline markup and footnote marks removed."""
    cells = (_md_inline(_FOOTNOTE_MARK.sub("", _INVISIBLE.sub("", cell).replace("\\|", "|"))).strip() for cell in _cells(row))
    return [cell for cell in cells if cell]


def _fenced(lines: list[str]) -> set[int]:
    """The numbers of the lines inside ``` fences (and of the fences): code, no table nor footnote there."""
    inside, fenced = False, set()
    for n, line in enumerate(lines, start=1):
        if _FENCE.match(line):
            inside = not inside
            fenced.add(n)
        elif inside:
            fenced.add(n)
    return fenced


def _pipe_tables(lines: list[str]) -> dict[int, list[int]]:
    """The pipe tables of ``lines``: the number of each one's first row → the numbers of all its rows."""
    fenced = _fenced(lines)
    tables: dict[int, list[int]] = {}
    n = 1
    while n < len(lines):
        head, under = lines[n - 1], lines[n]
        if (
            n not in fenced and "|" in head and "|" in under and _TABLE_DELIMITER.match(under.strip())
            and len(_cells(head)) == len(_cells(under))
        ):
            rows = [n, n + 1]
            while rows[-1] < len(lines) and "|" in lines[rows[-1]] and lines[rows[-1]].strip():
                rows.append(rows[-1] + 1)
            tables[n] = rows
            n = rows[-1] + 1
        else:
            n += 1
    return tables


class _MarkdownFootnotes:
    """The footnotes of a Markdown text: the lines with marks ([^1]) in them, and the lines of the notes'
    text ([^1]: … and the lines that go on with it: unindented up to a blank line, indented after one)."""

    def __init__(self, lines: list[str]) -> None:
        fenced = _fenced(lines)
        self.texts: set[int] = set()
        self.starts: list[int] = []  # the lines a note's text starts on ([^1]: …)
        self.marked: dict[int, int] = {}  # line number → the marks on it
        within, blank = False, False  # in a note's text; a blank line since its last line
        for n, line in enumerate(lines, start=1):
            if n in fenced:
                within = False
                continue
            if _FOOTNOTE_TEXT.match(line):
                self.texts.add(n)
                self.starts.append(n)
                within, blank = True, False
                continue
            if within:
                if not line.strip():
                    blank = True
                    continue
                if line.startswith(("    ", "\t")) or not blank and not line.lstrip().startswith("#"):
                    self.texts.add(n)
                    blank = False
                    continue
                within = False
            if marks := len(_FOOTNOTE_MARK.findall(line)):
                self.marked[n] = marks

    @staticmethod
    def unmarked(line: str) -> str:
        return _FOOTNOTE_MARK.sub("", line)

    def notes(self) -> list[str]:
        """The report's word on them: where the marks are and how many, where the left-out texts are."""
        if not self.marked and not self.texts:
            return []
        texts = where_numbers(self.starts, "行") if self.starts else ""
        if self.marked:
            where = where_numbers(sorted(self.marked), "行")
            return [footnotes_note(where, sum(self.marked.values()), kind="脚注", texts_at=texts)]
        return [footnotes_note(texts, len(self.starts), kind="脚注")]


def images_note(where: str, count: int, captions: str = "") -> str:
    """The report's word on a Markdown text's pictures, left out with their alt text (图片 / a caption), and on
    the caption lines under them that say their alt text again (``captions``: where they are, if any)."""
    repeated = f"；{captions}是图下重复替代文字的说明，也一并略去" if captions else ""
    return f"原稿{where}有图片（共 {count} 张），图片和图片的替代文字没有读入{repeated}；图下的说明如需保留，请手工补进正文"


_ALT_TEXT = re.compile(r"!\[([^\[\]]*)\]")
_PLAIN_ALT = ("", "图片", "图", "image", "img", "picture", "photo")


def _repeated_alt_texts(lines: list[str], images: list[int]) -> list[int]:
    """The numbers of the lines right under a picture (blank lines between) that say its alt text again
    (![图 2 理想中的「赛道」](2.png) / <div class="caption-center">图 2 理想中的「赛道」</div>): its caption."""
    found = []
    for n in images:
        alt = "".join(_ALT_TEXT.findall(lines[n - 1])).strip()
        if alt.lower() in _PLAIN_ALT:
            continue
        k = next((k for k in range(n, len(lines)) if lines[k].strip()), None)
        if k is not None and k + 1 not in images and _md_inline(_clean_line(lines[k])).strip() == alt:
            found.append(k + 1)
    return found


def _heading_as_title(paragraphs: list[SourceParagraph], start: int) -> list[SourceParagraph]:
    """No # title, and the text (from ``start``, after a front matter's title) opens with a heading that
    carries no numbering label and that no other heading outranks or equals (## 在…上的讲话, then ### or no
    headings): it is the title."""
    if start >= len(paragraphs) or any(p.is_title for p in paragraphs):
        return paragraphs
    first = paragraphs[start]
    if not first.heading_level or match_label(first.text) or any(0 < p.heading_level <= first.heading_level for p in paragraphs[start + 1 :]):
        return paragraphs
    paragraphs[start] = SourceParagraph(first.number, first.text, is_title=True)
    return paragraphs


# --- Word (.docx) -----------------------------------------------------------

_DOCX_HINT = "请用 Word 打开检查，或另存为 .docx / .txt 后重试"
_SPEECH_FILES_HINT = "请给出讲话稿的 .docx、.txt 或 .md 文件"


def _docx_error(path: Path, message: str, hint: str = _DOCX_HINT) -> InputError:
    return InputError(message, location=Location(path), hint=hint)


def _not_word(path: Path, package: Package, main: str | None) -> InputError:
    if "xl/workbook.xml" in package:
        return _docx_error(path, "这是 Excel 表格（.xlsx），不是 Word 文档", _SPEECH_FILES_HINT)
    if "ppt/presentation.xml" in package:
        return _docx_error(path, "这是 PowerPoint 演示文稿，不是 Word 文档", _SPEECH_FILES_HINT)
    if main is None:
        return _docx_error(path, "这不是 Word 文档：压缩包里没有 word/document.xml", _SPEECH_FILES_HINT)
    return _docx_error(path, f"这不是可以读取的 Word 文档：{main} 不是 Word 正文", "请在 Word 中另存为“Word 文档（*.docx）”后重试")


def read_docx_paragraphs(path: Path, raw: bytes) -> tuple[list[SourceParagraph], list[str]]:
    """The paragraphs of the Word document ``raw`` (read from ``path``), numbering included, and notes on
    what they leave out (footnotes, comments, tracked changes, tables)."""
    if not raw.startswith(b"PK"):
        raise _docx_error(path, "这不是有效的 Word 文档（.docx）：文件内容不是 docx 格式", "如果是 .doc 或文本文件，请改成正确的扩展名或另存为 .docx")
    try:
        with Package(raw) as package:
            main = package.main_document()
            if main is None:
                raise _not_word(path, package, None)
            document = parse_xml(package.part(main) or b"", main)
            if document.tag != f"{W}document":  # a workbook, a presentation, Strict OOXML …
                raise _not_word(path, package, main)
            # Styles and numbering hang on the main part; files made by hand may lack the rels.
            rels = package.relationships(main)
            folder = posixpath.dirname(main)
            styles = _optional_part(package, rels.get(REL_STYLES) or posixpath.join(folder, "styles.xml"))
            numbering = _optional_part(package, rels.get(REL_NUMBERING) or posixpath.join(folder, "numbering.xml"))
            header = _optional_part(package, rels[REL_HEADER]) if REL_HEADER in rels else None
    except OoxmlError as exc:
        hint = "请确认文件来源" if exc.kind == "hostile" else _DOCX_HINT
        raise _docx_error(path, exc.message_for("Word 文档"), hint) from None
    from .docx_paragraphs import DocxParagraphReader, page_header_title

    reader = DocxParagraphReader(styles, numbering)
    paragraphs = reader.paragraphs(document)
    if (title := page_header_title(header, paragraphs)) is not None:
        paragraphs.insert(0, title)
        reader.notes.append(f"标题只印在页眉里，已读作讲话的标题：{title.text}")
    if not any(CJK_CHAR.search(p.text) for p in paragraphs) and next(document.iter(f"{W}altChunk"), None) is not None:
        # “export to Word” of web sites and office systems: the text is a web page (or document) Word
        # embeds and only turns into paragraphs when it saves the file
        raise _docx_error(
            path,
            "这个 Word 文档的正文是嵌入的网页或文档（altChunk，网站或办公系统“导出为 Word”常这样做），不是 Word 段落",
            "请用 Word 或 WPS 打开它，另存为 .docx 后重试（另存时正文会变成普通段落）；或把全文复制粘贴成 .txt",
        )
    return paragraphs, reader.notes


def _optional_part(package: Package, name: str) -> Any:
    data = package.part(name)
    return parse_xml(data, name) if data is not None else None


# --- a table of contents above the salutation ---------------------------------

CONTENTS_REASON = "正文前的目录"
CONTENTS_ENTRIES = 2  # a table of contents lists at least this many of the speech's headings
CONTENTS_ENTRY = (4, 60)  # characters of an entry (page number and leader dots aside), at least and at most
HEAD_LINE = 60  # characters; a line between the contents and the salutation (a byline, a date) is no longer
# 目录 / 目  录 / 【目录】 / 提纲： / 目录/提纲:…… (spaces are gone)
_CONTENTS_WORD = re.compile(r"^[【\[]?(?:目录|提纲)(?:[/／、](?:目录|提纲))?[】\]]?[：:]?[…．.]*$")
_LEADER_PAGE = re.compile(r"[.．·•…‥_—–\-]*\d{1,4}$")  # …………12 / ....3 / 12 (spaces and tabs are gone)
_HEADING_GOES_ON = "。.，,；;：:！!？?"  # a heading the body prints with its text: 一、擦亮名片。我县……


def _compact(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", _MD_LINK.sub(r"\1", text))


def set_aside_contents(paragraphs: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """A table of contents a page or document prints above the salutation (目录 / 一、… / 二、… / 同志们：):
    two or more lines in a row, each a heading the body after the salutation has, in the body's order (a
    page number after it, leader dots between), perhaps under a 目录 line, and the numbered heading lines
    right under them (entries of a body cut short). They are set aside, for the report to name
    (``CONTENTS_REASON``); the outline is read from the body's own headings."""
    sal = next((i for i, p in enumerate(paragraphs[:PAGE_HEAD_LINES]) if salutation_line(p.text)), None)
    if not sal:
        return paragraphs, []
    body = [_compact(p.text) for p in paragraphs[sal + 1 :]]

    def in_body(text: str, start: int) -> int | None:
        entry = _compact(text)
        for e in dict.fromkeys((entry, _LEADER_PAGE.sub("", entry))):
            if not CONTENTS_ENTRY[0] <= len(e) <= CONTENTS_ENTRY[1] or not CJK_CHAR.search(e):
                continue
            for k in range(start, len(body)):
                if body[k] == e or (body[k].startswith(e) and body[k][len(e)] in _HEADING_GOES_ON):
                    return k
        return None

    i = 0
    while i < sal:
        run, at = i, -1
        while run < sal and (k := in_body(paragraphs[run].text, at + 1)) is not None:
            run, at = run + 1, k
        if run - i < CONTENTS_ENTRIES:
            i += 1
            continue
        while run < sal and _more_contents(paragraphs[run].text):  # entries the body lacks (a page cut it short)
            run += 1
        if all(len(p.text) <= HEAD_LINE and p.text[-1] not in "。！？!?" for p in paragraphs[run:sal]):
            first = i - 1 if i and _CONTENTS_WORD.match(_compact(paragraphs[i - 1].text)) else i
            contents = [DroppedLine(p.number, p.text, CONTENTS_REASON) for p in paragraphs[first:run]]
            return [*paragraphs[:first], *paragraphs[run:]], contents
        i = run  # (prose under the run: a start inside it, which ends where it ends, is no contents either)
    return paragraphs, []


def _more_contents(text: str) -> bool:
    """Under entries the body has: a numbered heading line it lacks (二、… of a page cut short), or …… ."""
    return (bool(match_label(text)) and len(text) <= HEAD_LINE and text[-1] not in "。！？!?") or not text.strip("…．.·")


def dropped_report(dropped: tuple[DroppedLine, ...] | list[DroppedLine]) -> list[str]:
    """The report's lines on what the reading left out: a table of contents set aside, and what is no part of the
    speech's text (web-page debris, a photo caption, notes and documents appended after it, a spreadsheet's fields)."""
    contents = [d for d in dropped if d.reason == CONTENTS_REASON]
    debris = sorted((d for d in dropped if d.reason != CONTENTS_REASON), key=lambda d: d.number)  # (in the order of the file)
    lines = [f"已丢弃不属于讲话正文的内容 {len(debris)} 行：", *(f"  {d.describe()}" for d in debris)] if debris else []
    if contents:
        lines += [f"已略去正文前的目录 {len(contents)} 行（目录不进说明书，要点按正文里的标题读出）：", *(f"  {d.describe()}" for d in contents)]
    return lines
