"""Whole-sentence headings of two clauses on lines of their own, their bold lost in a portal's copy (ig19 of the
everyday suite): 要坚持党的领导，确保…前进。 / 要聚焦中心大局，在…中展现政协作为。 / 要加强委员队伍建设，不断…。, each
over a longer paragraph of text, three opening with the same word: the points. Near misses: two such lines, or
lines that open with different words, are sentences said on lines of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

TEXT = "坚持党的领导是人民政协事业发展的根本保证。要把学习贯彻党的理论贯穿政协工作全过程，自觉在思想上政治上行动上同党中央保持高度一致。"
LINES = ("要坚持党的领导，确保政协工作始终沿着正确方向前进。", "要聚焦中心大局，在服务全市高质量发展中展现政协作为。", "要加强委员队伍建设，不断提高委员履职能力和水平。")


def speech(lines: tuple[str, ...]) -> str:
    return (
        "在政协第三次会议闭幕会上的讲话\n各位委员，同志们：\n政协第三次会议圆满完成了各项任务，今天就要闭幕了。\n"
        + "".join(f"{line}\n{TEXT}\n" for line in lines)
        + "各位委员，同志们！新的征程催人奋进，让我们携手奋斗！\n"
    )


def test_two_clause_heading_lines_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech(LINES))
    assert headings(spec["points"]) == list(LINES)


@pytest.mark.parametrize(
    "lines",
    [
        LINES[:2],
        ("要坚持党的领导，确保政协工作始终沿着正确方向前进。", "聚焦中心大局，在服务全市高质量发展中展现政协作为。", "加强委员队伍建设，不断提高委员履职能力和水平。"),
    ],
)
def test_two_lines_or_lines_unlike_are_no_points(tmp_path: Path, lines: tuple[str, ...]) -> None:
    spec, _ = mine(tmp_path, speech(lines))
    assert not spec.get("points")


OUTLOOK = ("我们愿同各方共筑和平安全的根基。", "我们愿同各方共聚友好合作的力量。", "我们愿同各方共建发展繁荣的未来。")


def test_clause_pair_lines_then_one_sentence_lines_are_one_run_of_points(tmp_path: Path) -> None:
    """A review's two-clause lines, then the outlook's one-sentence lines, one group after the other (a new-year
    reception's speech, its bold lost): all are the points, in order."""
    text = speech(LINES).replace("各位委员，同志们！新的征程", "".join(f"{line}\n{TEXT}\n" for line in OUTLOOK) + "各位委员，同志们！新的征程")
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == [*LINES, *OUTLOOK]


def test_the_two_groups_interleaved_are_not_taken_together(tmp_path: Path) -> None:
    mixed = (LINES[0], OUTLOOK[0], LINES[1], OUTLOOK[1], LINES[2], OUTLOOK[2])
    text = speech(LINES).replace("".join(f"{line}\n{TEXT}\n" for line in LINES), "".join(f"{line}\n{TEXT}\n" for line in mixed))
    spec, _ = mine(tmp_path, text)
    assert headings(spec.get("points") or []) != list(mixed)
