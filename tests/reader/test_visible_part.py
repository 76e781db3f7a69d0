"""A page that shows only part of a speech's list (the site hides its middle, or the excerpt opens inside
the list): paragraphs opening 三是… / 四是… with no 一是 or 二是 anywhere are the points that can be seen.
Speeches of our own wording (studied on corpus/blind16), each beside a near miss.
"""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import top_headings


def test_an_excerpt_opening_inside_a_list_reads_its_items_as_the_points(tmp_path: Path) -> None:
    text = (
        "县长在全县秋粮收储工作会上的讲话\n\n"
        "三是加快烘干设施建设，防止粮食霉变。今年秋雨偏多，各乡镇要把烘干塔用足用好，不让一粒粮食烂在地里。\n\n"
        "四是守住收购价格底线，不让农民吃亏。收储企业要敞开收购，严禁压级压价、打白条。\n"
    )
    assert top_headings(tmp_path, text) == ["加快烘干设施建设，防止粮食霉变。", "守住收购价格底线，不让农民吃亏。"]


def test_a_lone_third_item_before_the_page_cuts_off_is_a_point(tmp_path: Path) -> None:
    text = (
        "在全县秋粮收储工作会上的讲话\n同志们：\n今年全县秋粮再获丰收，收储任务比往年更重。\n"
        "三是要管好仓容调度，做到应收尽收。各收储库点要每天报送库存，县粮食局统一调"
    )
    assert top_headings(tmp_path, text) == ["要管好仓容调度，做到应收尽收。"]


def test_a_third_item_whose_first_two_were_said_before_is_no_point_of_its_own(tmp_path: Path) -> None:
    # near miss: 一是 and 二是 said inside an earlier paragraph make the 三是 paragraph theirs, not a visible part
    text = (
        "县长在全县秋粮收储工作会上的讲话\n\n"
        "收储工作有三个环节：一是收得进，二是存得住，这两条大家都已做得不错。\n\n"
        "三是加快烘干设施建设，防止粮食霉变。今年秋雨偏多，各乡镇要把烘干塔用足用好。\n\n"
        "四是守住收购价格底线，不让农民吃亏。收储企业要敞开收购，严禁压级压价。\n"
    )
    assert top_headings(tmp_path, text) == []
