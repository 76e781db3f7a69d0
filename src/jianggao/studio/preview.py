"""The laid-out pages as HTML: A4 sheets with the style profile's fonts, sizes and positions.

Positions are in points, as in the .docx; the browser scales the sheets with CSS
``zoom``. Font stacks name the profile's font first, then its Word alternate,
then the substitutes of the PDF font map (``writers/fontconfig/fonts.conf``), so
the preview falls back exactly as the PDF does; ASCII takes the Latin font.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape

from lxml import etree

from ..writers.docx.profile import StyleProfile, TextStyle
from ..writers.pdf import fontconfig_file
from .layout import Line, Page

MM_PT = 72 / 25.4
STYLE_NAMES = ("title", "subtitle", "byline", "salutation", "body", "heading1", "heading2", "heading3", "heading4")


@cache
def font_map() -> dict[str, tuple[str, ...]]:
    """Each family the PDF font map knows → its preferred substitutes, in order."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(str(fontconfig_file()), parser).getroot()
    out: dict[str, tuple[str, ...]] = {}
    for alias in root.iter("alias"):
        family = alias.findtext("family")
        prefer = alias.find("prefer")
        if family and prefer is not None:
            out[family] = tuple(f.text for f in prefer.iter("family") if f.text)
    return out


def font_stack(font: str, profile: StyleProfile) -> str:
    """CSS font-family for the Chinese text of a style: its font, its Word alternate, the PDF map's substitutes."""
    names: list[str] = []
    for name in (font, str(profile.font_alternates.get(font, ""))):
        if name and name not in names:
            names.append(name)
            names.extend(n for n in font_map().get(name, ()) if n not in names)
    return ", ".join(f'"{n}"' for n in names) + ", serif"


def latin_stack(profile: StyleProfile) -> str:
    """CSS font-family for ASCII: the Latin font and its substitutes, without the map's CJK fallback
    (ASCII runs are set apart, so the CJK text never falls through to it)."""
    cjk = {n for family, subs in font_map().items() if family != profile.latin_font for n in subs}
    names = [profile.latin_font, *(n for n in font_map().get(profile.latin_font, ()) if n not in cjk)]
    return ", ".join(f'"{n}"' for n in dict.fromkeys(names)) + ", serif"


def _style_css(name: str, style: TextStyle, profile: StyleProfile) -> str:
    spacing = profile.character_spacing_pt(style)
    weight = "bold" if style.bold else "normal"
    return (
        f".jg-{name}{{font-family:{font_stack(style.font, profile)};font-size:{style.size_pt}pt;"
        f"font-weight:{weight};letter-spacing:{spacing}pt}}"
    )


def page_css(profile: StyleProfile) -> str:
    """The stylesheet of the pages for ``profile``."""
    p = profile.page
    pitch = profile.line_pitch_pt
    number = profile.page_number
    rules = [
        f".jg-page{{position:relative;width:{p.width_mm * MM_PT:.2f}pt;height:{p.height_mm * MM_PT:.2f}pt}}",
        f".jg-line{{position:absolute;left:{p.margin_left_mm * MM_PT:.2f}pt;height:{pitch}pt;line-height:{pitch}pt;"
        "white-space:pre;overflow:visible}",
        ".jg-justify{text-align:justify;text-align-last:justify}",
        ".jg-left,.jg-justify.jg-last{text-align:left;text-align-last:left}",
        ".jg-center{text-align:center;text-align-last:center}.jg-right{text-align:right;text-align-last:right}",
        f".jg-number{{position:absolute;font-family:{font_stack(number.font, profile)};font-size:{number.size_pt}pt;"
        f"white-space:pre}}",
        f".jg-latin{{font-family:{latin_stack(profile)}}}",
    ]
    rules += [_style_css(name, getattr(profile, name), profile) for name in STYLE_NAMES]
    return "".join(rules)


_ASCII = re.compile(r"[\x00-\x7f]+")


def _runs(text: str) -> str:
    """ASCII in the Latin font (half a cell), the rest in the style's Chinese font, as Word sets them."""
    # Only ASCII can need escaping, and every ASCII run is escaped here.
    return _ASCII.sub(lambda m: f'<span class="jg-latin">{escape(m.group())}</span>', text)


def _line_html(line: Line, row: int, profile: StyleProfile, top_space_pt: float = 0.0) -> str:
    p = profile.page
    cell = p.text_width_pt / p.chars_per_line
    top = p.margin_top_mm * MM_PT + top_space_pt + row * profile.line_pitch_pt
    indent = line.indent_cells * cell
    width = p.text_width_pt - indent
    classes = f"jg-line jg-{line.align}" + (" jg-last" if line.last else "")
    spans = "".join(f'<span class="jg-{s.style}">{_runs(s.text)}</span>' for s in line.segments)
    return (
        f'<div class="{classes}" data-block="{line.block}" '
        f'style="top:{top:.2f}pt;margin-left:{indent:.2f}pt;width:{width:.2f}pt">{spans}</div>'
    )


def _number_html(page: Page, profile: StyleProfile) -> str:
    p = profile.page
    number = profile.page_number
    cell = p.text_width_pt / p.chars_per_line
    top = (p.height_mm - p.margin_bottom_mm + number.distance_below_text_mm) * MM_PT
    align = number.odd_align if page.number % 2 else number.even_align
    inset = number.indent_chars * cell
    if align == "right":
        where = f"right:{p.margin_right_mm * MM_PT + inset:.2f}pt"
    elif align == "left":
        where = f"left:{p.margin_left_mm * MM_PT + inset:.2f}pt"
    else:
        where = "left:0;right:0;text-align:center"
    text = escape(number.format.replace("{page}", str(page.number)))
    return f'<div class="jg-number" data-testid="page-number" data-align="{align}" style="top:{top:.2f}pt;{where}">{text}</div>'


def pages_html(pages: list[Page], profile: StyleProfile) -> str:
    """Every page as a sheet: ``data-testid="preview-page"``."""
    out = []
    for page in pages:
        lines = "".join(
            _line_html(line, row, profile, page.top_space_pt) for row, line in enumerate(page.lines) if line is not None
        )
        out.append(
            f'<div class="jg-page" data-testid="preview-page" data-page="{page.number}">{lines}{_number_html(page, profile)}</div>'
        )
    return "".join(out)
