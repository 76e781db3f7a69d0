"""A user's Word template (``--reference-doc house.docx``): its styles and page setup.

Like pandoc's reference documents: the draft takes the reference's styles
(matched by style *name*, since a Chinese Word writes ids such as ``1`` or
``a``) and its page size, margins and grid. Styles jianggao needs that the
reference lacks are added from the style profile. Theme fonts in the
reference's styles are resolved to explicit font names through its theme and
the theme attributes dropped, so the draft carries no theme font anywhere.
Automatic numbering (``w:numPr``) is removed from the styles the draft uses:
jianggao writes 一、（一）1.（1） as text, and the numbering part is not carried over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import Location, ProfileError
from ...ooxml import REL_STYLES, REL_THEME, W_NS, A, OoxmlError, Package, W, parse_xml
from ...text_files import read_user_bytes
from .styles import STYLE_NAMES

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PAGE_ELEMENTS = ("pgSz", "pgMar", "cols", "docGrid")
_THEME_ATTRS = {"asciiTheme": "ascii", "hAnsiTheme": "hAnsi", "eastAsiaTheme": "eastAsia", "cstheme": "cs"}


@dataclass(frozen=True)
class ReferenceDoc:
    """What a draft takes from the user's .docx."""

    path: Path
    styles_xml: bytes  # already parsed once by load_reference: known to be sound
    theme_fonts: dict[str, str] = field(default_factory=dict)
    page_setup: str | None = None
    styles_part: str = "word/styles.xml"

    def merged_styles(self, ours: dict[str, str]) -> tuple[bytes, dict[str, str]]:
        """The reference's styles plus any of ``ours`` it lacks, and the style id of each logical style."""
        from lxml import etree

        root = parse_xml(self.styles_xml, self.styles_part)
        _resolve_theme_fonts(root, self.theme_fonts)
        by_name: dict[tuple[str, str], Any] = {}
        taken: set[str] = set()
        for style in root.iter(f"{W}style"):
            name = style.find(f"{W}name")
            style_id = style.get(f"{W}styleId", "")
            taken.add(style_id)
            if name is not None:
                by_name.setdefault((style.get(f"{W}type", "paragraph"), name.get(f"{W}val", "").lower()), style)
        ids: dict[str, str] = {}
        added: list[tuple[str, Any]] = []
        for key, (our_id, name) in STYLE_NAMES.items():
            kind = "character" if key.startswith("lead") else "paragraph"
            theirs = by_name.get((kind, name.lower()))
            if kind == "character" and theirs is None:
                theirs = _linked_style(root, ids.get(f"heading{key[-1]}"), by_name)
            if theirs is not None:
                ids[key] = theirs.get(f"{W}styleId")
                _drop_numbering(theirs)
                continue
            new_id = our_id
            while new_id in taken:
                new_id += "Jg"
            taken.add(new_id)
            ids[key] = new_id
            element = etree.fromstring(f'<w:root xmlns:w="{W_NS}">{ours[key]}</w:root>')[0]  # our own markup
            element.set(f"{W}styleId", new_id)
            added.append((key, element))
        for key, element in added:
            for ref in ("basedOn", "next", "link"):
                child = element.find(f"{W}{ref}")
                if child is None:
                    continue
                target = _logical_of(child.get(f"{W}val"))
                if target is None or target not in ids:
                    element.remove(child)
                else:
                    child.set(f"{W}val", ids[target])
            if key.startswith("lead"):
                heading = _find_id(root, ids[f"heading{key[-1]}"])
                rpr = heading.find(f"{W}rPr") if heading is not None else None
                if rpr is not None:  # the lead looks like the reference's heading
                    old = element.find(f"{W}rPr")
                    element.replace(old, etree.fromstring(etree.tostring(rpr)))
            root.append(element)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), ids


def _logical_of(style_id: str | None) -> str | None:
    for key, (our_id, _) in STYLE_NAMES.items():
        if our_id == style_id:
            return key
    return None


def _find_id(root: Any, style_id: str | None) -> Any:
    if style_id is None:
        return None
    for style in root.iter(f"{W}style"):
        if style.get(f"{W}styleId") == style_id:
            return style
    return None


def _linked_style(root: Any, heading_id: str | None, by_name: dict) -> Any:
    """The character style a reference links to its heading style, if any."""
    heading = _find_id(root, heading_id)
    link = heading.find(f"{W}link") if heading is not None else None
    if link is None:
        return None
    linked = _find_id(root, link.get(f"{W}val"))
    return linked if linked is not None and linked.get(f"{W}type") == "character" else None


def _drop_numbering(style: Any) -> None:
    ppr = style.find(f"{W}pPr")
    if ppr is not None:
        for num in ppr.findall(f"{W}numPr"):
            ppr.remove(num)


def _resolve_theme_fonts(root: Any, theme_fonts: dict[str, str]) -> None:
    """Replace theme font references with the theme's font names; drop the references."""
    for fonts in root.iter(f"{W}rFonts"):
        for theme_attr, plain_attr in _THEME_ATTRS.items():
            value = fonts.get(f"{W}{theme_attr}")
            if value is None:
                continue
            del fonts.attrib[f"{W}{theme_attr}"]
            name = theme_fonts.get(value)
            if name:
                fonts.set(f"{W}{plain_attr}", name)


def _theme_fonts(root: Any) -> dict[str, str]:
    """``minorHAnsi`` → ``Calibri``, ``minorEastAsia`` → ``等线`` … from a parsed theme part."""
    out: dict[str, str] = {}
    for kind in ("major", "minor"):
        scheme = root.find(f".//{A}{kind}Font")
        if scheme is None:
            continue
        latin = scheme.find(f"{A}latin")
        ea = scheme.find(f"{A}ea")
        cs = scheme.find(f"{A}cs")
        hans = scheme.find(f"{A}font[@script='Hans']")
        latin_name = latin.get("typeface", "") if latin is not None else ""
        ea_name = (ea.get("typeface", "") if ea is not None else "") or (hans.get("typeface", "") if hans is not None else "")
        cs_name = cs.get("typeface", "") if cs is not None else ""
        out[f"{kind}Ascii"] = out[f"{kind}HAnsi"] = latin_name
        out[f"{kind}EastAsia"] = ea_name
        out[f"{kind}Bidi"] = cs_name
    return {k: v for k, v in out.items() if v}


def _fail(path: Path, message: str, hint: str) -> ProfileError:
    return ProfileError(message, location=Location(path), hint=hint)


def load_reference(path: Path) -> ReferenceDoc:
    """Read ``path`` as a Word document; ``ProfileError`` (one line) if it is not a usable .docx."""
    if not path.exists():
        raise _fail(path, "找不到参考文档", "请检查 --reference-doc 的路径")
    if path.is_dir():
        raise _fail(path, "参考文档是一个文件夹", "请给出 .docx 文件的路径")
    magic = read_user_bytes(path, ProfileError, limit=8, head=True)
    if magic == _OLE_MAGIC:
        raise _fail(path, "参考文档是旧版 Word（.doc）格式", "请在 Word 中“另存为” .docx 后再用")
    try:
        with Package(path) as package:
            main = package.main_document()
            if main is None:
                raise _fail(path, "不是 Word 文档（.docx 中缺少正文部分）", "请给出用 Word 或 WPS 保存的 .docx 文件")
            rels = package.relationships(main)
            styles_name = rels.get(REL_STYLES)
            styles_xml = package.part(styles_name) if styles_name else None
            if styles_name is None or styles_xml is None:
                raise _fail(path, "参考文档中没有样式", "请在 Word 中打开并保存一次，或换一个 .docx")
            parse_xml(styles_xml, styles_name)  # a broken reference fails here, not halfway through a build
            theme_name = rels.get(REL_THEME)
            theme_xml = package.part(theme_name) if theme_name else None
            theme = _theme_fonts(parse_xml(theme_xml, theme_name)) if theme_name and theme_xml is not None else {}
            document = parse_xml(package.part(main) or b"", main)
    except OoxmlError as exc:
        raise _fail(path, exc.message_for("参考文档"), _HINTS[exc.kind]) from None
    return ReferenceDoc(path=path, styles_xml=styles_xml, theme_fonts=theme, page_setup=_page_setup(document), styles_part=styles_name)


_HINTS = {
    "archive": "请换一个用 Word 保存的 .docx",
    "xml": "请在 Word 中打开并另存一次",
    "hostile": "请确认文件来源，或换一个用 Word 保存的 .docx",
}


def _page_setup(document: Any) -> str | None:
    """Page size, margins, columns and grid of the reference's last section, as sectPr children."""
    body = document.find(f"{W}body")
    sections = body.findall(f"{W}sectPr") if body is not None else []
    if not sections:
        sections = document.findall(f".//{W}sectPr")
    if not sections:
        return None
    section = sections[-1]
    parts = []
    for name in _PAGE_ELEMENTS:
        element = section.find(f"{W}{name}")
        if element is not None:
            parts.append(_as_w_xml(element))
    return "".join(parts) or None


def _as_w_xml(element: Any) -> str:
    """``element`` as ``w:``-prefixed XML (no namespace declarations; the document root has them).
    Only WordprocessingML elements and attributes are kept."""
    from xml.sax.saxutils import quoteattr

    local = element.tag[len(W) :]
    attrs = "".join(
        f" w:{name[len(W):]}={quoteattr(value)}" for name, value in element.attrib.items() if name.startswith(W)
    )
    children = "".join(_as_w_xml(child) for child in element if isinstance(child.tag, str) and child.tag.startswith(W))
    return f"<w:{local}{attrs}>{children}</w:{local}>" if children else f"<w:{local}{attrs}/>"
