"""Sub-points numbered on through the whole text, not afresh in each part (一、… （一）…（三） 二、… （四）…（六）),
as the selected works number them, with the counts past ten written digit by digit: （一〇） （一一）."""

from __future__ import annotations

from tests.reader.mining import outline_of

NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "一〇", "一一", "一二"]
ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def item(k: int) -> str:
    return f"（{NUMERALS[k]}）第{ORDINALS[k]}项工作要抓紧。这项工作关系全局，各级党委要亲自过问，按时报告进展。"


def parts(first: range, second: range, third: range, *, part_heads: tuple[str, str, str]) -> list[str]:
    return [
        "在全省工作会议上的讲话", "同志们：", "我讲三个问题。",
        part_heads[0], *(item(k) for k in first),
        part_heads[1], *(item(k) for k in second),
        part_heads[2], *(item(k) for k in third),
        "同志们，让我们为完成今年的任务而奋斗。",
    ]


def shape(lines: list[str]) -> list[tuple[str, list[int]]]:
    outline = outline_of(*lines)
    return [(p.heading.rstrip("。"), [c.index for c in p.children]) for p in outline.points]


def test_sub_points_numbered_on_through_the_parts_stay_under_their_parts() -> None:
    lines = parts(range(0, 3), range(3, 9), range(9, 12), part_heads=("一、形势", "二、任务", "三、领导"))
    assert shape(lines) == [("形势", [1, 2, 3]), ("任务", [4, 5, 6, 7, 8, 9]), ("领导", [10, 11, 12])]


def test_a_part_whose_first_sub_point_skips_a_number_opens_no_list() -> None:
    """（五） after a part that ended at （三）: no count going on, no sub-point."""
    lines = parts(range(0, 3), range(4, 9), range(9, 12), part_heads=("一、形势", "二、任务", "三、领导"))
    assert shape(lines)[1] == ("任务", [])
