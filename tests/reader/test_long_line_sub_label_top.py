"""A web page whose speech lost its line breaks while the page's own lines (a back link, the title, a login
prompt) kept theirs: the speech's one long line opens its points with （一） after a sentence's end and holds
no 一、 at all, so （一） is its top level and the line is cut before each （一）（二）."""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import outline_levels, read_copy

PAGE_TOP = "返回\n全县秋冬季防火工作会议讲话\n\n发布时间:2023-10-08 09:12:40\n"
OPENING = (
    "同志们:今天召开全县秋冬季防火工作会议,主要任务是分析当前防火形势,部署秋冬季森林草原防火工作,"
    "县应急局对防火工作作了具体安排,我完全同意。下面,我讲几点意见。"
)
POINT_ONE = (
    "(一)要认清形势,切实增强防火工作的紧迫感。今年入秋以来,全县降水偏少,气温偏高,林下可燃物大量积累,"
    "森林草原火险等级持续偏高,防火形势十分严峻,各乡镇各部门一定要高度重视,坚决克服麻痹思想和侥幸心理。"
    "要把责任压实到每一个山头、每一片林地、每一名护林员,做到有火必报、报早报小,确保不发生重特大森林草原火灾。"
)
POINT_TWO = "(二)要突出重点,严格管控野外火源。进山入林的路口要设卡检查,清明秋收等重点时段要加密巡查,"


def test_a_long_line_with_bracketed_points_is_cut_at_them(tmp_path: Path) -> None:
    read = read_copy(tmp_path, PAGE_TOP + OPENING + POINT_ONE + POINT_TWO + "\n请先登录\n\n相关推荐")
    assert [h.rstrip("。") for h in outline_levels(read)[0]] == [
        "要认清形势,切实增强防火工作的紧迫感",
        "要突出重点,严格管控野外火源",
    ]


def test_an_excerpt_that_shows_only_its_first_bracketed_point(tmp_path: Path) -> None:
    more = "各乡镇要组织专业扑火队伍开展实战演练,储备好扑火物资,一旦发生火情,做到打早、打小、打了,决不能小火酿成大灾,"
    read = read_copy(tmp_path, PAGE_TOP + OPENING + POINT_ONE + more + "\n请先登录\n\n相关推荐")
    assert [h.rstrip("。") for h in outline_levels(read)[0]] == ["要认清形势,切实增强防火工作的紧迫感"]


def test_bracketed_items_under_a_numbered_point_stay_its_sub_points(tmp_path: Path) -> None:
    """Near miss: the long line holds 一、 as well; its （一） stay below it."""
    text = PAGE_TOP + OPENING + "一、统一思想,提高认识。" + POINT_ONE + POINT_TWO + "\n请先登录\n\n相关推荐"
    levels = outline_levels(read_copy(tmp_path, text))
    assert [h.rstrip("。") for h in levels[0]] == ["统一思想,提高认识"]
    assert len(levels[1]) == 2
