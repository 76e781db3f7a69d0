"""Bylines the reader lost (stop 68): a note app's emoji before a speaker's field (📝 讲话人：…｜场合：…), an office in
the bracket after the name whose first character is a surname's (王建国（董事长）: 董), and a minority's name of five
characters set apart after the office (内蒙古自治区主席　苏和巴雅尔). Each names the speaker, as its writer meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = """同志们：

今天召开这个会，主要是总结去年工作，部署今年任务。我讲两点意见。

一、回顾过去一年

一年来，我们完成了各项目标任务，成绩来之不易。

二、做好今年工作

今年任务艰巨，我们要继续努力，狠抓落实。

同志们，让我们共同努力，把各项工作做得更好！
"""


@pytest.mark.parametrize(
    ("byline", "office", "name"),
    [
        ("📝 讲话人：庞建国（创始人、CEO）｜场合：2024年公司年会", "创始人、CEO", "庞建国"),
        ("🎤讲话人：庞建国", None, "庞建国"),
        ("讲话人：庞建国（董事长）", "董事长", "庞建国"),
        ("嘉宾：庞建国（董事长）", "董事长", "庞建国"),
        ("内蒙古自治区主席　苏和巴雅尔", "内蒙古自治区主席", "苏和巴雅尔"),
    ],
)
def test_the_line_under_the_title_names_the_speaker(tmp_path: Path, byline: str, office: str | None, name: str) -> None:
    spec, report = mine(tmp_path, f"在2024年工作会议上的讲话\n\n{byline}\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == (name, office)
    assert "页头）：" + byline not in report and "重复的标题" not in report


def test_the_note_lines_other_facts_are_listed_as_dropped(tmp_path: Path) -> None:
    """The place a note's line gives beside the speaker is no byline: dropped, and said so in the report."""
    spec, report = mine(tmp_path, f"在2024年工作会议上的讲话\n\n📝 讲话人：庞建国｜场合：2024年公司年会\n\n{BODY}")
    assert spec["speaker"] == "庞建国"
    assert "场合：2024年公司年会" in report


def test_an_office_and_a_five_character_phrase_of_a_title_is_no_byline(tmp_path: Path) -> None:
    """县委书记　在大会上讲话: 在… after the office is an occasion, not a name."""
    spec, _ = mine(tmp_path, f"在2024年工作会议上的讲话\n\n县委书记　在会上讲话\n\n{BODY}")
    assert spec.get("speaker") != "在会上讲话"
