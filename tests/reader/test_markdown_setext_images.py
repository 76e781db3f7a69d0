"""Markdown as saved article pages write it: a title underlined with ===== (a Setext heading), and pictures
(![图片](…)) whose alt text is no word of the speech: left out, and the report says where."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.speech_file import read_speech

BODY = (
    "同志们：\n\n今天召开会议，推进营商环境优化工作。下面，我讲两点意见。\n\n"
    "## 一、认清形势\n\n营商环境就是生产力，各部门要有紧迫感。\n\n"
    "## 二、狠抓落实\n\n各部门要对照清单，逐项抓好落实。\n"
)


def read(tmp_path: Path, text: str):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return read_speech(path)


def test_a_title_underlined_with_equals_signs_is_the_title(tmp_path: Path) -> None:
    got = read(tmp_path, "在全区营商环境优化推进会上的讲话\n=================\n\n" + BODY)
    assert got.outline.title == "在全区营商环境优化推进会上的讲话"
    assert not any(d.text.startswith("===") for d in got.dropped)


def test_a_line_underlined_with_dashes_is_a_heading(tmp_path: Path) -> None:
    text = "# 在全区营商环境优化推进会上的讲话\n\n" + BODY.replace("## 二、狠抓落实\n", "二、狠抓落实\n------\n")
    assert [n.heading for n in read(tmp_path, text).outline.points] == ["认清形势", "狠抓落实"]


def test_a_rule_after_a_blank_line_is_no_heading(tmp_path: Path) -> None:
    """Near miss: ----- after a blank line is a rule between parts, not an underline."""
    text = "# 在全区营商环境优化推进会上的讲话\n\n" + BODY + "\n-----\n\n谢谢大家！\n"
    got = read(tmp_path, text)
    assert [n.heading for n in got.outline.points] == ["认清形势", "狠抓落实"]
    assert "各部门要对照清单，逐项抓好落实。" in [p.text for n in got.outline.points for p in n.paragraphs]


def test_pictures_are_left_out_and_named_in_the_report(tmp_path: Path) -> None:
    text = (
        "# 在全区营商环境优化推进会上的讲话\n\n![图片](https://example.org/a.jpg)\n\n"
        + BODY.replace("## 二、狠抓落实\n", "**![会场](https://example.org/b.jpg)**\n\n## 二、狠抓落实\n")
    )
    got = read(tmp_path, text)
    assert got.outline.title == "在全区营商环境优化推进会上的讲话"
    words = [p.text for p in got.paragraphs]
    assert not any("图片" in w or "会场" in w or "example.org" in w for w in words)
    assert any("有图片（共 2 张）" in note for note in got.source_notes)


def test_a_link_keeps_its_words(tmp_path: Path) -> None:
    """Near miss: a link ([营商环境评价办法](…)) is words of the speech; only a picture on a line of its own goes."""
    text = "# 在全区营商环境优化推进会上的讲话\n\n" + BODY.replace("营商环境就是生产力，", "按照[营商环境评价办法](https://example.org/c)，")
    got = read(tmp_path, text)
    assert any("按照营商环境评价办法，" in p.text for p in got.paragraphs)
    assert not any("图片" in note for note in got.source_notes)


ARTICLE = (
    "定力至上：在年终秀上的演讲\n=========\n\n演讲 / 张明远\n\n**01**\n\n**上半场：遇见今年，寻找定力**\n\n"
    "“当这个时代到来的时候，锐不可当。”\n\n今年是我的第九场年终演讲，我想和大家聊聊这一年。\n\n"
    "**02**\n\n**下半场：预见明年，活着就是胜利**\n\n明年的经济会怎样？我有几个判断。\n\n"
    "**03**\n\n**终场：相信相信的力量**\n\n最后，我想说，相信相信的力量。谢谢大家！\n"
)


def test_bold_section_lines_under_a_markdown_title_open_the_text(tmp_path: Path) -> None:
    got = read(tmp_path, ARTICLE)
    assert got.outline.title == "定力至上：在年终秀上的演讲"
    assert not any("上半场" in d.text or "当这个时代" in d.text for d in got.dropped)
    body = [t.text for t in got.outline.opening] + [p.text for n in got.outline.nodes() for p in n.paragraphs]
    # (each 01 over two short lines: the first heads its part, stop 49; kept as a heading, not lost)
    assert [n.heading for n in got.outline.points] == ["上半场：遇见今年，寻找定力", "下半场：预见明年，活着就是胜利", "终场：相信相信的力量"]
    assert "“当这个时代到来的时候，锐不可当。”" in body


def test_a_bold_byline_under_the_title_stays_out_of_the_text(tmp_path: Path) -> None:
    """Near miss: **作者｜张小珺** in bold under the title is the page's byline, not a section."""
    got = read(tmp_path, ARTICLE.replace("演讲 / 张明远", "**作者｜张小珺**"))
    assert not any("张小珺" in p.text for n in got.outline.points for p in n.paragraphs)
    assert not any("张小珺" in n.heading for n in got.outline.points)
