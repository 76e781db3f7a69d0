"""A heading the copy glued to its text is ended where the reader judges; mine's report says where, so the
writer checks it (``outline._note_guessed_ends``). Speeches of our own wording, beside near misses."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from jianggao.cli import cli
from tests.speech_files import read_copy

HEAD = "在全县秋季农业生产工作会议上的讲话\n同志们：\n今天召开全县秋季农业生产工作会议，部署秋收秋种工作。下面，我讲两点意见。\n"
CLOSING = "同志们，秋收秋种时间紧、任务重，希望大家抓紧抓实，确保颗粒归仓！\n"


def _guessed(read) -> list[str]:
    return [note for note in read.notes if "竖线处" in note]


def test_a_heading_glued_to_its_text_is_said_with_where_it_was_ended(tmp_path: Path) -> None:
    text = (
        HEAD
        + "一、认清形势，增强抓好秋收秋种的紧迫感今年以来，全县遭遇了罕见的持续干旱，秋粮生产面临不少困难。\n"
        + "二、突出重点，确保秋收秋种顺利推进\n各乡镇要组织农机下田，做到应收尽收。\n"
        + CLOSING
    )
    notes = _guessed(read_copy(tmp_path, text))
    assert len(notes) == 1
    assert "第 4 段" in notes[0] and "…增强抓好秋收秋种的紧迫感｜今年以来，全县遭…" in notes[0]


def test_headings_on_lines_of_their_own_or_closed_by_a_full_stop_are_not_said(tmp_path: Path) -> None:
    """Near misses: where these headings end is printed in the copy."""
    own_lines = HEAD + "一、认清形势\n今年以来，全县遭遇了持续干旱。\n二、突出重点\n各乡镇要组织农机下田。\n" + CLOSING
    full_stop = (
        HEAD + "一、要认清形势。今年以来，全县遭遇了持续干旱。\n二、要突出重点。各乡镇要组织农机下田。\n" + CLOSING
    )
    assert _guessed(read_copy(tmp_path, own_lines)) == []
    assert _guessed(read_copy(tmp_path, full_stop)) == []


def test_more_glued_headings_than_are_shown_are_counted(tmp_path: Path) -> None:
    starts = ("认清形势", "突出重点", "强化保障", "压实责任", "严格督查", "营造氛围", "总结提高")
    numerals = "一二三四五六七"
    body = "".join(
        f"{numerals[k]}、{lead}，增强抓好秋收秋种的紧迫感今年以来，全县秋粮生产面临不少困难，各乡镇要早作安排。\n"
        for k, lead in enumerate(starts)
    )
    read = read_copy(tmp_path, HEAD.replace("两点", "七点") + body + CLOSING)
    assert len(_guessed(read)) == 5
    assert any("另有 2 个" in note for note in read.notes)


def test_mines_report_says_it(tmp_path: Path) -> None:
    source = tmp_path / "去年.txt"
    source.write_text(
        HEAD + "一、认清形势，增强抓好秋收秋种的紧迫感今年以来，全县遭遇了罕见的持续干旱。\n" + CLOSING, encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["mine", str(source), "-o", str(tmp_path / "今年.yaml")])
    assert result.exit_code == 0, result.output
    assert "提示：第 4 段的小标题在原稿中与正文连在一起" in result.output
