"""Word (.docx): a speech laid out to GB/T 9704, with named styles a user can restyle.

The package is written directly as WordprocessingML strings rather than through
python-docx: python-docx's bundled template carries theme fonts (which override
explicit font names and send Chinese text to MS Mincho) and opening it costs
more than the whole render here. Everything that depends only on the style
profile (styles, fonts, settings, footers, page setup) is built once per
profile and cached; a draft then costs one ``document.xml`` and a zip.

The output is deterministic: fixed zip timestamps and member order, document
properties derived from the speech only. Its fingerprint (``writers.docx.guard``) is
stored as a custom property so a later build can tell if the file was edited.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from ...speech import Heading, Paragraph, Speech
from ...zh.title_lines import balanced_lines
from . import styles as xml
from .guard import CUSTOM_PART, FINGERPRINT_PROPERTY, fingerprint
from .styles import R_NS, W_NS, XML_HEADER, twips

if TYPE_CHECKING:
    from .profile import StyleProfile
    from .reference import ReferenceDoc

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FALLBACK_DATE = dt.date(2000, 1, 1)

_CONTENT_TYPES = (
    XML_HEADER + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
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

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ROOT_RELS = (
    XML_HEADER + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    f'<Relationship Id="rId4" Type="{_REL}/custom-properties" Target="docProps/custom.xml"/>'
    "</Relationships>"
).encode("utf-8")

_DOCUMENT_RELS = (
    XML_HEADER + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rId4" Type="{_REL}/footer" Target="footer1.xml"/>'
    f'<Relationship Id="rId5" Type="{_REL}/footer" Target="footer2.xml"/>'
    "</Relationships>"
).encode("utf-8")

_APP = (
    XML_HEADER + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>jianggao</Application></Properties>"
).encode("utf-8")

# Characters XML 1.0 forbids (control characters other than tab/newline/CR, lone surrogates, U+FFFE/F).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_RUN_PROPS = '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'


@dataclass(frozen=True)
class _Package:
    """The parts and names that depend only on the profile (and reference document)."""

    static_parts: tuple[tuple[str, bytes], ...]
    style_ids: dict[str, str]
    sect_pr: str
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
        styles, style_ids = reference.merged_styles(elements)
        page = reference.page_setup or xml.page_setup_xml(profile)
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
        ("word/settings.xml", xml.settings_xml()),
        ("word/fontTable.xml", xml.font_table_xml(profile)),
        ("word/footer1.xml", xml.footer_xml(profile, style_ids["footer"], even=False)),
        ("word/footer2.xml", xml.footer_xml(profile, style_ids["footer"], even=True)),
    )
    package = _Package(parts, style_ids, sect_pr)
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
        ("docProps/core.xml", _core_xml(speech)),
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


def _paragraph(style_id: str, runs: str, extra_ppr: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{extra_ppr}</w:pPr>{runs}</w:p>'


def _document_xml(speech: Speech, profile: StyleProfile, package: _Package) -> str:
    ids = package.style_ids
    title = profile.title
    header: list[tuple[str, str]] = []
    lines = balanced_lines(speech.title, title.max_chars_per_line, title.shape)
    header.append((ids["title"], "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:br/></w:r>".join(_runs(line) for line in lines)))
    if speech.subtitle:
        header.append((ids["subtitle"], _runs(speech.subtitle)))
    for byline in speech.bylines:
        header.append((ids["byline"], _runs(byline)))
    body: list[str] = []
    gap = title.space_after_lines
    for i, (style_id, runs) in enumerate(header):
        extra = ""
        if i == len(header) - 1 and gap:
            extra = f'<w:spacing w:after="{twips(gap * profile.line_pitch_pt)}"/>'
        body.append(_paragraph(style_id, runs, extra))
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


def _core_xml(speech: Speech) -> bytes:
    stamp = (speech.date or _FALLBACK_DATE).isoformat() + "T00:00:00Z"
    author = _clean(speech.author)
    return (
        XML_HEADER + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{_clean(speech.title)}</dc:title><dc:creator>{author}</dc:creator>"
        f"<cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    ).encode("utf-8")


def _custom_xml(value: str) -> bytes:
    return (
        XML_HEADER + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="{FINGERPRINT_PROPERTY}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property></Properties>"
    ).encode("utf-8")
