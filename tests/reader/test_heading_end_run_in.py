"""Where a heading glued to its text ends when the page gives it no sibling to measure against
(``heading_end``; studied on corpus/blind20, written in our own words)."""

from __future__ import annotations

from jianggao.reader.heading_end import heading_end
from jianggao.zh.labels import first_sentence_end


def cut(after: str, flattened: bool = False) -> str:
    return after[: heading_end(after, first_sentence_end(after), 2, flattened)]


# —— a three-clause heading is not cut after its second clause's comma (flattened pages) ——


def test_a_third_clause_after_two_short_ones_stays_in_the_heading() -> None:
    after = "稳住基本盘,抓好细节,全镇民生事业根基更加牢固今年上半年,全镇上下齐心协力,各项民生指标稳中有进。"
    assert cut(after, flattened=True) == "稳住基本盘,抓好细节,全镇民生事业根基更加牢固"


def test_the_third_clause_may_open_with_a_word_of_text_and_still_belong_to_the_heading() -> None:
    after = "回顾过去,展望未来,我县教育发展迈出坚实步伐前三季度,全县新建校舍十二所,新增学位四千余个。"
    assert cut(after, flattened=True) == "回顾过去,展望未来,我县教育发展迈出坚实步伐"


def test_a_two_clause_heading_still_ends_where_its_text_opens() -> None:
    # near miss: the second clause ends with no comma and 我们 opens the text there
    after = "提高认识,凝聚合力我们这次会议的主要任务是统一思想,部署全年的重点工作。"
    assert cut(after, flattened=True) == "提高认识,凝聚合力"


# —— a part of the year and its comma open the text (any page) ——


def test_a_part_of_the_year_and_its_comma_open_the_text() -> None:
    after = "立足新起点全力推动全县工业经济提质增效一季度,全县规上工业增加值同比增长百分之六点二。"
    assert cut(after) == "立足新起点全力推动全县工业经济提质增效"


def test_last_years_second_half_opens_the_text_too() -> None:
    after = "正视困难挑战增强做好今年工作的紧迫意识去年下半年,受多重因素影响,全区外贸出口明显放缓。"
    assert cut(after) == "正视困难挑战增强做好今年工作的紧迫意识"


def test_a_part_of_the_year_inside_a_heading_is_its_own() -> None:
    # near miss: no comma after 上半年 (the heading's own object), and 分析上半年，… takes it as an object
    assert cut("全力冲刺上半年目标任务确保时间过半任务过半。") == "全力冲刺上半年目标任务确保时间过半任务过半。"
    assert cut("认真分析上半年,找准薄弱环节和主攻方向。") == "认真分析上半年,找准薄弱环节和主攻方向。"
