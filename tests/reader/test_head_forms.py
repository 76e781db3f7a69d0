"""Head lines as writers type them (a probe of common forms at stop 18), in speeches of our own wording, each beside
a near miss: the speaker named by office before a colon or in brackets after the name is a byline, not a subtitle;
同志们， on a line of its own is the salutation; a title quoted whole in book marks (《在…上的讲话》) is the title."""

from __future__ import annotations

import pytest

from jianggao.reader.outline import SourceParagraph, parse_outline

BODY = (
    "今天召开全县工作会议，我讲三点意见。",
    "一、统一思想",
    "当前，一些干部对形势认识不足，存在等一等、看一看的思想，必须下大力气加以解决，确保全县上下步调一致。",
    "二、狠抓落实",
    "各项任务已经明确，关键在于落实。各级各部门要对照目标任务，细化措施，压实责任，确保每项工作有人抓。",
    "三、转变作风",
    "作风建设永远在路上。要坚决反对形式主义、官僚主义，切实减轻基层负担，让干部把精力用在抓落实上。",
)


def read(*head: str):
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate((*head, *BODY))])


@pytest.mark.parametrize("line", ["县委书记：张明远", "张明远（县委书记）", "张明远　（县委副书记、县长）"])
def test_the_speaker_named_by_office_is_a_byline(line: str) -> None:
    outline = read("在全县工作会议上的讲话", line, "同志们：")
    assert outline.title == "在全县工作会议上的讲话"
    assert [b.text for b in outline.bylines] == [line]
    assert outline.subtitle == ""


def test_a_theme_over_the_line_naming_the_speech_keeps_its_subtitle() -> None:
    """Near miss: the line under a theme title names the speech, no speaker: it is the subtitle."""
    outline = read("凝心聚力　真抓实干", "在全县工作会议上的讲话", "同志们：")
    assert outline.subtitle == "在全县工作会议上的讲话"
    assert outline.bylines == []


def test_the_audience_on_a_line_ending_in_a_comma_is_the_salutation() -> None:
    outline = read("在全县工作会议上的讲话", "同志们，")
    assert outline.salutation == "同志们"
    assert outline.bylines == []
    assert len(outline.points) == 3


def test_a_salutation_over_two_lines_is_one_salutation() -> None:
    """Near miss: a line ending in a comma over the salutation's colon line is that salutation's first line."""
    outline = read("在全县工作会议上的讲话", "尊敬的各位领导，", "亲爱的同志们：")
    assert outline.salutation == "尊敬的各位领导，亲爱的同志们"


def test_a_title_quoted_whole_in_book_marks_is_the_title() -> None:
    assert read("《在全县工作会议上的讲话》", "同志们：").title == "在全县工作会议上的讲话"


def test_a_title_that_quotes_a_work_keeps_its_marks() -> None:
    """Near miss: book marks around a work the title names, not the whole title, stay."""
    assert read("学习《论持久战》的体会发言", "同志们：").title == "学习《论持久战》的体会发言"
