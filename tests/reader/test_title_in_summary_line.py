"""A page's summary line that opens with the speech's title and runs on into its salutation and first words."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.speech_file import read_speech

REST = (
    "同志们：\n今年的植树造林任务已经下达到各乡镇，时间紧、任务重，今天把大家召集起来，就是要把任务再明确一遍。\n"
    "一、思想上要再重视一些\n有的乡镇觉得植树是软任务，种下去就算完事，这种想法要不得，成活率才是硬指标。\n"
)
RUN_ON = "今年的植树造林任务已经下达到各乡镇，时间紧、任务重，今天把大家召集起来，就是要把任务再明确一遍，请大家回去以后认真传达、抓好落实，确保按时完成任务。"


def read(tmp_path: Path, first_line: str) -> str:
    path = tmp_path / "speech.txt"
    path.write_text(first_line + "\n" + REST, encoding="utf-8")
    return read_speech(path).outline.title


def test_the_title_opening_a_summary_line_is_read(tmp_path: Path) -> None:
    line = "在全县植树造林动员会上的讲话 同志们:" + RUN_ON
    assert read(tmp_path, line) == "在全县植树造林动员会上的讲话"


def test_a_summary_line_that_opens_with_no_title_gives_none(tmp_path: Path) -> None:
    """Near miss: the words before the salutation end as no speech's title does."""
    line = "全县植树造林动员会议材料汇编 同志们:" + RUN_ON
    assert read(tmp_path, line) != "全县植树造林动员会议材料汇编"
