"""一防溺水。… 二防交通事故。… (everyday ge14; stop 23): a numeral before 防 counts as 一要 does, and the heading keeps
防 (the spec's 一要 numbering prints 一要防溺水); near miss: one 一防 paragraph alone is text."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "同学们一定要牢记安全要求，不私自外出，不做危险的事情，遇到情况第一时间告诉老师和家长。"
HEAD = "在暑假前安全教育大会上的讲话\n老师们、同学们：\n再过两天就要放暑假了，我给大家提几点安全要求。\n"
END = "同学们，生命只有一次，安全重于泰山。祝大家度过一个平安、愉快的暑假！\n"


def test_a_count_of_guards_is_the_points(tmp_path: Path) -> None:
    body = "".join(f"{n}防{w}。{BODY}\n" for n, w in zip("一二三", ("溺水", "交通事故", "触电和火灾"), strict=True))
    spec, _ = mine(tmp_path, HEAD + body + END)
    assert headings(spec["points"]) == ["防溺水", "防交通事故", "防触电和火灾"]


def test_one_guard_alone_is_text(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + f"一防到底。{BODY}\n{BODY}\n" + END)
    assert not spec.get("points")
