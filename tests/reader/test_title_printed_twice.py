"""A page that prints a speech's title twice on one line (``header.title_line``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.header import title_line
from tests.speech_files import read_copy


@pytest.mark.parametrize(
    "line",
    [
        "镇长在全镇春耕备耕工作会上的讲话 镇长在全镇春耕备耕工作会上的讲话",
        "镇长在全镇春耕备耕工作会上的讲话\u3000镇长在全镇春耕备耕工作会上的讲话",
        "镇长在全镇春耕备耕工作会上的讲话镇长在全镇春耕备耕工作会上的讲话",
    ],
)
def test_a_title_printed_twice_on_its_line_is_read_once(line: str) -> None:
    assert title_line(line) == ("镇长在全镇春耕备耕工作会上的讲话", [])


def test_two_different_titles_on_a_line_stay_as_they_are() -> None:
    """Near miss: a main title and another title beside it are not one title printed twice."""
    line = "在全镇春耕备耕工作会上的讲话 在全镇秋收工作会上的讲话"
    assert title_line(line) == (line, [])


def test_a_repeated_phrase_that_is_no_title_stays() -> None:
    """Near miss: words said twice (a slogan) do not read as a speech's title."""
    assert title_line("加油干加油干") == ("加油干加油干", [])


def test_a_pages_labelled_title_printed_twice_is_read_once(tmp_path: Path) -> None:
    """标题：X X in a page's information block, as a whole copy gives it to mine."""
    text = (
        "文章标题：镇长在全镇春耕备耕工作会上的讲话 镇长在全镇春耕备耕工作会上的讲话\n"
        "同志们：\n今天我们召开全镇春耕备耕工作会议。\n"
        "一、抓紧抓实春耕备耕各项准备\n各村要早动手、早安排。\n"
        "二、切实保障农资供应\n供销社要备足化肥种子。\n"
    )
    assert read_copy(tmp_path, text).outline.title == "镇长在全镇春耕备耕工作会上的讲话"
