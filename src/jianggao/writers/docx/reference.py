"""A user's Word template (``--reference-doc house.docx``): its styles and page setup.

Like pandoc's reference documents: the draft takes the reference's styles
(matched by style *name*, since a Chinese Word writes ids such as ``1`` or
``a``) and its page size, margins and grid. Styles jianggao needs that the
reference lacks are added from the style profile. Theme fonts in the
reference's styles are resolved to explicit font names through its theme and
the theme attributes dropped, so the draft carries no theme font anywhere.
Automatic numbering (``w:numPr``) is removed from every style: jianggao writes
一、（一）1.（1） as text, and the numbering part is not carried over.

What the layout promises stays unless the profile says otherwise: Chinese
(``w:lang w:eastAsia="zh-CN"``), an East Asian font on every style the draft uses
(the profile's where the reference names none), black text (an ordinary template's
blue headings are not a house style for a speech), and the profile's page when the
reference's paper is another size (pandoc's and python-docx's templates are US
Letter). Copied XML is rewritten into the schema's element order, since ordinary
templates carry order faults (``w:qFormat`` after ``w:pPr``, ``w:bCs`` after
``w:i``…) that strict readers reject.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...errors import Location, ProfileError
from ...ooxml import REL_STYLES, REL_THEME, W_NS, A, OoxmlError, Package, W, parse_xml, quoteattr
from ...records import field, record
from ...text_files import read_user_bytes
from .profile import StyleProfile
from .styles import STYLE_NAMES

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PAGE_ELEMENTS = ("pgSz", "pgMar", "cols", "docGrid")
_THEME_ATTRS = {"asciiTheme": "ascii", "hAnsiTheme": "hAnsi", "eastAsiaTheme": "eastAsia", "cstheme": "cs"}


@record(frozen=True)
class ReferenceDoc:
    """What a draft takes from the user's .docx."""

    path: Path
    styles_xml: bytes  # already parsed once by load_reference: known to be sound
    theme_fonts: dict[str, str] = field(default_factory=dict)
    page_setup: str | None = None
    styles_part: str = "word/styles.xml"
    paper_twips: tuple[int, int] | None = None

    def page_setup_for(self, profile: StyleProfile) -> str | None:
        """The reference's page setup, if its paper is the profile's; else None (the profile's page)."""
        if self.page_setup is None or self.paper_twips is None:
            return None
        want = (_mm_twips(profile.page.width_mm), _mm_twips(profile.page.height_mm))
        if all(abs(a - b) <= 57 for a, b in zip(self.paper_twips, want, strict=True)):  # within 1 mm
            return self.page_setup
        return None

    def merged_styles(self, ours: dict[str, str], profile: StyleProfile) -> tuple[bytes, dict[str, str]]:
        """The reference's styles plus any of ``ours`` it lacks, and the style id of each logical style."""
        from lxml import etree

        root = parse_xml(self.styles_xml, self.styles_part)
        themed = _resolve_theme_fonts(root, self.theme_fonts)
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
        _keep_layout_promises(root, ids, profile, themed)
        _schema_order(root)
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


def _mm_twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def _child(parent: Any, name: str) -> Any:
    """``parent``'s ``w:name`` child, created if missing (order is fixed afterwards)."""
    from lxml import etree

    found = parent.find(f"{W}{name}")
    return found if found is not None else etree.SubElement(parent, f"{W}{name}")


def _keep_layout_promises(root: Any, ids: dict[str, str], profile: StyleProfile, themed: set[Any]) -> None:
    """zh-CN, East Asian fonts, black text; no numbering (the part is not shipped). A style the
    draft uses takes the profile's Chinese font unless the template names one itself (a theme's
    generic 宋体/等线 is no house choice)."""
    for num in list(root.iter(f"{W}numPr")):
        num.getparent().remove(num)
    for color in root.iter(f"{W}color"):
        for name in ("themeColor", "themeShade", "themeTint"):
            color.attrib.pop(f"{W}{name}", None)
        color.set(f"{W}val", "000000")
    for lang in root.iter(f"{W}lang"):
        lang.set(f"{W}eastAsia", "zh-CN")
    defaults = root.find(f"{W}docDefaults")
    if defaults is None:
        defaults = root.makeelement(f"{W}docDefaults", {})
        root.insert(0, defaults)
    rpr = _child(_child(defaults, "rPrDefault"), "rPr")
    fonts = _child(rpr, "rFonts")
    if not fonts.get(f"{W}eastAsia"):
        fonts.set(f"{W}eastAsia", profile.body.font)
    lang = _child(rpr, "lang")
    lang.set(f"{W}eastAsia", "zh-CN")
    if lang.get(f"{W}val") is None:
        lang.set(f"{W}val", "en-US")
    _child(rpr, "color").set(f"{W}val", "000000")
    by_id = {style.get(f"{W}styleId"): style for style in root.iter(f"{W}style")}
    for style in by_id.values():  # references to styles the template does not have
        for ref in ("basedOn", "next", "link"):
            child = style.find(f"{W}{ref}")
            if child is not None and child.get(f"{W}val") not in by_id:
                style.remove(child)
    for key, style_id in ids.items():
        style = by_id.get(style_id)
        if style is None or key == "footer":
            continue
        logical = profile.heading(int(key[-1])) if key.startswith(("heading", "lead")) else getattr(profile, key)
        fonts = _child(_child(style, "rPr"), "rFonts")
        if not fonts.get(f"{W}eastAsia") or fonts in themed:
            fonts.set(f"{W}eastAsia", logical.font)


# Element order of the complex types a styles part holds (ECMA-376 Part 1, wml.xsd, Transitional).
_ORDER: dict[str, tuple[str, ...]] = {
    "styles": ("docDefaults", "latentStyles", "style"),
    "docDefaults": ("rPrDefault", "pPrDefault"),
    "style": (
        "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden",
        "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid",
        "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr",
    ),
    "pPr": (
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
        "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
        "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
        "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ),
    "rPr": (
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
        "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
        "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
        "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange",
    ),
    "tblPr": (
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
        "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
        "tblCaption", "tblDescription", "tblPrChange",
    ),
    "tcPr": (
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
        "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge",
        "tcPrChange",
    ),
    "tblStylePr": ("pPr", "rPr", "tblPr", "trPr", "tcPr"),
    "pBdr": ("top", "left", "bottom", "right", "between", "bar"),
    "tblBorders": ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV"),
    "tcBorders": ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV", "tl2br", "tr2bl"),
    "tblCellMar": ("top", "left", "start", "bottom", "right", "end"),
    "tcMar": ("top", "left", "start", "bottom", "right", "end"),
}


def _schema_order(root: Any) -> None:
    """Put the children of every element of a known type into schema order (stable; elements
    of other namespaces keep their place relative to each other, after the known ones)."""
    for element in root.iter(f"{W}*"):
        order = _ORDER.get(element.tag[len(W) :])
        if order is None or len(element) < 2:
            continue
        rank = {f"{W}{name}": i for i, name in enumerate(order)}
        children = list(element)
        ordered = sorted(children, key=lambda child: rank.get(child.tag, len(order)))
        if ordered != children:
            for child in children:
                element.remove(child)
            element.extend(ordered)


def _resolve_theme_fonts(root: Any, theme_fonts: dict[str, str]) -> set[Any]:
    """Replace theme font references with the theme's font names; drop the references.
    Returns the ``w:rFonts`` elements whose East Asian font came from the theme only."""
    from_theme = set()
    for fonts in root.iter(f"{W}rFonts"):
        for theme_attr, plain_attr in _THEME_ATTRS.items():
            value = fonts.get(f"{W}{theme_attr}")
            if value is None:
                continue
            del fonts.attrib[f"{W}{theme_attr}"]
            name = theme_fonts.get(value)
            if name and fonts.get(f"{W}{plain_attr}") is None:
                fonts.set(f"{W}{plain_attr}", name)
                if plain_attr == "eastAsia":
                    from_theme.add(fonts)
    return from_theme


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
    return ReferenceDoc(
        path=path,
        styles_xml=styles_xml,
        theme_fonts=theme,
        page_setup=_page_setup(document),
        styles_part=styles_name,
        paper_twips=_paper(document),
    )


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


def _paper(document: Any) -> tuple[int, int] | None:
    """The reference's paper size in twips (width, height), if its last section gives one."""
    sizes = document.findall(f".//{W}sectPr/{W}pgSz")
    if not sizes:
        return None
    try:
        return int(sizes[-1].get(f"{W}w", "")), int(sizes[-1].get(f"{W}h", ""))
    except ValueError:
        return None


def _as_w_xml(element: Any) -> str:
    """``element`` as ``w:``-prefixed XML (no namespace declarations; the document root has them).
    Only WordprocessingML elements and attributes are kept."""

    local = element.tag[len(W) :]
    attrs = "".join(
        f" w:{name[len(W):]}={quoteattr(value)}" for name, value in element.attrib.items() if name.startswith(W)
    )
    children = "".join(_as_w_xml(child) for child in element if isinstance(child.tag, str) and child.tag.startswith(W))
    return f"<w:{local}{attrs}>{children}</w:{local}>" if children else f"<w:{local}{attrs}/>"
