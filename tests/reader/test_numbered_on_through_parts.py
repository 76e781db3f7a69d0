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


def long_item(k: int) -> str:
    return f"（{NUMERALS[k]}）第{ORDINALS[k]}项工作要抓紧。这项工作关系全局，各级党委要亲自过问，分管同志要靠前指挥，按月报告进展。"


def test_part_title_lines_over_sub_points_numbered_on_are_the_points() -> None:
    """A copy that lost the chapter titles' markup: short title lines, each right over the next stretch of one list
    numbered on through them, are the points, the list's items their sub-points."""
    titles = ("当前形势的主要变化", "为改进作风而斗争", "我们的领导责任")
    lines = [
        "在全省工作会议上的讲话", "同志们：",
        titles[0], *(long_item(k) for k in range(0, 3)),
        titles[1], *(long_item(k) for k in range(3, 9)),
        titles[2], *(long_item(k) for k in range(9, 12)),
        "同志们，让我们为完成今年的任务而奋斗。",
    ]
    assert shape(lines) == [(titles[0], [1, 2, 3]), (titles[1], [4, 5, 6, 7, 8, 9]), (titles[2], [10, 11, 12])]


def test_title_lines_off_the_list_items_leave_the_list_the_points() -> None:
    """A short line standing over a paragraph of text, not over one of the items, titles no stretch of the list."""
    lines = [
        "在全省工作会议上的讲话", "同志们：",
        "当前形势的主要变化", *(long_item(k) for k in range(0, 3)),
        "为改进作风而斗争", "这一部分讲的是作风建设，各地情况不同，做法各异，要结合实际抓好落实，不搞一刀切，不做表面文章。",
        *(long_item(k) for k in range(3, 6)),
        "同志们，让我们为完成今年的任务而奋斗。",
    ]
    assert [p.label for p in outline_of(*lines).points][:6] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
