"""A title that ends with its speaker in brackets, by office and name (stop 16): the bracket is a byline."""

from __future__ import annotations

import pytest

from jianggao.reader.header import title_line


@pytest.mark.parametrize(
    ("line", "title", "bylines"),
    [
        ("在全县工作会议上的讲话（县委书记 张明远）", "在全县工作会议上的讲话", ["县委书记 张明远"]),
        ("在年度技术大会上的开场致辞（数据技术部负责人王明远）", "在年度技术大会上的开场致辞", ["数据技术部负责人王明远"]),
        ("在新品发布会上的演讲(公司创始人 李明)", "在新品发布会上的演讲", ["公司创始人 李明"]),
    ],
)
def test_the_speaker_in_brackets_after_the_title_is_a_byline(line: str, title: str, bylines: list[str]) -> None:
    assert title_line(line) == (title, bylines)


@pytest.mark.parametrize(
    "line",
    [
        "关于加强基层党建工作的讲话（提纲）",  # a tag, no speaker
        "在全县工作会议上的讲话（张明远）",  # a name with no office: may be a tag's word, left as it is
        "关于设立县委书记信箱的说明（县委书记）",  # an office with no name
    ],
)
def test_a_bracket_with_no_office_and_name_stays(line: str) -> None:
    assert title_line(line) == (line, [])
