"""A style profile as WordprocessingML: styles, fonts, settings, footers, page setup.

Everything here depends only on the profile, so the Word writer builds it once
per profile and reuses it for every draft of a batch. Fonts are always named
explicitly (``w:ascii``/``w:hAnsi``/``w:cs`` = the Latin font, ``w:eastAsia`` =
the Chinese font); there is no theme part and no theme font attribute, which
would otherwise override the names (Word resolves ``w:asciiTheme`` before
``w:ascii``).

Sizes: points × 2 = half-points (``w:sz``), points × 20 = twips (spacing,
indents), millimetres → twips through 1440 / 25.4.
"""

from __future__ import annotations

from ...ooxml import R_NS, W_NS, escape, quoteattr
from .profile import MM_PER_PT, StyleProfile, TextStyle

XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Logical style → (styleId, w:name). Built-in names where Word has one, so a
# Chinese Word shows them as 正文, 标题, 副标题, 称呼, 标题 1 … and keeps
# the outline; custom names are Chinese.
STYLE_NAMES: dict[str, tuple[str, str]] = {
    "body": ("Normal", "Normal"),
    "title": ("Title", "Title"),
    "subtitle": ("Subtitle", "Subtitle"),
    "byline": ("Byline", "讲稿署名"),
    "salutation": ("Salutation", "Salutation"),
    "heading1": ("Heading1", "heading 1"),
    "heading2": ("Heading2", "heading 2"),
    "heading3": ("Heading3", "heading 3"),
    "heading4": ("Heading4", "heading 4"),
    "lead1": ("Heading1Char", "标题 1 字符"),
    "lead2": ("Heading2Char", "标题 2 字符"),
    "lead3": ("Heading3Char", "标题 3 字符"),
    "lead4": ("Heading4Char", "标题 4 字符"),
    "footer": ("PageNumber", "讲稿页码"),
}

_JC = {"left": "left", "center": "center", "right": "right", "justify": "both", "distribute": "distribute"}


def twips(points: float) -> int:
    return round(points * 20)


def mm_twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def attr(value: str) -> str:
    return quoteattr(value)


def fonts_xml(latin: str, east_asian: str) -> str:
    la, ea = attr(latin), attr(east_asian)
    return f"<w:rFonts w:ascii={la} w:hAnsi={la} w:eastAsia={ea} w:cs={la}/>"


def indent_twips(profile: StyleProfile, style: TextStyle) -> int:
    """First-line indent: ``indent_chars`` glyph advances (size + character spacing)."""
    return twips(style.indent_chars * (style.size_pt + profile.character_spacing_pt(style)))


def first_line_indent_xml(profile: StyleProfile, style: TextStyle) -> str:
    """The indent in character units (Word's dialog shows 2 字符), the absolute value as fallback
    for readers without ``firstLineChars``."""
    return f'<w:ind w:firstLineChars="{round(style.indent_chars * 100)}" w:firstLine="{indent_twips(profile, style)}"/>'


# Where ink sits in an exactly spaced line. Word puts the baseline of a line of exact height
# at 80 % of that height, whatever the font (LibreOffice's Word emulation does the same:
# sw SwTextFormatter::CalcRealHeight, ascent = 4/5 of a fixed line height); a Chinese
# glyph's ink reaches about 0.83 em above its baseline, and the em dash of the page number
# is drawn about 0.3 em above it.
EXACT_BASELINE = 0.8
CJK_INK_ASCENT = 0.83
DASH_HEIGHT = 0.3


def ink_below_line_top_pt(line_pt: float, size_pt: float) -> float:
    """How far below the top of an exactly spaced line the ink of its Chinese text starts."""
    return EXACT_BASELINE * line_pt - CJK_INK_ASCENT * size_pt


def body_ink_offset_pt(profile: StyleProfile) -> float:
    """The body line's ink offset: the Word margin sits this much above the text block's ink."""
    return max(0.0, ink_below_line_top_pt(profile.line_pitch_pt, profile.body.size_pt))


def title_space_before_twips(profile: StyleProfile) -> int:
    """Space before the title so that its first line's ink starts where body text would."""
    title = profile.title
    title_ink = ink_below_line_top_pt(title.line_spacing_pt or profile.line_pitch_pt, title.size_pt)
    return max(0, twips(body_ink_offset_pt(profile) - title_ink))


def _run_properties(profile: StyleProfile, style: TextStyle, *, defaults: bool = False) -> str:
    bold = "<w:b/><w:bCs/>" if style.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    half_points = round(style.size_pt * 2)
    parts = [fonts_xml(profile.latin_font, style.font), bold]
    if defaults:
        parts.append('<w:color w:val="000000"/>')
    parts.append(f'<w:spacing w:val="{twips(profile.character_spacing_pt(style))}"/>')
    parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    if defaults:
        parts.append('<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def _paragraph_properties(profile: StyleProfile, style: TextStyle, *, normal: bool = False, outline: int | None = None) -> str:
    parts = []
    if style.keep_with_next:
        parts.append("<w:keepNext/>")
    if normal:
        parts.append(f'<w:widowControl w:val="{1 if profile.widow_control else 0}"/>')
        # Hanging punctuation stays Word's default (on). LibreOffice reads this element inverted
        # (writerfilter: hanging = val == 0) and with hanging on drops a line-final "，" from
        # justified lines, so "1" gives Word its usual layout and LibreOffice no hanging at all.
        # The automatic space between Chinese and Latin/digits (w:autoSpaceDE/DN) is left at
        # Word's default (on): LibreOffice ignores the setting and always adds the space, so
        # leaving it on keeps Word and the PDF alike.
        parts.append('<w:overflowPunct w:val="1"/>')
    if not normal and style.size_pt > profile.body.size_pt:
        # Larger type (the title) keeps its exact spacing instead of snapping to two grid lines.
        parts.append('<w:snapToGrid w:val="0"/>')
    if normal or style.line_spacing_pt is not None:
        pitch = style.line_spacing_pt or profile.line_pitch_pt
        parts.append(f'<w:spacing w:before="0" w:after="0" w:line="{twips(pitch)}" w:lineRule="exact"/>')
    parts.append(first_line_indent_xml(profile, style))
    parts.append(f'<w:jc w:val="{_JC[style.align]}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    return "<w:pPr>" + "".join(parts) + "</w:pPr>"


def style_elements(profile: StyleProfile) -> dict[str, str]:
    """Each logical style's ``<w:style>`` element, by logical name."""
    out: dict[str, str] = {}

    def paragraph(key: str, style: TextStyle, *, outline: int | None = None, link: str = "") -> None:
        style_id, name = STYLE_NAMES[key]
        normal = key == "body"
        default = ' w:default="1"' if normal else ""
        custom = ' w:customStyle="1"' if key == "byline" else ""
        head = f'<w:style w:type="paragraph"{default}{custom} w:styleId="{style_id}">'
        head += f"<w:name w:val={attr(name)}/>"
        if not normal:
            head += '<w:basedOn w:val="Normal"/>'
            head += '<w:next w:val="Normal"/>'
        if link:
            head += f'<w:link w:val="{link}"/>'
        if outline is not None:
            head += '<w:uiPriority w:val="9"/>'
        head += "<w:qFormat/>"
        out[key] = head + _paragraph_properties(profile, style, normal=normal, outline=outline) + _run_properties(profile, style) + "</w:style>"

    paragraph("body", profile.body)
    paragraph("title", profile.title)
    paragraph("subtitle", profile.subtitle)
    paragraph("byline", profile.byline)
    paragraph("salutation", profile.salutation)
    for level in range(1, 5):
        lead_id = STYLE_NAMES[f"lead{level}"][0]
        paragraph(f"heading{level}", profile.heading(level), outline=level - 1, link=lead_id)
    for level in range(1, 5):
        style_id, name = STYLE_NAMES[f"lead{level}"]
        heading_id = STYLE_NAMES[f"heading{level}"][0]
        out[f"lead{level}"] = (
            f'<w:style w:type="character" w:customStyle="1" w:styleId="{style_id}"><w:name w:val={attr(name)}/>'
            f'<w:link w:val="{heading_id}"/>' + _run_properties(profile, profile.heading(level)) + "</w:style>"
        )
    number = profile.page_number
    half_points = round(number.size_pt * 2)
    out["footer"] = (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PageNumber"><w:name w:val="讲稿页码"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:snapToGrid w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{_footer_line(profile)}" w:lineRule="exact"/>'
        '<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>'
        f"<w:rPr>{fonts_xml(number.font, number.font)}"
        f'<w:b w:val="0"/><w:bCs w:val="0"/><w:spacing w:val="0"/><w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
        "</w:style>"
    )
    return out


def _footer_line(profile: StyleProfile) -> int:
    return twips(profile.page_number.size_pt * 1.25)


def doc_defaults(profile: StyleProfile) -> str:
    return (
        "<w:docDefaults><w:rPrDefault>"
        + _run_properties(profile, profile.body, defaults=True)
        + '</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/>'
        '<w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )


def styles_xml(profile: StyleProfile) -> bytes:
    body = "".join(style_elements(profile).values())
    return (XML_HEADER + f'<w:styles xmlns:w="{W_NS}">' + doc_defaults(profile) + body + "</w:styles>").encode("utf-8")


def used_fonts(profile: StyleProfile) -> dict[str, bool]:
    """Every font the profile names → whether it is used for Chinese text."""
    fonts: dict[str, bool] = {profile.latin_font: False}
    for key in ("title", "subtitle", "byline", "salutation", "body", "heading1", "heading2", "heading3", "heading4"):
        fonts[getattr(profile, key).font] = True
    fonts[profile.page_number.font] = True
    return fonts


def font_table_xml(profile: StyleProfile) -> bytes:
    """Font declarations: charset 86 (GB2312) for Chinese fonts, with the alternate Word may use."""
    parts = []
    for name, chinese in used_fonts(profile).items():
        alternate = profile.font_alternates.get(name)
        inner = f"<w:altName w:val={attr(str(alternate))}/>" if alternate else ""
        if chinese:
            inner += '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>'
        else:
            inner += '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>'
        parts.append(f"<w:font w:name={attr(name)}>{inner}</w:font>")
    return (XML_HEADER + f'<w:fonts xmlns:w="{W_NS}">' + "".join(parts) + "</w:fonts>").encode("utf-8")


def settings_xml(profile: StyleProfile) -> bytes:
    # Mirror margins: w:left/w:right become inside/outside, so the binding edge (订口) is
    # always on the inner side when printed on both sides.
    mirror = "<w:mirrorMargins/>" if profile.page.mirror_margins else ""
    return (
        XML_HEADER + f'<w:settings xmlns:w="{W_NS}">'
        f'<w:zoom w:percent="100"/>{mirror}<w:defaultTabStop w:val="420"/>'
        "<w:evenAndOddHeaders/>"
        # Full-width punctuation keeps its full width: compressing it would break the grid.
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        "</w:settings>"
    ).encode("utf-8")


def _field_runs(text: str) -> str:
    return f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def footer_xml(profile: StyleProfile, footer_style_id: str, *, even: bool) -> bytes:
    """A page-number footer: ``— 1 —`` with PAGE as a field, placed one character in."""
    number = profile.page_number
    align = number.even_align if even else number.odd_align
    inset = twips(number.indent_chars * number.size_pt)
    chars = round(number.indent_chars * 100)
    indent = {
        "left": f'<w:ind w:leftChars="{chars}" w:left="{inset}" w:firstLineChars="0" w:firstLine="0"/>',
        "right": f'<w:ind w:rightChars="{chars}" w:right="{inset}" w:firstLineChars="0" w:firstLine="0"/>',
    }.get(align, '<w:ind w:firstLineChars="0" w:firstLine="0"/>')
    before, after = number.format.split("{page}")
    runs = ""
    if before:
        runs += _field_runs(before)
    runs += (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    if after:
        runs += _field_runs(after)
    return (
        XML_HEADER + f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="{footer_style_id}"/>'
        f'{indent}<w:jc w:val="{align}"/></w:pPr>{runs}</w:p></w:ftr>'
    ).encode("utf-8")


def page_setup_xml(profile: StyleProfile) -> str:
    """Page size, margins, footer distance and grid, in Word's terms.

    GB/T 9704 measures the text block by its ink: the first line's characters start 37 mm
    from the top edge, and the page number's dash (一字线) sits 7 mm below the block's lower
    edge. Word measures margins to line boxes, so the top margin is set above the ink by the
    body line's ink offset (the block keeps its height: the bottom margin grows as much),
    and the footer line is placed so that its dash, not its top, is 7 mm down.
    """
    page = profile.page
    ink_mm = body_ink_offset_pt(profile) * MM_PER_PT
    number = profile.page_number
    line_pt = _footer_line(profile) / 20
    dash_below_line_top_pt = EXACT_BASELINE * line_pt - DASH_HEIGHT * number.size_pt
    footer_mm = page.margin_bottom_mm - number.distance_below_text_mm + (dash_below_line_top_pt - line_pt) * MM_PER_PT
    return (
        f'<w:pgSz w:w="{mm_twips(page.width_mm)}" w:h="{mm_twips(page.height_mm)}"/>'
        f'<w:pgMar w:top="{mm_twips(max(0.0, page.margin_top_mm - ink_mm))}" w:right="{mm_twips(page.margin_right_mm)}" '
        f'w:bottom="{mm_twips(page.margin_bottom_mm + ink_mm)}" w:left="{mm_twips(page.margin_left_mm)}" '
        f'w:header="851" w:footer="{max(0, mm_twips(footer_mm))}" w:gutter="0"/>'
        '<w:cols w:space="425"/>'
        f'<w:docGrid w:type="lines" w:linePitch="{twips(profile.line_pitch_pt)}"/>'
    )
