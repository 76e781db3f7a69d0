"""A 一是 list under the last 第一，…第四， point, of the style the lists under the points before it have (hh12 of the
everyday suite), is that point's sub-points, not a run of points after the count (the same list style restarts under
each point). A 一要 list after the count's last item, brought in by a paragraph of its own, with no list of its style
under the points before, still follows the count (a review, then tasks)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "这项工作要抓紧抓实，各地各部门要拿出具体措施，一项一项抓好落实，确保取得实实在在的成效。"


def _speech(first_list: str, last_list: str) -> str:
    return (
        "在全市经济工作会议上的讲话\n同志们：\n今天召开全市经济工作会议，我讲四个方面的意见。\n"
        f"第一，客观看待今年经济发展取得的成绩\n今年以来，全市经济运行稳中有进，主要体现在：\n{first_list}"
        f"第二，准确把握明年经济工作的总体要求\n{TEXT}\n"
        f"第三，全力以赴抓好明年经济工作重点任务\n{TEXT}\n"
        f"第四，切实加强党对经济工作的全面领导\n做好明年经济工作，关键在党，要重点抓好以下几点。\n{last_list}"
        "同志们，新的一年任务艰巨繁重，让我们团结一心，奋力开创全市高质量发展新局面！\n"
    )


def _list(style: str, leads: list[str]) -> str:
    return "".join(f"{n}{style}{lead}。{TEXT}\n" for n, lead in zip("一二三四五", leads, strict=False))


LAST = ["提高政治站位", "提升专业能力", "激发干事创业活力", "狠抓工作落实"]


def test_a_list_under_the_last_point_like_those_under_the_first_is_its_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _speech(_list("是", ["经济总量迈上新台阶", "产业结构持续优化", "民生福祉不断增进"]), _list("是", LAST)))
    assert len(spec["points"]) == 4
    assert headings(spec["points"][3]["items"]) == LAST


def test_a_list_after_the_count_with_none_of_its_style_before_it_follows_the_count(tmp_path: Path) -> None:
    # near miss: no 一是 list under the points before: nothing says the list restarts under each point, so it is read
    # as runs that follow one another (as a review's count, then its tasks)
    spec, _ = mine(tmp_path, _speech("全年地区生产总值增长5.5%左右，产业结构持续优化，民生福祉不断增进。\n", _list("是", LAST)))
    assert headings(spec["points"])[4:] == LAST
