"""An editor's numbered headings set in square brackets on lines of their own (【一、这一年学校做了哪些事】, hg24 of the everyday
suite) are the speech's headings, the brackets listed as dropped. Where bracketed lines without a number stand among
them (【先算一笔账】 / 【第一，我们有产品】), the brackets are the level: they are kept."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "这一学年，学校在家长们的支持下，做了不少事情，有的做得好，有的还不够，我一件一件跟大家说。"


def _speech(first: str) -> str:
    return (
        "在2023—2024学年家长委员会年会上的讲话\n（录音整理稿　方括号内小标题为整理时所加）\n各位家委会的家长代表：\n"
        "大家晚上好。今天跟大家汇报三件事。\n"
        f"{first}\n{TEXT}\n【二、下一年想做的几件事】\n{TEXT}\n【三、想请家委会帮忙的事】\n{TEXT}\n"
        "好，我先说这么多，都是些实际的事情。谢谢大家！\n"
    )


def test_numbered_headings_in_an_editors_brackets_are_the_points(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _speech("【一、这一年学校做了哪些事】"))
    assert headings(spec["points"]) == ["这一年学校做了哪些事", "下一年想做的几件事", "想请家委会帮忙的事"]
    assert "小标题的方括号" in report


def test_bracketed_lines_without_a_number_among_them_keep_their_brackets(tmp_path: Path) -> None:
    # near miss: 【先说成绩】 has no number: the editor's brackets mark the level, no numbered line is unbracketed
    spec, report = mine(tmp_path, _speech("【先说成绩】"))
    assert "小标题的方括号" not in report
    assert "下一年想做的几件事" not in headings(spec["points"])
