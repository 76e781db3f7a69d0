"""Word (.docx): a speech laid out to GB/T 9704, with named styles a user can restyle.

The package is written directly as WordprocessingML strings rather than through
python-docx: python-docx's bundled template carries theme fonts (which override
explicit font names and send Chinese text to MS Mincho) and opening it costs
more than the whole render here. Everything that depends only on the style
profile (styles, fonts, settings, footers, page setup) is built once per
profile and cached; a draft then costs one ``document.xml`` and a zip.

The output is deterministic: fixed zip timestamps and member order, document
properties from the speech and profile (creator: the profile's unit or
"jianggao"; dates: the speech's date or SOURCE_DATE_EPOCH, never the clock). Its fingerprint (``writers.docx.guard``) is
stored as a custom property so a later build can tell if the file was edited.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from typing import TYPE_CHECKING

from ...errors import OutputError
from ...ooxml import (
    CONTENT_TYPES_NS,
    CORE_PROPS_NS,
    CUSTOM_PROPS_NS,
    DC_NS,
    DCMITYPE_NS,
    DCTERMS_NS,
    EXTENDED_PROPS_NS,
    PKG_REL_NS,
    R_NS,
    REL_CORE_PROPERTIES,
    REL_CUSTOM_PROPERTIES,
    REL_EXTENDED_PROPERTIES,
    REL_FONT_TABLE,
    REL_FOOTER,
    REL_OFFICE_DOCUMENT,
    REL_SETTINGS,
    REL_STYLES,
    VT_NS,
    W_NS,
    XSI_NS,
    escape,
)
from ...records import field, record
from ...speech import Heading, Paragraph, Speech
from ...zh.title_lines import balanced_lines
from . import styles as xml
from .guard import CUSTOM_PART, FINGERPRINT_PROPERTY, fingerprint
from .styles import XML_HEADER, twips

if TYPE_CHECKING:
    from .profile import StyleProfile, TextStyle
    from .reference import ReferenceDoc

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

_CONTENT_TYPES = (
    XML_HEADER + f'<Types xmlns="{CONTENT_TYPES_NS}">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    "</Types>"
).encode("utf-8")

_ROOT_RELS = (
    XML_HEADER + f'<Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_OFFICE_DOCUMENT}" Target="word/document.xml"/>'
    f'<Relationship Id="rId2" Type="{REL_CORE_PROPERTIES}" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL_EXTENDED_PROPERTIES}" Target="docProps/app.xml"/>'
    f'<Relationship Id="rId4" Type="{REL_CUSTOM_PROPERTIES}" Target="docProps/custom.xml"/>'
    "</Relationships>"
).encode("utf-8")

_DOCUMENT_RELS = (
    XML_HEADER + f'<Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_STYLES}" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{REL_SETTINGS}" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{REL_FONT_TABLE}" Target="fontTable.xml"/>'
    f'<Relationship Id="rId4" Type="{REL_FOOTER}" Target="footer1.xml"/>'
    f'<Relationship Id="rId5" Type="{REL_FOOTER}" Target="footer2.xml"/>'
    "</Relationships>"
).encode("utf-8")

_APP = (
    XML_HEADER + f'<Properties xmlns="{EXTENDED_PROPS_NS}">'
    "<Application>jianggao</Application></Properties>"
).encode("utf-8")

# Characters XML 1.0 forbids (control characters other than tab/newline/CR, lone surrogates, U+FFFE/F).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_RUN_PROPS = '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
_LINE_BREAK = f"<w:r>{_RUN_PROPS}<w:br/></w:r>"


@record(frozen=True)
class _Package:
    """The parts and names that depend only on the profile (and reference document)."""

    static_parts: tuple[tuple[str, bytes], ...]
    style_ids: dict[str, str]
    sect_pr: str
    ink_aligned: bool  # the page setup is ours, with the top margin set above the ink
    # The archive's first bytes, the static parts compressed, and their directory entries:
    # the same for every speech, so a batch compresses them once.
    zip_start: tuple[bytes, tuple[zipfile.ZipInfo, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.static_parts:
                archive.writestr(_zip_info(name), data)
            start = (buffer.getvalue(), tuple(archive.infolist()))
        object.__setattr__(self, "zip_start", start)


_PACKAGES: dict[tuple[int, int], tuple[object, object, _Package]] = {}


def _package(profile: StyleProfile, reference: ReferenceDoc | None) -> _Package:
    key = (id(profile), id(reference))
    cached = _PACKAGES.get(key)
    if cached is not None and cached[0] is profile and cached[1] is reference:
        return cached[2]
    elements = xml.style_elements(profile)
    if reference is None:
        style_ids = {k: xml.STYLE_NAMES[k][0] for k in xml.STYLE_NAMES}
        styles = xml.styles_xml(profile)
        page = xml.page_setup_xml(profile)
    else:
        styles, style_ids = reference.merged_styles(elements, profile)
        page = reference.page_setup_for(profile) or xml.page_setup_xml(profile)
    ink_aligned = reference is None or reference.page_setup_for(profile) is None
    sect_pr = (
        '<w:sectPr><w:footerReference w:type="even" r:id="rId5"/><w:footerReference w:type="default" r:id="rId4"/>'
        + page
        + "</w:sectPr>"
    )
    parts = (
        ("[Content_Types].xml", _CONTENT_TYPES),
        ("_rels/.rels", _ROOT_RELS),
        ("docProps/app.xml", _APP),
        ("word/_rels/document.xml.rels", _DOCUMENT_RELS),
        ("word/styles.xml", styles),
        ("word/settings.xml", xml.settings_xml(profile)),
        ("word/fontTable.xml", xml.font_table_xml(profile)),
        ("word/footer1.xml", xml.footer_xml(profile, style_ids["footer"], even=False)),
        ("word/footer2.xml", xml.footer_xml(profile, style_ids["footer"], even=True)),
    )
    package = _Package(parts, style_ids, sect_pr, ink_aligned)
    if len(_PACKAGES) > 16:
        _PACKAGES.clear()
    _PACKAGES[key] = (profile, reference, package)
    return package


def render_docx(speech: Speech, profile: StyleProfile | None = None, reference: ReferenceDoc | None = None) -> bytes:
    """The .docx of ``speech`` laid out by ``profile`` (default: GB/T 9704), as bytes."""
    if profile is None:
        from .profile import default_profile

        profile = default_profile()
    package = _package(profile, reference)
    parts = [
        *package.static_parts,
        ("docProps/core.xml", _core_xml(speech, profile)),
        ("word/document.xml", _document_xml(speech, profile, package).encode("utf-8")),
    ]
    parts.append((CUSTOM_PART, _custom_xml(fingerprint(parts))))
    start, entries = package.zip_start
    buffer = io.BytesIO()
    buffer.write(start)  # the static parts, as zipfile wrote them (the archive goes on from here)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.filelist.extend(entries)  # listed first in the central directory, as written
        for name, data in parts[len(package.static_parts) :]:
            archive.writestr(_zip_info(name), data)
    return buffer.getvalue()


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, _ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 0  # the same bytes on every platform
    info.external_attr = 0
    return info


# --- document.xml ------------------------------------------------------------


def _clean(text: str) -> str:
    return escape(_ILLEGAL_XML.sub("", text))


def _runs(text: str, char_style: str = "") -> str:
    """Runs for ``text``; newlines become line breaks and tabs tab characters."""
    props = f'<w:rPr><w:rStyle w:val="{char_style}"/><w:rFonts w:hint="eastAsia"/></w:rPr>' if char_style else _RUN_PROPS
    if "\n" not in text and "\t" not in text:
        return f'<w:r>{props}<w:t xml:space="preserve">{_clean(text)}</w:t></w:r>'
    out = []
    for i, line in enumerate(text.split("\n")):
        pieces = [f'<w:t xml:space="preserve">{_clean(p)}</w:t>' if p else "" for p in line.split("\t")]
        body = "<w:tab/>".join(pieces)
        out.append(("<w:br/>" if i else "") + body)
    return f"<w:r>{props}{''.join(out)}</w:r>"


def _capacity(profile: StyleProfile, style: TextStyle) -> int:
    """Characters of ``style`` that fit on one line of the text block."""
    advance = style.size_pt + profile.character_spacing_pt(style)
    return max(2, int(profile.page.text_width_pt / advance + 1e-6)) if advance > 0 else profile.page.chars_per_line


def _centred_runs(text: str, max_chars: int, shape: str) -> str:
    """Centred text too long for a line, broken between words into balanced lines (as a title)."""
    if "\n" in text:
        return _runs(text)
    lines = balanced_lines(text, max_chars, shape)
    return _LINE_BREAK.join(_runs(line) for line in lines)


def _paragraph(style_id: str, runs: str, extra_ppr: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{extra_ppr}</w:pPr>{runs}</w:p>'


def _document_xml(speech: Speech, profile: StyleProfile, package: _Package) -> str:
    ids = package.style_ids
    title = profile.title
    header: list[tuple[str, str]] = []
    header.append((ids["title"], _centred_runs(speech.title, title.max_chars_per_line, title.shape)))
    if speech.subtitle:
        header.append((ids["subtitle"], _centred_runs(speech.subtitle, _capacity(profile, profile.subtitle), title.shape)))
    for byline in speech.bylines:
        header.append((ids["byline"], _centred_runs(byline, _capacity(profile, profile.byline), title.shape)))
    body: list[str] = []
    gap = title.space_after_lines
    before = xml.title_space_before_twips(profile) if package.ink_aligned else 0
    for i, (style_id, runs) in enumerate(header):
        spacing = f' w:before="{before}"' if i == 0 and before else ""
        if i == len(header) - 1 and gap:
            spacing += f' w:after="{twips(gap * profile.line_pitch_pt)}"'
        body.append(_paragraph(style_id, runs, f"<w:spacing{spacing}/>" if spacing else ""))
    if speech.salutation:
        body.append(_paragraph(ids["salutation"], _runs(speech.salutation)))
    normal = ids["body"]
    for block in speech.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 4)
            body.append(_paragraph(ids[f"heading{level}"], _runs(block.full_text)))
        elif isinstance(block, Paragraph):
            if block.run_in and 1 <= block.lead_level <= 4:
                runs = _runs(block.run_in, ids[f"lead{block.lead_level}"]) + (_runs(block.text) if block.text else "")
            else:
                runs = _runs(block.full_text)
            body.append(_paragraph(normal, runs))
    return (
        XML_HEADER + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
        + "".join(body)
        + package.sect_pr
        + "</w:body></w:document>"
    )


# --- document properties -------------------------------------------------------


SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"


def document_stamp(speech: Speech) -> str | None:
    """The document's created/modified time: the speech's date, else ``SOURCE_DATE_EPOCH``
    (the reproducible-builds convention), else none. Never the clock: output stays deterministic."""
    if speech.date is not None:
        return speech.date.isoformat() + "T00:00:00Z"
    raw = os.environ.get(SOURCE_DATE_EPOCH, "").strip()
    if not raw:
        return None
    try:
        moment = dt.datetime.fromtimestamp(int(raw), dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise OutputError(
            f"环境变量 {SOURCE_DATE_EPOCH} 的值“{raw[:40]}”不是有效的时间戳",
            hint="请设为 1970 年以来的整秒数（如 1735689600），或删去这个变量",
        ) from None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _core_xml(speech: Speech, profile: StyleProfile) -> bytes:
    # The creator is the unit the profile names, or jianggao: the speaker did not write the file.
    creator = _clean(profile.unit or "jianggao")
    stamp = document_stamp(speech)
    dates = (
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        if stamp
        else ""
    )
    return (
        XML_HEADER + f'<cp:coreProperties xmlns:cp="{CORE_PROPS_NS}" '
        f'xmlns:dc="{DC_NS}" xmlns:dcterms="{DCTERMS_NS}" '
        f'xmlns:dcmitype="{DCMITYPE_NS}" xmlns:xsi="{XSI_NS}">'
        f"<dc:title>{_clean(speech.title)}</dc:title><dc:creator>{creator}</dc:creator>"
        f"<cp:lastModifiedBy>{creator}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f"{dates}</cp:coreProperties>"
    ).encode("utf-8")


def _custom_xml(value: str) -> bytes:
    return (
        XML_HEADER + f'<Properties xmlns="{CUSTOM_PROPS_NS}" '
        f'xmlns:vt="{VT_NS}">'
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="{FINGERPRINT_PROPERTY}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property></Properties>"
    ).encode("utf-8")
