"""An unnumbered heading line over a numbered line of its own (关于几项重点工作 / 1.市场开拓 / 市场是…, he04 of the everyday
suite) heads a part like its sibling lines over text (关于2023年的工作 / 过去的一年，…): it is a point, the numbered
lines its sub-points."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在公司2024年度工作会议上的讲话\n总经理  陈国栋\n各位同事：\n大家上午好！今天我们召开公司年度工作会议，回顾总结去年的工作，研究部署今年的任务。\n"
PARTS = (
    "关于2023年的工作\n过去的一年，是公司发展历程中极不平凡的一年，全年实现营业收入12.6亿元，同比增长8.3%。\n"
    "关于2024年的目标任务\n综合考虑内外部形势，公司今年的主要目标是：营业收入力争达到14亿元，利润总额增长10%以上。\n"
    "{line}"
    "1.市场开拓\n市场是企业的生命线。营销中心要改变“坐等订单”的习惯，主动走出去，全年新开发客户不少于30家。\n"
    "2.降本增效\n今年原材料价格仍有不确定性，降本的压力很大。采购部门要推行集中采购，全年采购成本降低3%以上。\n"
    "关于队伍建设\n人才是企业最宝贵的资源。今年，公司将启动“青苗计划”，从一线选拔一批年轻骨干重点培养。\n"
    "各位同事，新的一年，机遇和挑战并存。只要我们上下一心、真抓实干，就一定能够完成全年的目标任务。谢谢大家！\n"
)


def test_a_heading_line_over_a_numbered_line_is_a_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + PARTS.format(line="关于几项重点工作\n"))
    assert headings(spec["points"]) == ["关于2023年的工作", "关于2024年的目标任务", "关于几项重点工作", "关于队伍建设"]
    assert headings(spec["points"][2]["items"]) == ["市场开拓", "降本增效"]


def test_a_numbered_list_with_no_line_over_it_stays_under_the_part_before(tmp_path: Path) -> None:
    # near miss: no line heads the list: it goes on the part before it
    spec, _ = mine(tmp_path, HEAD + PARTS.format(line=""))
    assert headings(spec["points"]) == ["关于2023年的工作", "关于2024年的目标任务", "关于队伍建设"]
