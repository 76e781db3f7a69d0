"""--reference-doc: styles and page setup from a user's .docx, and every way such a file can be wrong."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from jianggao.cli.main import cli
from jianggao.errors import ProfileError
from jianggao.speech import Heading, Paragraph, Speech
from jianggao.writers.docx.profile import default_profile
from jianggao.writers.docx.reference import load_reference
from jianggao.writers.docx.writer import render_docx
from tests.cli_helpers import SMALL_SPEC, assert_user_error
from tests.speech_files import (
    SECRET,
    billion_laughs,
    external_entity,
    lie_about_size,
    many_entries,
    nested,
    padded,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
SPEC = SMALL_SPEC

SPEECH = Speech(
    title="在推进会上的讲话",
    bylines=("（2025年3月1日）",),
    salutation="同志们：",
    blocks=(
        Heading(1, "一、", "提高站位"),
        Paragraph("要学懂弄通。", lead="第一，深化理论武装。", lead_level=2),
        Heading(2, "（一）", "认清形势"),
    ),
)

# What a Chinese Word writes: localised style ids ("a", "1", "2"), a heading linked to
# its character style, heading numbering, and theme fonts in the document defaults.
CHINESE_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正仿宋_GBK"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:link w:val="10"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正黑体_GBK"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="10"><w:name w:val="标题 1 字符"/><w:link w:val="1"/><w:rPr><w:rFonts w:eastAsia="方正黑体_GBK"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsia="方正楷体_GBK"/><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Byline"><w:name w:val="Byline"/></w:style>
</w:styles>"""

THEME = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office">
<a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="黑体"/></a:majorFont>
<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface="Arial"/><a:font script="Hans" typeface="宋体"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>"""

DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>模板</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2041" w:right="1531" w:bottom="1871" w:left="1531" w:header="851" w:footer="1304" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="560"/></w:sectPr>
</w:body></w:document>"""

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_docx(
    path: Path,
    *,
    styles: str = CHINESE_STYLES,
    theme: str | None = THEME,
    document: str = DOCUMENT,
    compression: int = zipfile.ZIP_STORED,
) -> Path:
    rels = [f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>']
    if theme is not None:
        rels.append(f'<Relationship Id="rId2" Type="{REL}/theme" Target="theme/theme1.xml"/>')
    with zipfile.ZipFile(path, "w", compression) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>",
        )
        archive.writestr("word/document.xml", document)
        archive.writestr("word/styles.xml", styles)
        if theme is not None:
            archive.writestr("word/theme/theme1.xml", theme)
    return path


def parts(data: bytes) -> dict[str, etree._Element]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {n: etree.fromstring(archive.read(n)) for n in archive.namelist() if n.endswith(".xml")}


def styles_by_id(styles: etree._Element) -> dict[str, etree._Element]:
    return {s.get(f"{{{W}}}styleId"): s for s in styles.xpath("w:style", namespaces=NS)}


def test_reference_styles_are_used_by_name_and_missing_ones_added(tmp_path: Path) -> None:
    reference = load_reference(make_docx(tmp_path / "house.docx"))
    out = parts(render_docx(SPEECH, default_profile(), reference))
    document, styles = out["word/document.xml"], out["word/styles.xml"]
    used = document.xpath("//w:pStyle/@w:val", namespaces=NS)
    # Heading 1 is the reference's "1", Normal its "a"; the byline style (讲稿署名) is added under
    # a fresh id because the reference uses "Byline" for a style of another name.
    assert used == ["Title", "BylineJg", "Salutation", "1", "a", "2"]
    assert document.xpath("//w:rStyle/@w:val", namespaces=NS) == ["Heading2Char"]
    by_id = styles_by_id(styles)
    assert by_id["BylineJg"].xpath("w:name/@w:val", namespaces=NS) == ["讲稿署名"]
    assert by_id["Byline"].xpath("w:name/@w:val", namespaces=NS) == ["Byline"]
    assert by_id["1"].xpath("w:rPr/w:rFonts/@w:eastAsia", namespaces=NS) == ["方正黑体_GBK"]
    assert not by_id["1"].xpath("w:pPr/w:numPr", namespaces=NS)  # jianggao writes 一、 itself
    # Added styles hang on the reference's ids.
    assert by_id["Title"].xpath("w:basedOn/@w:val", namespaces=NS) == ["a"]
    assert by_id["Salutation"].xpath("w:rPr/w:rFonts/@w:eastAsia", namespaces=NS) == ["仿宋_GB2312"]
    # The lead of level 2 looks like the reference's heading 2.
    assert by_id["Heading2Char"].xpath("w:rPr/w:rFonts/@w:eastAsia", namespaces=NS) == ["方正楷体_GBK"]
    assert by_id["Heading2Char"].get(f"{{{W}}}type") == "character"


def test_level_one_lead_uses_the_linked_character_style(tmp_path: Path) -> None:
    reference = load_reference(make_docx(tmp_path / "house.docx"))
    speech = Speech(title="讲话", blocks=(Paragraph("正文。", lead="一是抓学习。", lead_level=1),))
    document = parts(render_docx(speech, default_profile(), reference))["word/document.xml"]
    assert document.xpath("//w:rStyle/@w:val", namespaces=NS) == ["10"]


def test_theme_fonts_are_resolved_and_removed(tmp_path: Path) -> None:
    reference = load_reference(make_docx(tmp_path / "house.docx"))
    styles = parts(render_docx(SPEECH, default_profile(), reference))["word/styles.xml"]
    raw = etree.tostring(styles).decode("utf-8")
    assert "Theme" not in raw and "cstheme" not in raw
    defaults = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", namespaces=NS)[0]
    assert defaults.get(f"{{{W}}}ascii") == "Calibri"
    assert defaults.get(f"{{{W}}}eastAsia") == "宋体"  # from the theme's Hans font
    assert defaults.get(f"{{{W}}}cs") == "Arial"
    heading2 = styles_by_id(styles)["2"].xpath("w:rPr/w:rFonts", namespaces=NS)[0]
    assert heading2.get(f"{{{W}}}ascii") == "Cambria" and heading2.get(f"{{{W}}}eastAsia") == "方正楷体_GBK"


def test_page_setup_comes_from_the_reference(tmp_path: Path) -> None:
    reference = load_reference(make_docx(tmp_path / "house.docx"))
    document = parts(render_docx(SPEECH, default_profile(), reference))["word/document.xml"]
    section = document.xpath("//w:body/w:sectPr", namespaces=NS)[0]
    assert section.xpath("w:pgMar/@w:top", namespaces=NS) == ["2041"]
    assert section.xpath("w:docGrid/@w:linePitch", namespaces=NS) == ["560"]
    # Page numbers stay jianggao's: odd and even footers.
    assert sorted(section.xpath("w:footerReference/@w:type", namespaces=NS)) == ["default", "even"]


def test_python_docx_default_template_as_reference(tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "pd.docx"
    Document().save(str(path))
    data = render_docx(SPEECH, default_profile(), load_reference(path))
    out = parts(data)
    assert b"asciiTheme" not in etree.tostring(out["word/styles.xml"])
    section = out["word/document.xml"].xpath("//w:body/w:sectPr", namespaces=NS)[0]
    # python-docx's paper is US Letter (12240 twips wide), not the profile's A4: the page stays A4.
    assert section.xpath("w:pgSz/@w:w", namespaces=NS) == ["11906"]
    assert section.xpath("w:pgMar/@w:top", namespaces=NS) == ["1900"]
    assert data == render_docx(SPEECH, default_profile(), load_reference(path))


def test_a_jianggao_draft_restyled_in_word_round_trips(tmp_path: Path) -> None:
    draft = tmp_path / "draft.docx"
    draft.write_bytes(render_docx(SPEECH))
    data = render_docx(SPEECH, default_profile(), load_reference(draft))
    assert parts(data)["word/styles.xml"].xpath("count(w:style)", namespaces=NS) == parts(render_docx(SPEECH))[
        "word/styles.xml"
    ].xpath("count(w:style)", namespaces=NS)


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    text = tmp_path / "notes.docx"
    text.write_text("不是文档", encoding="utf-8")
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    empty_zip = tmp_path / "empty.docx"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("readme.txt", "x")
    broken_xml = make_docx(tmp_path / "broken.docx", styles="<w:styles")
    no_styles = tmp_path / "nostyles.docx"
    with zipfile.ZipFile(no_styles, "w") as archive:
        archive.writestr("word/document.xml", DOCUMENT)
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(make_docx(tmp_path / "whole.docx").read_bytes()[:200])
    return {
        "text": (text, "不是有效的 .docx"),
        "doc": (old, "旧版 Word（.doc）"),
        "zip": (empty_zip, "缺少正文"),
        "xml": (broken_xml, "XML 无法解析"),
        "nostyles": (no_styles, "没有样式"),
        "truncated": (truncated, "不是有效的 .docx"),
        "missing": (tmp_path / "nope.docx", "找不到参考文档"),
        "folder": (tmp_path, "文件夹"),
    }


@pytest.mark.parametrize("case", ["text", "doc", "zip", "xml", "nostyles", "truncated", "missing", "folder"])
def test_bad_reference_docs(tmp_path: Path, case: str) -> None:
    path, words = bad_files(tmp_path)[case]
    with pytest.raises(ProfileError) as info:
        load_reference(path)
    assert str(info.value).startswith(f"{path}："), str(info.value)
    assert words in str(info.value)


def test_cli_bad_reference_doc_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    spec = tmp_path / "speech.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    bad = tmp_path / "house.docx"
    bad.write_text("hello", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "docx", "-o", str(out), "--reference-doc", str(bad)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and str(bad) in lines[0]
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_uses_the_reference_doc(tmp_path: Path) -> None:
    spec = tmp_path / "speech.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    house = make_docx(tmp_path / "house.docx")
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "docx", "-o", str(tmp_path / "out"), "--reference-doc", str(house)])
    assert result.exit_code == 0, result.output
    document = parts((tmp_path / "out" / "speech.docx").read_bytes())["word/document.xml"]
    assert "1" in document.xpath("//w:pStyle/@w:val", namespaces=NS)


def _root(xml: str) -> str:
    """An XML part without its declaration."""
    return xml.split("?>", 1)[1].strip()


def _with_entries(path: Path, entries: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "a") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _broken_rels(path: Path) -> Path:
    make_docx(path)
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["word/_rels/document.xml.rels"] = b"<Relationships"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


# Reference documents a build must refuse in one line: case → (builder, words in the message).
BAD_REFERENCES = {
    "broken-styles": (lambda p: make_docx(p, styles="<w:styles"), "word/styles.xml 已损坏（XML 无法解析"),
    "broken-theme": (lambda p: make_docx(p, theme=THEME[:-40]), "word/theme/theme1.xml 已损坏"),
    "broken-rels": (_broken_rels, "word/_rels/document.xml.rels 已损坏"),
    "styles-entity-bomb": (lambda p: make_docx(p, styles=billion_laughs(_root(CHINESE_STYLES))), "word/styles.xml 含有 DOCTYPE"),
    "styles-external-entity": (lambda p: make_docx(p, styles=external_entity(_root(CHINESE_STYLES), p.with_name("secret.txt"))), "word/styles.xml 含有 DOCTYPE"),
    "theme-entity-bomb": (lambda p: make_docx(p, theme=billion_laughs(_root(THEME))), "word/theme/theme1.xml 含有 DOCTYPE"),
    "theme-external-entity": (lambda p: make_docx(p, theme=external_entity(_root(THEME), p.with_name("secret.txt"))), "word/theme/theme1.xml 含有 DOCTYPE"),
    "deep-styles": (lambda p: make_docx(p, styles=CHINESE_STYLES.replace("</w:styles>", nested(300) + "</w:styles>")), "word/styles.xml 嵌套超过 256 层"),
    "styles-ratio-bomb": (lambda p: make_docx(p, styles=padded(CHINESE_STYLES, 4 * 1024 * 1024), compression=zipfile.ZIP_DEFLATED), "压缩炸弹"),
    "styles-lying-header": (
        lambda p: lie_about_size(make_docx(p, styles=padded(CHINESE_STYLES, 16 * 1024 * 1024), compression=zipfile.ZIP_DEFLATED), "word/styles.xml", 4096),
        "无法读取 word/styles.xml",
    ),
    "many-entries": (lambda p: _with_entries(make_docx(p), many_entries(5000)), "个条目（上限 5000）"),
}


@pytest.mark.parametrize("case", list(BAD_REFERENCES))
def test_cli_broken_or_hostile_reference_doc_is_one_line_and_writes_nothing(tmp_path: Path, case: str) -> None:
    make, words = BAD_REFERENCES[case]
    spec = tmp_path / "speech.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    bad = make(tmp_path / "house.docx")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "docx", "-o", str(out), "--reference-doc", str(bad)])
    assert_user_error(result, f"{bad}：参考文档", words)
    assert SECRET not in result.output
    assert not out.exists()
