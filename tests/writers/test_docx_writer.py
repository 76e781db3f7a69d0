"""The Word writer, checked on the XML it writes: styles, fonts, grid, footers, determinism."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from jianggao.cli.main import cli
from jianggao.render.renderer import render_speech
from jianggao.spec.model import load_spec
from jianggao.speech import Heading, Paragraph, Speech
from jianggao.writers.docx.guard import CUSTOM_PART, draft_state, fingerprint
from jianggao.writers.docx.profile import load_profile
from jianggao.writers.docx.writer import render_docx
from jianggao.zh.title_lines import word_boundaries
from tests.cli_helpers import SMALL_SPEC, assert_user_error
from tests.conftest import REPO

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}

SPEC = """template: work-conference
title: 在全县2025年政法工作会议暨平安建设推进会上的讲话
speaker: 张三
speaker_title: 县委副书记
date: 2025-03-01
opening:
  purpose: 今天召开全县政法工作会议，主要任务是总结工作、部署任务。
points:
  - heading: 提高政治站位，增强做好工作的责任感
    intro: [党的二十大以来，全县政法系统坚决贯彻“三个务必”要求，ABC 指数达到 98.5%——成效明显……]
    items:
      - heading: 要认清形势
        text: 当前，我县正处于转型发展的关键时期。
      - heading: 要把握重点
        text: 要紧盯重点领域持续用力。
  - heading: 突出工作重点，推动政法工作高质量发展
    items:
      - 要深化平安建设。
closing: [同志们，让我们奋力开创新局面！]
"""


def w(name: str) -> str:
    return f"{{{W}}}{name}"


class Docx:
    """A written .docx, opened for assertions."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.parts = {info.filename: self.zip.read(info) for info in self.zip.infolist()}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    def style(self, style_id: str) -> etree._Element:
        found = self.xml("word/styles.xml").xpath(f"w:style[@w:styleId='{style_id}']", namespaces=NS)
        assert found, f"no style {style_id}"
        return found[0]

    def paragraphs(self) -> list[etree._Element]:
        return self.xml("word/document.xml").xpath("//w:body/w:p", namespaces=NS)


def val(element: etree._Element, path: str, attr: str = "val") -> str | None:
    found = element.xpath(path, namespaces=NS)
    return found[0].get(w(attr)) if found else None


def text_of(element: etree._Element) -> str:
    return "".join(element.xpath(".//w:t/text()", namespaces=NS))


@pytest.fixture
def speech(write_spec) -> Speech:
    return render_speech(load_spec(write_spec(SPEC)))


@pytest.fixture
def doc(speech: Speech) -> Docx:
    return Docx(render_docx(speech))


def test_package_is_well_formed(doc: Docx) -> None:
    for data in doc.parts.values():
        etree.fromstring(data)  # every part parses
    overrides = {
        o.get("PartName").lstrip("/") for o in doc.xml("[Content_Types].xml").xpath("ct:Override", namespaces=NS)
    }
    assert overrides == {n for n in doc.parts if not n.endswith(".rels") and n != "[Content_Types].xml"}
    targets = {r.get("Target") for r in doc.xml("word/_rels/document.xml.rels").xpath("rel:Relationship", namespaces=NS)}
    assert targets == {"styles.xml", "settings.xml", "fontTable.xml", "footer1.xml", "footer2.xml"}
    assert not any("theme" in name for name in doc.parts)


def test_no_theme_fonts_anywhere(doc: Docx) -> None:
    for name, data in doc.parts.items():
        assert b"Theme" not in data and b"cstheme" not in data, name


def test_fonts_are_explicit_with_east_asian_names(doc: Docx) -> None:
    expected = {
        "Normal": "仿宋_GB2312",
        "Title": "方正小标宋简体",
        "Byline": "楷体_GB2312",
        "Salutation": "仿宋_GB2312",
        "Heading1": "黑体",
        "Heading2": "楷体_GB2312",
        "Heading3": "仿宋_GB2312",
        "Heading4": "仿宋_GB2312",
        "Heading2Char": "楷体_GB2312",
    }
    for style_id, east_asian in expected.items():
        fonts = doc.style(style_id).find(f"{w('rPr')}/{w('rFonts')}")
        assert fonts.get(w("eastAsia")) == east_asian, style_id
        assert fonts.get(w("ascii")) == fonts.get(w("hAnsi")) == "Times New Roman", style_id
    defaults = doc.xml("word/styles.xml").find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    assert defaults.find(w("rFonts")).get(w("eastAsia")) == "仿宋_GB2312"
    assert defaults.find(w("lang")).get(w("eastAsia")) == "zh-CN"
    assert defaults.find(w("color")).get(w("val")) == "000000"


def test_every_run_keeps_ambiguous_punctuation_in_the_chinese_font(doc: Docx) -> None:
    for part in ("word/document.xml", "word/footer1.xml", "word/footer2.xml"):
        for run in doc.xml(part).xpath("//w:r[w:t]", namespaces=NS):
            assert val(run, "w:rPr/w:rFonts", "hint") == "eastAsia"
    body = doc.xml("word/document.xml")
    assert "“三个务必”" in text_of(body) and "——" in text_of(body) and "……" in text_of(body)


def test_sizes_bold_alignment_and_indents(doc: Docx) -> None:
    cases = {
        # style: (half-points, bold, jc, first-line indent in twips)
        "Normal": ("32", "0", "both", "630"),
        "Title": ("44", "0", "center", "0"),
        "Byline": ("32", "0", "center", "0"),
        "Salutation": ("32", "0", "left", "0"),
        "Heading1": ("32", "0", "both", "630"),
        "Heading2": ("32", "0", "both", "630"),
        "Heading3": ("32", None, "both", "630"),
        "Heading4": ("32", "0", "both", "630"),
    }
    for style_id, (size, bold, jc, indent) in cases.items():
        style = doc.style(style_id)
        assert val(style, "w:rPr/w:sz") == size and val(style, "w:rPr/w:szCs") == size, style_id
        assert style.xpath("w:rPr/w:b", namespaces=NS), style_id
        assert val(style, "w:rPr/w:b") == bold, style_id  # <w:b/> (no val) is bold
        assert val(style, "w:pPr/w:jc") == jc, style_id
        assert val(style, "w:pPr/w:ind", "firstLine") == indent, style_id
        # Word's dialog reads the indent in characters (2 字符), not points (31.5 磅).
        assert val(style, "w:pPr/w:ind", "firstLineChars") == ("200" if indent == "630" else "0"), style_id
    # 28 characters a line: 16 pt type with −0.25 pt (−5 twentieths) spacing; the title is not squeezed.
    for style_id in ("Normal", "Byline", "Heading1", "Heading3"):
        assert val(doc.style(style_id), "w:rPr/w:spacing") == "-5"
    assert val(doc.style("Title"), "w:rPr/w:spacing") == "0"


def test_page_grid_and_margins(doc: Docx) -> None:
    section = doc.xml("word/document.xml").xpath("//w:body/w:sectPr", namespaces=NS)[0]
    assert (val(section, "w:pgSz", "w"), val(section, "w:pgSz", "h")) == ("11906", "16838")  # A4
    margins = {k: val(section, "w:pgMar", k) for k in ("top", "bottom", "left", "right")}
    # 37/35/28/26 mm to the ink: Word's margins sit 3.49 mm higher (the body line's ink starts
    # 0.8 × 28.95 − 0.83 × 16 = 9.9 pt below its top), the block keeping its 225 mm height.
    assert margins == {"top": "1900", "bottom": "2182", "left": "1587", "right": "1474"}
    assert abs((1900 + 0.8 * 579 - 0.83 * 320) * 25.4 / 1440 - 37) < 0.05
    assert not doc.xml("word/settings.xml").xpath("w:mirrorMargins", namespaces=NS)
    assert val(section, "w:docGrid", "type") == "lines"
    assert val(section, "w:docGrid", "linePitch") == "579"
    normal = doc.style("Normal")
    assert val(normal, "w:pPr/w:spacing", "line") == "579"
    assert val(normal, "w:pPr/w:spacing", "lineRule") == "exact"
    assert val(normal, "w:pPr/w:widowControl") == "0"
    # 22 lines of 579 twips fit the 225 mm text block.
    assert 22 * 579 <= 16838 - 1900 - 2182


def test_headings_have_outline_levels_and_keep_with_next(doc: Docx) -> None:
    for level in range(1, 5):
        style = doc.style(f"Heading{level}")
        assert val(style, "w:name") == f"heading {level}"
        assert val(style, "w:pPr/w:outlineLvl") == str(level - 1)
        assert style.xpath("w:pPr/w:keepNext", namespaces=NS)
        assert val(style, "w:link") == f"Heading{level}Char"
    assert doc.style("Title").xpath("w:pPr/w:keepNext", namespaces=NS)
    assert not doc.style("Normal").xpath("w:pPr/w:keepNext", namespaces=NS)
    assert not doc.style("Normal").xpath("w:pPr/w:outlineLvl", namespaces=NS)


def test_paragraphs_follow_the_speech_with_named_styles(doc: Docx, speech: Speech) -> None:
    paragraphs = doc.paragraphs()
    styles = [val(p, "w:pPr/w:pStyle") for p in paragraphs]
    texts = [text_of(p) for p in paragraphs]
    assert styles[:4] == ["Title", "Byline", "Byline", "Salutation"]
    assert texts[1:4] == ["（县委副书记\u3000张三）", "（2025年3月1日）", "同志们："]
    assert texts[0] == speech.title
    blocks = [b for b in speech.blocks]
    assert len(paragraphs) == 4 + len(blocks)
    for paragraph, block in zip(paragraphs[4:], blocks, strict=True):
        assert text_of(paragraph) == block.full_text
        expected = f"Heading{block.level}" if isinstance(block, Heading) else "Normal"
        assert val(paragraph, "w:pPr/w:pStyle") == expected
    # One blank line (a grid line) after the byline block, none elsewhere.
    assert val(paragraphs[2], "w:pPr/w:spacing", "after") == "579"
    # The title's ink starts where body text would: 5 pt before it, nothing after.
    assert val(paragraphs[0], "w:pPr/w:spacing", "before") == "100"
    assert val(paragraphs[0], "w:pPr/w:spacing", "after") is None


def test_run_in_lead_takes_the_heading_font_over_the_lead_only(doc: Docx, speech: Speech) -> None:
    led = [b for b in speech.blocks if isinstance(b, Paragraph) and b.lead]
    assert led, "the spec has run-in sub-points"
    paragraphs = {text_of(p): p for p in doc.paragraphs()}
    for block in led:
        runs = paragraphs[block.full_text].xpath("w:r", namespaces=NS)
        assert len(runs) == 2
        assert val(runs[0], "w:rPr/w:rStyle") == f"Heading{block.lead_level}Char"
        assert text_of(runs[0]) == block.run_in
        assert not runs[1].xpath("w:rPr/w:rStyle", namespaces=NS)
        assert text_of(runs[1]) == block.text
    char_style = doc.style(f"Heading{led[0].lead_level}Char")
    assert char_style.get(w("type")) == "character"


def test_long_title_is_broken_into_balanced_lines(doc: Docx) -> None:
    title = doc.paragraphs()[0]
    assert len(title.xpath(".//w:br", namespaces=NS)) == 1
    lines = [text_of(r) for r in title.xpath("w:r[w:t]", namespaces=NS)]
    assert lines == ["在全县2025年政法工作会议", "暨平安建设推进会上的讲话"]


def test_footers_number_pages_odd_right_even_left(doc: Docx) -> None:
    settings = doc.xml("word/settings.xml")
    assert settings.xpath("w:evenAndOddHeaders", namespaces=NS)
    section = doc.xml("word/document.xml").xpath("//w:body/w:sectPr", namespaces=NS)[0]
    rels = {
        r.get("Id"): r.get("Target")
        for r in doc.xml("word/_rels/document.xml.rels").xpath("rel:Relationship", namespaces=NS)
    }
    refs = {ref.get(w("type")): rels[ref.get(f"{{{NS['r']}}}id")] for ref in section.xpath("w:footerReference", namespaces=NS)}
    assert set(refs) == {"default", "even"}
    for kind, jc, side in (("default", "right", "right"), ("even", "left", "left")):
        footer = doc.xml(f"word/{refs[kind]}")
        paragraph = footer.xpath("w:p", namespaces=NS)[0]
        assert val(paragraph, "w:pPr/w:jc") == jc
        assert val(paragraph, "w:pPr/w:ind", side) == "280"  # one 14 pt character in
        assert "".join(footer.xpath("//w:instrText/text()", namespaces=NS)).strip() == "PAGE"
        assert text_of(paragraph) == "— 1 —"  # prefix, the field's placeholder result, suffix
        assert [f.get(w("fldCharType")) for f in footer.xpath("//w:fldChar", namespaces=NS)] == ["begin", "separate", "end"]
        style_id = val(paragraph, "w:pPr/w:pStyle")
    style = doc.style(style_id)
    assert val(style, "w:rPr/w:rFonts", "eastAsia") == val(style, "w:rPr/w:rFonts", "ascii") == "宋体"
    assert val(style, "w:rPr/w:sz") == "28"


def test_full_width_punctuation_is_not_compressed(doc: Docx) -> None:
    settings = doc.xml("word/settings.xml")
    assert val(settings, "w:characterSpacingControl") == "doNotCompress"
    assert val(settings, "w:themeFontLang", "eastAsia") == "zh-CN"


def test_document_properties_come_from_the_speech(doc: Docx) -> None:
    core = doc.xml("docProps/core.xml")
    assert core.findtext("dc:title", namespaces=NS) == "在全县2025年政法工作会议暨平安建设推进会上的讲话"
    # The file's author is jianggao (the speaker did not write the file); the date is the speech's.
    assert core.findtext("dc:creator", namespaces=NS) == "jianggao"
    assert core.findtext("cp:lastModifiedBy", namespaces=NS) == "jianggao"
    assert "张三" not in doc.parts["docProps/core.xml"].decode("utf-8")
    assert core.findtext("dcterms:created", namespaces=NS) == "2025-03-01T00:00:00Z"
    assert core.findtext("dcterms:modified", namespaces=NS) == "2025-03-01T00:00:00Z"


def test_document_creator_is_the_profiles_unit(tmp_path: Path, speech: Speech) -> None:
    style = tmp_path / "unit.yaml"
    style.write_text("unit: 市政府办公室\n", encoding="utf-8")
    core = Docx(render_docx(speech, load_profile(style))).xml("docProps/core.xml")
    assert core.findtext("dc:creator", namespaces=NS) == "市政府办公室"
    assert core.findtext("cp:lastModifiedBy", namespaces=NS) == "市政府办公室"


def test_document_dates_without_a_speech_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    data = render_docx(Speech(title="讲话"))
    core = Docx(data).xml("docProps/core.xml")
    assert core.findtext("dcterms:created", namespaces=NS) is None  # no invented date
    assert data == render_docx(Speech(title="讲话"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    core = Docx(render_docx(Speech(title="讲话"))).xml("docProps/core.xml")
    assert core.findtext("dcterms:created", namespaces=NS) == "2025-01-01T00:00:00Z"
    assert core.findtext("dcterms:modified", namespaces=NS) == "2025-01-01T00:00:00Z"
    # The speech's own date wins over the build's.
    dated = Docx(render_docx(Speech(title="讲话", date=dt.date(2025, 3, 1)))).xml("docProps/core.xml")
    assert dated.findtext("dcterms:created", namespaces=NS) == "2025-03-01T00:00:00Z"


def test_bad_source_date_epoch_is_one_line(tmp_path: Path, write_spec, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "昨天")
    spec = write_spec(SMALL_SPEC)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "docx", "-o", str(out)], catch_exceptions=False)
    assert_user_error(result, "SOURCE_DATE_EPOCH", "昨天")
    assert not out.exists() or not any(out.iterdir())


def test_render_is_byte_identical_and_fingerprinted(speech: Speech) -> None:
    first, second = render_docx(speech), render_docx(speech)
    assert first == second
    doc = Docx(first)
    assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in doc.zip.infolist())
    stored = doc.xml(CUSTOM_PART).xpath("//*[local-name()='lpwstr']/text()")[0]
    assert stored == fingerprint(doc.parts.items())
    other = render_docx(Speech(title=speech.title, blocks=speech.blocks[:1]))
    assert other != first


def test_build_twice_gives_the_same_file(tmp_path: Path, write_spec) -> None:
    spec = write_spec(SPEC)
    runner = CliRunner()
    outputs = []
    for name in ("a", "b"):
        result = runner.invoke(cli, ["build", str(spec), "-f", "docx", "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        outputs.append((tmp_path / name / "speech.docx").read_bytes())
    assert outputs[0] == outputs[1]
    assert draft_state(tmp_path / "a" / "speech.docx") == "ours"


def test_xml_special_and_control_characters_are_safe() -> None:
    speech = Speech(title="A&B <讲话>", blocks=(Paragraph("第一\x0b行 & <二>\t制表\n换行"),))
    doc = Docx(render_docx(speech))
    texts = [text_of(p) for p in doc.paragraphs()]
    assert texts == ["A&B <讲话>", "第一行 & <二>制表换行"]
    body = doc.paragraphs()[1]
    assert body.xpath(".//w:tab", namespaces=NS) and body.xpath(".//w:br", namespaces=NS)


def test_profile_values_reach_the_xml(tmp_path: Path, speech: Speech) -> None:
    house = tmp_path / "house.yaml"
    house.write_text(
        "page:\n  line_pitch_pt: 28\n  margin_left_mm: 27\n"
        "body:\n  font: 方正仿宋_GBK\n"
        "heading3:\n  bold: false\n"
        "title:\n  size_pt: 24\n  max_chars_per_line: 18\n"
        "page_number:\n  format: '- {page} -'\n  odd_align: center\n",
        encoding="utf-8",
    )
    doc = Docx(render_docx(speech, load_profile(house)))
    normal = doc.style("Normal")
    assert val(normal, "w:rPr/w:rFonts", "eastAsia") == "方正仿宋_GBK"
    assert val(normal, "w:pPr/w:spacing", "line") == "560"
    section = doc.xml("word/document.xml").xpath("//w:body/w:sectPr", namespaces=NS)[0]
    assert val(section, "w:docGrid", "linePitch") == "560"
    assert val(section, "w:pgMar", "left") == "1531"
    assert val(doc.style("Heading3"), "w:rPr/w:b") == "0"
    assert val(doc.style("Title"), "w:rPr/w:sz") == "48"
    footer = doc.xml("word/footer1.xml")
    assert text_of(footer) == "- 1 -"
    assert val(footer, "//w:p/w:pPr/w:jc") == "center"
    # The other values keep their defaults.
    assert val(doc.style("Heading1"), "w:rPr/w:rFonts", "eastAsia") == "黑体"
    font_names = doc.xml("word/fontTable.xml").xpath("w:font/@w:name", namespaces=NS)
    assert "方正仿宋_GBK" in font_names and "Times New Roman" in font_names


def test_font_table_offers_alternates(doc: Docx) -> None:
    fonts = {f.get(w("name")): f for f in doc.xml("word/fontTable.xml").xpath("w:font", namespaces=NS)}
    assert val(fonts["仿宋_GB2312"], "w:altName") == "仿宋"
    assert val(fonts["仿宋_GB2312"], "w:charset") == "86"
    assert val(fonts["Times New Roman"], "w:charset") == "00"


def test_subtitle_closing_and_thanks_paragraphs() -> None:
    speech = Speech(
        title="坚定信心 真抓实干",
        subtitle="——在全市经济工作会议上的讲话",
        bylines=("（2025年3月1日）",),
        blocks=(Paragraph("让我们携手奋进！", role="closing"), Paragraph("谢谢大家！", role="thanks")),
    )
    doc = Docx(render_docx(speech))
    paragraphs = doc.paragraphs()
    assert [val(p, "w:pPr/w:pStyle") for p in paragraphs] == ["Title", "Subtitle", "Byline", "Normal", "Normal"]
    assert val(doc.style("Subtitle"), "w:rPr/w:rFonts", "eastAsia") == "楷体_GB2312"
    assert val(doc.style("Subtitle"), "w:pPr/w:jc") == "center"
    assert val(paragraphs[2], "w:pPr/w:spacing", "after") == "579"  # the gap follows the last header line


def test_long_subtitle_and_byline_break_between_words_like_the_title() -> None:
    byline = "（市委常委、市纪委书记、市监委主任，市委全面从严治党工作领导小组副组长　韩立新）"
    speech = Speech(
        title="在全市党风廉政建设和反腐败工作会议上的讲话",
        subtitle="——在全市深入学习贯彻中央八项规定精神学习教育工作推进会议暨警示教育大会上的讲话",
        bylines=(byline,),
        blocks=(Paragraph("同志们好。"),),
    )
    paragraphs = Docx(render_docx(speech)).paragraphs()
    for paragraph, text in zip(paragraphs, (speech.title, speech.subtitle, byline), strict=False):
        lines = [text_of(r) for r in paragraph.xpath("w:r[w:t]", namespaces=NS)]
        assert len(lines) == len(paragraph.xpath(".//w:br", namespaces=NS)) + 1 >= 2
        assert "".join(lines) == text
        assert max(len(line) for line in lines) <= (20 if paragraph is paragraphs[0] else 28)
        bounds, position = word_boundaries(text), 0
        for line in lines[:-1]:
            position += len(line)
            assert position in bounds, lines
    assert [text_of(r) for r in paragraphs[0].xpath("w:r[w:t]", namespaces=NS)] == [
        "在全市党风廉政建设",
        "和反腐败工作会议上的讲话",
    ]


def test_page_number_sits_about_7_mm_below_the_text_block(doc: Docx) -> None:
    section = doc.xml("word/document.xml").xpath("//w:body/w:sectPr", namespaces=NS)[0]
    footer_twips = int(val(section, "w:pgMar", "footer"))
    line_twips = int(val(doc.style("PageNumber"), "w:pPr/w:spacing", "line"))
    # GB/T 9704 measures the dash (一字线), drawn 0.3 em above the baseline of a line whose
    # baseline Word puts at 0.8 of its exact height: footer distance + line − that depth.
    dash_depth = 0.8 * line_twips - 0.3 * 280
    gap_mm = 35 - (footer_twips + line_twips - dash_depth) * 25.4 / 1440
    assert abs(gap_mm - 7) < 0.05


def test_mirror_margins_for_two_sided_printing(tmp_path: Path, speech: Speech) -> None:
    style = tmp_path / "two-sided.yaml"
    style.write_text("page:\n  mirror_margins: true\n", encoding="utf-8")
    doc = Docx(render_docx(speech, load_profile(style)))
    assert doc.xml("word/settings.xml").xpath("w:mirrorMargins", namespaces=NS)
    section = doc.xml("word/document.xml").xpath("//w:body/w:sectPr", namespaces=NS)[0]
    assert (val(section, "w:pgMar", "left"), val(section, "w:pgMar", "right")) == ("1587", "1474")  # inside, outside


def test_the_archive_is_what_zipfile_writes_part_by_part() -> None:
    """The static parts' compressed start is reused across speeches: the bytes must be zipfile's own."""
    for example in ("advancement", "integrity"):
        data = render_docx(render_speech(load_spec(REPO / "examples" / f"{example}.yaml")))
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = [(info, archive.read(info)) for info in archive.infolist()]
        rebuilt = io.BytesIO()
        with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, part in parts:
                fresh = zipfile.ZipInfo(info.filename, info.date_time)
                fresh.compress_type, fresh.create_system, fresh.external_attr = zipfile.ZIP_DEFLATED, 0, 0
                archive.writestr(fresh, part)
        assert rebuilt.getvalue() == data
