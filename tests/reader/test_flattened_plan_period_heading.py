"""A page that lost every line break, whose first heading opens with a five-year plan's name left without
its quotes (一、十四五时期… / 一、十三五期间…): the numeral after 一、 names the plan, not a second label
(一、二、), so the heading starts its own line. A document site's page counter glued before the title
(第1页共8页在…上的讲话) is no part of the title."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.outline_records import SourceParagraph
from jianggao.reader.page_repair import unflatten
from tests.speech_files import outline_levels, read_copy

_OPENING = (
    "在全市交通建设工作会议上的讲话同志们：今天召开这次会议，主要任务是总结过去几年的交通建设工作，安排部署今后一个时期的任务。"
    "刚才，市交通局通报了情况，讲得很好，我都赞同。下面，我讲几点意见。"
)
_BODY = (
    "全市交通建设累计完成投资二百多亿元，高速公路通车里程翻了一番，农村公路实现了村村通，"
    "群众出行条件明显改善，为全市经济社会发展提供了有力支撑。"
)


def test_a_heading_opening_with_a_plans_name_starts_its_line(tmp_path: Path) -> None:
    read = read_copy(tmp_path, _OPENING + "一、十三五期间交通建设取得了显著成绩" + _BODY)
    assert outline_levels(read)[0][0].startswith("十三五期间交通建设取得了显著成绩")


def test_the_next_plan_and_a_page_counter_before_the_title(tmp_path: Path) -> None:
    read = read_copy(tmp_path, "第1页共8页" + _OPENING + "一、十四五时期要加快构建现代综合交通体系。" + _BODY)
    assert [h.rstrip("。") for h in outline_levels(read)[0]] == ["十四五时期要加快构建现代综合交通体系"]
    assert read.outline.title == "在全市交通建设工作会议上的讲话"


def test_a_pair_of_numerals_after_a_sentence_end_is_no_heading() -> None:
    """Near miss: 一、二季度 after a full stop counts quarters; the page is not cut there."""
    text = _OPENING + "今年的任务很重。一、二季度全市交通投资增长较快，三季度有所回落，" + _BODY * 2
    pieces = [p.text for p in unflatten([SourceParagraph(1, text)])]
    assert not any(piece.startswith("一、二季度") for piece in pieces)
