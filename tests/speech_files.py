"""Building speech files for the reader's tests: encodings, Markdown, Word with generated numbering."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
  <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>"""

# Level 0: 一、 (chineseCounting), level 1: （一）, level 2: 1. — what a Chinese Word user sets up.
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


def paragraph_xml(text: str, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    # split the text over two runs, as Word does after an edit
    half = len(text) // 2
    runs = "".join(f"<w:r><w:t xml:space=\"preserve\">{escape(part)}</w:t></w:r>" for part in (text[:half], text[half:]) if part)
    return f"<w:p>{ppr}{runs}</w:p>"


def document_xml(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'


def write_docx(
    path: Path,
    paragraphs: list[str],
    *,
    numbering: str = NUMBERING,
    styles: str = STYLES,
    document: str | None = None,
    extra: dict[str, str] | None = None,
) -> Path:
    """A Word document of ``paragraphs`` (or of the raw ``document`` part), plus ``extra`` entries."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document if document is not None else document_xml("".join(paragraphs)))
        z.writestr("word/styles.xml", styles)
        z.writestr("word/numbering.xml", numbering)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


# --- hostile and broken packages -----------------------------------------------------

SECRET = "绝密：这一行不得出现在任何输出里"
_LAUGHS = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))


def billion_laughs(root: str) -> str:
    """The element ``root`` behind a DOCTYPE whose entities would expand to 10⁹ "lol"s, used in it."""
    return f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY lol0 "lol">{_LAUGHS}]>' + root.replace(">", ">&lol9;", 1)


def external_entity(root: str, secret: Path) -> str:
    """The element ``root`` with an external entity that would read ``secret`` (written here) into it."""
    secret.write_text(SECRET, encoding="utf-8")
    return f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>' + root.replace(">", ">&xxe;", 1)


def nested(depth: int) -> str:
    """WordprocessingML elements nested ``depth`` deep."""
    return "<w:sdt>" * depth + "</w:sdt>" * depth


def padded(root: str, size: int) -> str:
    """The element ``root`` padded with ``size`` spaces: deflates about 1000:1."""
    return root.replace(">", ">" + " " * size, 1)


def lie_about_size(path: Path, name: str, declared: int) -> Path:
    """Rewrite the zip headers of ``name`` to claim ``declared`` uncompressed bytes, as zip bombs do."""
    data = bytearray(path.read_bytes())
    size = declared.to_bytes(4, "little")
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + length] == name.encode():
            data[at + 24 : at + 28] = size  # central directory
            local = int.from_bytes(data[at + 42 : at + 46], "little")
            data[local + 22 : local + 26] = size  # local header
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


def many_entries(count: int) -> dict[str, str]:
    return {f"customXml/item{i}.xml": "<a/>" for i in range(count)}


_BODY = document_xml(paragraph_xml("同志们：") + paragraph_xml("今天召开会议。"))

# Word documents that mine and check must refuse in one line: case → (builder, words in the message).
BAD_WORD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "broken-document": (lambda d: write_docx(d / "speech.docx", [], document=_BODY[:-20]), "word/document.xml 已损坏（XML 无法解析"),
    "broken-styles": (lambda d: write_docx(d / "speech.docx", [], document=_BODY, styles=STYLES[:-30]), "word/styles.xml 已损坏"),
    "broken-numbering": (lambda d: write_docx(d / "speech.docx", [], document=_BODY, numbering=NUMBERING[:-30]), "word/numbering.xml 已损坏"),
    "entity-bomb": (lambda d: write_docx(d / "speech.docx", [], document=_BODY, styles=billion_laughs(STYLES.split("?>", 1)[1].strip())), "word/styles.xml 含有 DOCTYPE"),
    "external-entity": (lambda d: write_docx(d / "speech.docx", [], document=external_entity(document_xml(paragraph_xml("")).split("?>", 1)[1], d / "secret.txt")), "word/document.xml 含有 DOCTYPE"),
    "deep-nesting": (lambda d: write_docx(d / "speech.docx", [], document=document_xml(nested(300))), "word/document.xml 嵌套超过 256 层"),
    "many-entries": (lambda d: write_docx(d / "speech.docx", [], document=_BODY, extra=many_entries(5000)), "个条目（上限 5000）"),
    "lying-header": (lambda d: lie_about_size(write_docx(d / "speech.docx", [], document=padded(_BODY, 16 * 1024 * 1024)), "word/document.xml", 4096), "无法读取 word/document.xml"),
    "ratio-bomb": (lambda d: write_docx(d / "speech.docx", [], document=padded(_BODY, 4 * 1024 * 1024)), "压缩炸弹"),
}


def read_copy(tmp_path: Path, text: str):
    """Read ``text`` as a pasted .txt copy of a speech."""
    from jianggao.reader.speech_file import read_speech

    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return read_speech(path)


def outline_levels(read) -> tuple[list[str], list[str]]:
    """The headings read at the top level and at the second."""
    nodes = list(read.outline.nodes())
    return [n.heading for n in nodes if n.depth == 1], [n.heading for n in nodes if n.depth == 2]


def top_headings(tmp_path: Path, text: str) -> list[str]:
    """The top-level headings read from ``text`` as a pasted .txt copy."""
    return outline_levels(read_copy(tmp_path, text))[0]


# --- what a Word document holds beyond its paragraphs' text -------------------------------

MEETING_SPEECH = [
    "在2025年全市防汛工作会议上的讲话",
    "同志们：",
    "今天召开全市防汛工作会议，部署今年的防汛工作。下面，我讲三点意见。",
    "一、提高认识，增强做好防汛工作的责任感",
    "防汛工作关系群众生命财产安全，丝毫不能放松。",
    "二、突出重点，扎实做好汛前各项准备",
    "要抓紧排查水库、堤防和城市易涝点，逐一落实整改责任。",
    "三、压实责任，确保安全度汛",
    "各级防汛责任人要在岗在位，确保信息畅通。",
    "同志们，防汛工作责任重大。让我们坚守岗位，确保安全度汛！",
]
FOOTNOTE_TEXT = "数据来源：市水务局年度统计。"
_FOOTNOTE_REF = (
    "<w:p><w:r><w:t>防汛物资储备比上年增加三成。</w:t></w:r>"
    '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
)
_FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
    f'<w:footnote w:id="1"><w:p><w:r><w:t>{FOOTNOTE_TEXT}</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
_FOOTNOTE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    "</Relationships>"
)
_TABLE = (
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>去年</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>转移群众</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1200人</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
)
TRACKED_KEPT, TRACKED_DELETED = "实行领导带班，", "坚决杜绝脱岗漏岗，"
_TRACKED = (
    "<w:p><w:r><w:t>要严格落实值班制度，</w:t></w:r>"
    f'<w:del w:id="3" w:author="秘书"><w:r><w:delText>{TRACKED_DELETED}</w:delText></w:r></w:del>'
    f'<w:ins w:id="4" w:author="秘书"><w:r><w:t>{TRACKED_KEPT}</w:t></w:r></w:ins>'
    "<w:r><w:t>确保信息畅通。</w:t></w:r></w:p>"
)
_COMMENTED = (
    '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>汛期值班表要在五月底前报送。</w:t></w:r><w:commentRangeEnd w:id="0"/>'
    '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
)


def meeting_docx(path: Path, extra: str) -> Path:
    """The flood-control meeting speech as a Word document: ``extra`` ("footnote", "table", "tracked" or
    "comment") inside its points, after the fifth paragraph."""
    body, parts = {
        "footnote": (_FOOTNOTE_REF, {"word/footnotes.xml": _FOOTNOTES, "word/_rels/document.xml.rels": _FOOTNOTE_RELS}),
        "table": (_TABLE, {}),
        "tracked": (_TRACKED, {}),
        "comment": (_COMMENTED, {}),
    }[extra]
    paragraphs = [paragraph_xml(t) for t in MEETING_SPEECH]
    paragraphs.insert(5, body)
    return write_docx(path, [], document=document_xml("".join(paragraphs)), extra=parts)
