"""A table of contents printed above the salutation (目录 / the speech's headings / 同志们：) is set aside and
named in the report as such, not read into the head (目  录 as a speaker's name) nor listed as web debris."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.reader.speech_file import CONTENTS_REASON, read_speech
from tests.speech_files import document_xml, paragraph_xml, write_docx

TITLE = "在全县文旅融合发展大会上的讲话"
HEADINGS = ["一、擦亮文化名片", "二、做强旅游产业", "三、优化发展环境"]
BODY = [
    "同志们：",
    "今天召开大会，主要是部署文旅融合发展工作。下面，我讲三点意见。",
    HEADINGS[0],
    "我县历史文化资源丰富，要深入挖掘古镇、古村落的文化内涵，讲好本地故事。",
    HEADINGS[1],
    "要加快景区提档升级，培育乡村旅游精品线路，带动群众增收。",
    HEADINGS[2],
    "要完善交通、住宿等配套设施，提升服务水平，让游客来得了、留得住。",
    "同志们，让我们齐心协力，推动文旅融合发展再上新台阶！",
]


def mine(path: Path) -> tuple[str, str]:
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def write(tmp_path: Path, lines: list[str], name: str = "讲话.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_contents_list_above_the_salutation_is_set_aside_and_named(tmp_path: Path) -> None:
    spec, report = mine(write(tmp_path, [TITLE, "目录", *HEADINGS, *BODY]))
    lines = report.splitlines()
    start = lines.index("已略去正文前的目录 4 行（目录不进说明书，要点按正文里的标题读出）：")
    assert lines[start + 1 : start + 5] == [
        "  第 2 行（正文前的目录）：目录",
        "  第 3 行（正文前的目录）：一、擦亮文化名片",
        "  第 4 行（正文前的目录）：二、做强旅游产业",
        "  第 5 行（正文前的目录）：三、优化发展环境",
    ]
    assert "网页" not in report  # (it was listed as web debris: 网页目录, 标题前的目录或符号)
    assert f"title: {TITLE}" in spec and "目录" not in spec
    assert spec.count("- heading: ") == 3


def test_a_spaced_contents_word_and_page_numbers_are_no_byline(tmp_path: Path) -> None:
    # 目  录 was read as an office and a name (speaker: 录, speaker_title: 目)
    entries = [f"{h}…………{n}" for n, h in enumerate(HEADINGS, start=1)]
    path = write(tmp_path, [TITLE, "目  录", *entries, *BODY])
    result = read_speech(path)
    assert [d.reason for d in result.dropped] == [CONTENTS_REASON] * 4
    assert result.outline.bylines == [] and result.outline.title == TITLE
    spec, _ = mine(path)
    assert "speaker" not in spec


def test_a_word_contents_field_is_set_aside(tmp_path: Path) -> None:
    entries = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:hyperlink w:anchor="_Toc{n}"><w:r><w:t>{h}</w:t></w:r>'
        f"<w:r><w:tab/></w:r><w:r><w:t>{n}</w:t></w:r></w:hyperlink></w:p>"
        for n, h in enumerate(HEADINGS, start=1)
    )
    contents = f'<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>{paragraph_xml("目录")}{entries}</w:sdtContent></w:sdt>'
    body = paragraph_xml(TITLE, style="a3") + contents + "".join(paragraph_xml(t) for t in BODY)
    path = write_docx(tmp_path / "讲话.docx", [], document=document_xml(body))
    _, report = mine(path)
    assert "已略去正文前的目录 4 行" in report and "  第 3 行（正文前的目录）：一、擦亮文化名片 1" in report


def test_a_markdown_list_of_links_to_the_headings_is_set_aside(tmp_path: Path) -> None:
    links = [f"- [{h}](#part{n})" for n, h in enumerate(HEADINGS)]
    body = ["同志们：", "", BODY[1], ""] + [x for h, t in zip(HEADINGS, BODY[3:8:2], strict=True) for x in (f"## {h}", "", t, "")]
    path = write(tmp_path, [f"# {TITLE}", "", *links, "", *body, BODY[-1]], name="讲话.md")
    result = read_speech(path)
    assert [(d.number, d.reason) for d in result.dropped] == [(3, CONTENTS_REASON), (4, CONTENTS_REASON), (5, CONTENTS_REASON)]
    assert [n.heading for n in result.outline.points] == ["擦亮文化名片", "做强旅游产业", "优化发展环境"]


def test_head_lines_the_body_does_not_repeat_are_no_contents(tmp_path: Path) -> None:
    # a subtitle and a byline above the salutation: nothing is set aside
    path = write(tmp_path, [TITLE, "——在县委十五届八次全会上", "县委书记 张明", *BODY])
    result = read_speech(path)
    assert not any(d.reason == CONTENTS_REASON for d in result.dropped)
    assert [b.text for b in result.outline.bylines] == ["县委书记 张明"]


def test_one_heading_repeated_above_the_salutation_is_no_contents(tmp_path: Path) -> None:
    path = write(tmp_path, [TITLE, HEADINGS[0], *BODY])
    assert not any(d.reason == CONTENTS_REASON for d in read_speech(path).dropped)


def test_heading_lines_above_the_salutation_that_are_sentences_below_it_are_no_contents(tmp_path: Path) -> None:
    # the lines name the headings' words, but the body prints them inside longer headings: no entry matches
    path = write(tmp_path, [TITLE, "一、擦亮文化", "二、做强旅游", *BODY])
    assert not any(d.reason == CONTENTS_REASON for d in read_speech(path).dropped)


def test_heading_lines_over_a_paragraph_of_prose_above_the_salutation_are_no_contents(tmp_path: Path) -> None:
    # a sentence between the lines and the salutation: they are no list printed before the speech
    prose = "今年以来，全县上下围绕文旅融合发展目标，真抓实干，各项工作取得明显成效。"
    path = write(tmp_path, [TITLE, HEADINGS[0], HEADINGS[1], prose, *BODY])
    assert not any(d.reason == CONTENTS_REASON for d in read_speech(path).dropped)
