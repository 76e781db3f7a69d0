"""More inputs for mine and check: .doc and .wps through LibreOffice, and a .docx whose paragraphs were merged with line breaks."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.errors import InputError
from jianggao.reader.speech_file import read_speech
from jianggao.soffice import SOFFICE_ENV, find_soffice, headless_command, new_profile, run_soffice
from tests.cli_helpers import assert_user_error
from tests.speech_files import MEETING_SPEECH, W_NS, document_xml, paragraph_xml, write_docx

SPEECH = [
    "在全县春耕生产工作会议上的讲话",
    "同志们：",
    "今天召开会议。下面，我讲两点意见。",
    "一、提高认识",
    "春耕生产事关全年。",
    "二、落实措施",
    "要抓好种子和化肥供应。",
]


@pytest.fixture(scope="module")
def word97(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SPEECH saved by LibreOffice as Word 97 (.doc), as an old Word or WPS would leave it."""
    soffice = find_soffice()
    if soffice is None:
        if os.environ.get("JIANGGAO_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("LibreOffice not installed, but JIANGGAO_REQUIRE_LIBREOFFICE=1")
        pytest.skip("LibreOffice not installed")
    folder = tmp_path_factory.mktemp("doc")
    document = docx.Document()
    for text in SPEECH:
        document.add_paragraph(text)
    document.save(folder / "speech.docx")
    profile = new_profile()
    try:
        command = [*headless_command(soffice, profile), "--convert-to", "doc", "--outdir", str(folder), str(folder / "speech.docx")]
        run_soffice(command, dict(os.environ), 120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    doc = folder / "speech.doc"
    assert doc.read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # a real OLE compound file
    return doc


@pytest.mark.parametrize("name", ["讲话.doc", "讲话.wps"])
def test_doc_and_wps_are_read_through_libreoffice(word97: Path, tmp_path: Path, name: str) -> None:
    path = tmp_path / name  # a non-ASCII name: LibreOffice gets an ASCII copy
    shutil.copyfile(word97, path)
    result = read_speech(path)
    assert [p.text for p in result.paragraphs] == SPEECH
    assert result.outline.title == SPEECH[0]
    assert [n.heading for n in result.outline.points] == ["提高认识", "落实措施"]


def test_mine_cli_reads_a_doc(word97: Path, tmp_path: Path) -> None:
    out = tmp_path / "spec.yaml"
    result = CliRunner().invoke(cli, ["mine", str(word97), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "提高认识" in out.read_text(encoding="utf-8")


def test_broken_doc_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(InputError) as info:
        read_speech(path)
    message = str(info.value)
    assert str(path) in message and "（.doc）" in message and "\n" not in message


def test_a_doc_renamed_docx_is_read_as_the_doc_it_is(word97: Path, tmp_path: Path) -> None:
    # writers rename files to please upload forms: it was refused as “not docx” although LibreOffice reads it
    renamed = tmp_path / "去年讲话.docx"
    shutil.copyfile(word97, renamed)
    result = CliRunner().invoke(cli, ["mine", str(renamed), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "提高认识" in result.stdout and "落实措施" in result.stdout


@pytest.mark.parametrize(
    ("name", "kind"),
    [("speech.doc", "旧版 Word 文档（.doc）"), ("speech.wps", "WPS 文字文档（.wps）"), ("speech.docx", "旧版 Word 文档（.doc，扩展名却是 .docx）")],
)
def test_without_libreoffice_a_doc_is_one_chinese_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, kind: str) -> None:
    monkeypatch.setenv(SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", str(tmp_path / "spec.yaml")])
    line = assert_user_error(result, str(path), kind, "需要 LibreOffice", "另存为 .docx")
    assert "Traceback" not in line
    assert not (tmp_path / "spec.yaml").exists()


def _paragraph_with_breaks(lines: list[str], style: str = "") -> str:
    runs = '<w:r><w:br/></w:r>'.join(f'<w:r><w:t xml:space="preserve">{line}</w:t></w:r>' for line in lines)
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def test_paragraphs_merged_with_line_breaks_are_split_back(tmp_path: Path) -> None:
    """pandoc and web pastes put a whole speech in one Word paragraph, its paragraphs joined by w:br."""
    merged = _paragraph_with_breaks(
        [
            "在全县春耕生产工作会议上的讲话",
            "同志们：",
            "今天召开会议，主要是部署春耕生产。各乡镇要落实责任，",  # cut after a comma: the sentence runs on
            "抓好各项准备。下面，我讲两点意见。",
            "一、提高认识",
            "春耕生产事关全年。",
            "二、落实措施",
            "要抓好种子和化肥供应。",
        ]
    )
    path = write_docx(tmp_path / "merged.docx", [merged])
    result = read_speech(path)
    assert [p.text for p in result.paragraphs] == [
        "在全县春耕生产工作会议上的讲话",
        "同志们：",
        "今天召开会议，主要是部署春耕生产。各乡镇要落实责任，抓好各项准备。下面，我讲两点意见。",
        "一、提高认识",
        "春耕生产事关全年。",
        "二、落实措施",
        "要抓好种子和化肥供应。",
    ]
    assert result.outline.title == "在全县春耕生产工作会议上的讲话"
    assert [n.heading for n in result.outline.points] == ["提高认识", "落实措施"]


def test_a_title_broken_over_two_lines_stays_one_title(tmp_path: Path) -> None:
    title = _paragraph_with_breaks(["坚定信心　奋力攻坚", "——在全市经济工作会议上的讲话"])
    body = '<w:p><w:r><w:t>同志们：</w:t></w:r></w:p><w:p><w:r><w:t>今天开会。</w:t></w:r></w:p>'
    path = write_docx(tmp_path / "title.docx", [title, body])
    outline = read_speech(path).outline
    assert (outline.title, outline.subtitle) == ("坚定信心　奋力攻坚", "——在全市经济工作会议上的讲话")


def test_check_reads_a_doc_by_paragraph(word97: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(word97)])
    assert result.exit_code == 0, result.output
    assert f"{word97} 第6段「二、落实措施」" in result.output  # paragraphs of the Word document, as for a .docx


def _bold_lead_xml(lead: str, rest: str) -> str:
    return f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{lead}</w:t></w:r><w:r><w:t>{rest}</w:t></w:r></w:p>"


def test_bold_lead_sentences_in_word_are_the_points_when_nothing_is_numbered(tmp_path: Path) -> None:
    body = "走出校门以后，工作会越来越忙，但请不要丢掉这份心意，多读书，多思考，让自己的世界一直在长大。"
    path = write_docx(tmp_path / "bold.docx", [
        paragraph_xml("在2024届毕业典礼上的讲话"), paragraph_xml("亲爱的同学们："),
        paragraph_xml("今天我们在这里举行毕业典礼，我想送给大家几句话。"),
        _bold_lead_xml("愿你们永远保持好奇。", body), _bold_lead_xml("愿你们永远心存善意。", body),
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>这一句整段加粗，后面没有正文。</w:t></w:r></w:p>",
        paragraph_xml("谢谢大家！"),
    ])
    outline = read_speech(path).outline
    assert [(n.label, n.heading) for n in outline.points] == [("", "愿你们永远保持好奇。"), ("", "愿你们永远心存善意。")]


def test_bold_phrases_leading_clauses_in_word_are_sub_points(tmp_path: Path) -> None:
    """Word's bold runs inside a paragraph: three short bold phrases that each open a clause alike are its
    sub-points, as **…** in Markdown; bold words for emphasis inside a sentence are not."""

    def runs(*parts: tuple[str, bool]) -> str:
        bold = "<w:rPr><w:b/></w:rPr>"
        return "<w:p>" + "".join(f"<w:r>{bold if b else ''}<w:t>{t}</w:t></w:r>" for t, b in parts) + "</w:p>"

    path = write_docx(tmp_path / "clauses.docx", [
        paragraph_xml("在2025年新教师入职培训会上的讲话"), paragraph_xml("各位新同事："),
        paragraph_xml("欢迎大家加入。我讲两点。"),
        paragraph_xml("一、站稳讲台"),
        runs(("站稳讲台是第一关。希望大家", False), ("要认真备好每一节课", True), ("，不打无准备之仗；", False),
             ("要虚心听课学习", True), ("，多向老教师请教；", False), ("要及时反思改进", True), ("，每周写一篇教学随笔。", False)),
        paragraph_xml("二、关爱学生"),
        runs(("我们常说", False), ("耐心", True), ("、", False), ("细心", True), ("、", False), ("爱心", True),
             ("，做到却不容易。", False)),
        paragraph_xml("谢谢大家！"),
    ])
    outline = read_speech(path).outline
    assert [(n.depth, n.heading[:8]) for n in outline.nodes()] == [
        (1, "站稳讲台"), (2, "要认真备好每一节"), (2, "要虚心听课学习，"), (2, "要及时反思改进，"), (1, "关爱学生"),
    ]


def test_a_libreoffice_that_cannot_start_is_explained_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soffice = tmp_path / "soffice"
    soffice.write_bytes(b"\x00\x01 not a program")  # executable bit set, but the system cannot run it
    soffice.chmod(0o755)
    monkeypatch.setenv(SOFFICE_ENV, str(soffice))
    path = tmp_path / "speech.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", str(tmp_path / "spec.yaml")])
    line = assert_user_error(result, str(path), "无法启动 LibreOffice")
    assert "Exec format error" not in line and "Traceback" not in line


_TAB_BYLINE = "<w:p><w:r><w:t>副市长</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>周建国</w:t></w:r></w:p>"
_TAB_HEADING = (  # a tab stop in w:pPr is no text; the tab in the run is
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="840"/></w:tabs></w:pPr>'
    "<w:r><w:t>一、</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>提高认识，增强责任感</w:t></w:r></w:p>"
)
_HYPHENED = "<w:p><w:r><w:t>要在2026</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t>2028年完成改造。</w:t></w:r></w:p>"


def test_word_tabs_and_non_breaking_hyphens_are_read(tmp_path: Path) -> None:
    # they were dropped: 副市长⇥周建国 read as one word (a subtitle), 2026‑2028年 as 20262028年
    body = (
        paragraph_xml("在全市防汛工作会议上的讲话") + _TAB_BYLINE + paragraph_xml("同志们：")
        + paragraph_xml("今天召开会议。下面，我讲两点意见。") + _TAB_HEADING + _HYPHENED
        + paragraph_xml("二、压实责任，确保安全度汛") + paragraph_xml("要在岗在位。") + paragraph_xml("同志们，让我们共同努力！")
    )
    draft = write_docx(tmp_path / "旧稿.docx", [], document=document_xml(body))
    result = CliRunner().invoke(cli, ["mine", str(draft), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "speaker: 周建国\nspeaker_title: 副市长\n" in result.stdout, result.stdout
    assert "  - heading: 提高认识，增强责任感\n" in result.stdout
    assert "要在2026-2028年完成改造。" in result.stdout


_MOVED_FROM = '<w:p><w:moveFrom w:id="7" w:author="秘书"><w:r><w:t>要加强巡查值守。</w:t></w:r></w:moveFrom></w:p>'
_MOVED_TO = '<w:p><w:moveTo w:id="8" w:author="秘书"><w:r><w:t>要加强巡查值守。</w:t></w:r></w:moveTo></w:p>'
_HIDDEN = '<w:p><w:r><w:t>要在岗在位。</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（此处请领导脱稿发挥）</w:t></w:r></w:p>'


def _speech_with(tmp_path: Path, first: str, second: str) -> Path:
    body = (
        paragraph_xml("在全市防汛工作会议上的讲话") + paragraph_xml("同志们：") + paragraph_xml("今天召开会议。下面，我讲两点意见。")
        + paragraph_xml("一、提高认识，增强责任感") + first + paragraph_xml("防汛工作丝毫不能放松。")
        + paragraph_xml("二、压实责任，确保安全度汛") + second + paragraph_xml("同志们，让我们共同努力！")
    )
    return write_docx(tmp_path / "旧稿.docx", [], document=document_xml(body))


def test_a_moved_paragraph_is_read_once(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["mine", str(_speech_with(tmp_path, _MOVED_FROM, _MOVED_TO)), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("要加强巡查值守。") == 1, result.stdout


def test_hidden_text_is_left_out_and_said(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["mine", str(_speech_with(tmp_path, paragraph_xml("要加强巡查值守。"), _HIDDEN)), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "脱稿发挥" not in result.stdout
    assert "隐藏" in result.stderr


def _ruby(base: str, reading: str) -> str:
    """A character with its pinyin above it, as Word's 拼音指南 sets it."""
    return (
        '<w:r><w:ruby><w:rubyPr><w:hps w:val="10"/><w:hpsBaseText w:val="21"/></w:rubyPr>'
        f"<w:rt><w:r><w:t>{reading}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>{base}</w:t></w:r></w:rubyBase></w:ruby></w:r>"
    )


def test_pinyin_over_a_character_is_not_read_into_the_text(tmp_path: Path) -> None:
    annotated = "<w:p><w:r><w:t>要发扬</w:t></w:r>" + _ruby("筚", "bì") + _ruby("路", "lù") + "<w:r><w:t>蓝缕、以启山林的精神。</w:t></w:r></w:p>"
    paragraphs = [paragraph_xml(t) for t in MEETING_SPEECH]
    paragraphs.insert(5, annotated)
    draft = write_docx(tmp_path / "旧稿.docx", [], document=document_xml("".join(paragraphs)))
    result = CliRunner().invoke(cli, ["mine", str(draft), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "要发扬筚路蓝缕、以启山林的精神。" in result.stdout, result.stdout
    assert "拼音" in result.stderr


R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CHUNK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.htm"/>'
    "</Relationships>"
)
_CHUNK = "<html><body><p>在全县会议上的讲话</p><p>同志们：</p><p>一、抓好落实</p><p>要落实。</p></body></html>"


def test_a_word_file_made_of_an_embedded_page_says_so(tmp_path: Path) -> None:
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:body><w:altChunk r:id="c1"/></w:body></w:document>'
    )
    draft = write_docx(tmp_path / "导出.docx", [], document=document, extra={"word/_rels/document.xml.rels": _CHUNK_RELS, "word/chunk.htm": _CHUNK})
    line = assert_user_error(CliRunner().invoke(cli, ["mine", str(draft), "-o", "-"]), "导出.docx", "另存为")
    assert "没有中文段落" not in line


# --- the report names the file the writer gave, not the .docx it was read as ---------------------


@pytest.mark.parametrize(
    ("name", "said"),
    [("去年讲话.doc", "（doc，经 LibreOffice 转换，"), ("去年讲话.wps", "（wps，经 LibreOffice 转换，"), ("去年讲话.docx", "（实为 doc，经 LibreOffice 转换，")],
    ids=["doc", "wps", "doc-renamed-docx"],
)
def test_the_mine_report_names_an_old_word_or_wps_file_as_given(word97: Path, tmp_path: Path, name: str, said: str) -> None:
    path = tmp_path / name
    shutil.copyfile(word97, path)
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"已读取 {path}{said}"), first
    assert "（docx，" not in first


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("讲话.docx", None, "（docx，"),
        ("讲话.md", "# 在全县春耕生产工作会议上的讲话\n\n同志们：\n\n## 一、提高认识\n\n春耕生产事关全年。\n", "（md，"),
        ("讲话.txt", "# 在全县春耕生产工作会议上的讲话\n\n同志们：\n\n## 一、提高认识\n\n春耕生产事关全年。\n", "（txt，按 Markdown 读取，"),
        ("讲话.txt", "\n".join(SPEECH) + "\n", "（txt，"),
    ],
    ids=["docx", "md", "txt-of-markdown", "txt"],
)
def test_the_mine_report_names_a_file_read_as_it_is_without_libreoffice(tmp_path: Path, name: str, text: str | None, said: str) -> None:
    path = tmp_path / name
    if text is None:
        write_docx(path, [paragraph_xml(t) for t in SPEECH])
    else:
        path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"已读取 {path}{said}"), first
    assert "LibreOffice" not in first
