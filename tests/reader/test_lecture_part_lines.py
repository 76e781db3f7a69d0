"""A lecture's parts on unnumbered lines of their own (群众工作面临的新情况 / 群众工作的基本方法 / 需要注意的几个问题),
each over two paragraphs at least, with 一是…三是 under one of them (ik14 of the everyday suite): the lines are the
points, the list their sub-points; 以上，是我对…的一些思考。 opens the closing. Near miss: part lines with a single
paragraph under one of them leave the list the points."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "和二三十年前相比，今天的群众工作对象、内容和环境都发生了深刻变化，我们的方法也要跟着变。"


def lecture(first_part: str) -> str:
    return (
        "新时代基层干部怎样做好群众工作\n主讲人：市委党校教授　林秋月\n各位学员、同志们：\n今天我们讨论的话题是群众工作。\n"
        f"群众工作面临的新情况\n{first_part}"
        f"群众工作的基本方法\n{TEXT}\n一是会听。{TEXT}\n二是会说。{TEXT}\n三是会办。{TEXT}\n"
        f"需要注意的几个问题\n{TEXT}\n{TEXT}\n"
        f"以上，是我对新时代群众工作的一些思考。{TEXT}\n"
    )


def test_part_lines_over_paragraphs_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, lecture(f"{TEXT}\n{TEXT}\n"))
    assert headings(spec["points"]) == ["群众工作面临的新情况", "群众工作的基本方法", "需要注意的几个问题"]
    assert headings(spec["points"][1]["items"]) == ["会听", "会说", "会办"]
    assert spec["closing"][0].startswith("以上，是我对新时代群众工作的一些思考")


def test_a_part_line_over_one_paragraph_leaves_the_list_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, lecture(f"{TEXT}\n"))
    assert headings(spec["points"]) == ["会听", "会说", "会办"]
