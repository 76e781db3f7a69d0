"""（二）关于… / 一、…； 二、…； 三、…。 (a list of one sentence each, in a row) / paragraphs on the list / …有必要在以下
几个问题上把认识统一起来。 / 第一、… 第二、… 第三、…: the paragraph of its own that brings in the second list closes the
first, so both lists are the point's, side by side (corpus/ANNOTATION.md, "Two lists under one point"; a 1985 report
of the studied set had the second list inside the first's last item). Near miss: when the paragraph before the second
list brings in nothing, that list stays inside the last sentence item, as before."""

from __future__ import annotations

from tests.reader.mining import outline_of

TEXT = "这项改革涉及千家万户，各地区、各部门要周密部署，确保平稳推进。"


def lines(bringing_in: str) -> list[str]:
    return [
        "各位代表：",
        "现在，我代表市人民政府向大会报告工作。",
        "（一）关于经济形势",
        f"去年全市经济保持较快增长。{TEXT}",
        "（二）关于价格改革",
        "今年价格改革的主要内容是：",
        "一、合理调整农产品收购价格；",
        "二、适当提高短途运价；",
        "三、放开部分小商品价格。",
        f"这个改革方案是积极而又稳妥的。{TEXT}",
        f"各地方要加强对市场物价的监督管理。{TEXT}",
        bringing_in,
        f"第一、必须坚持稳步前进的方针。{TEXT}",
        f"第二、既要搞活经济，又要加强管理。{TEXT}",
        f"第三、加强全局观念，克服本位主义。{TEXT}",
        "各位代表，让我们同心协力，为完成今年的任务而奋斗！",
    ]


def test_a_list_brought_in_by_its_own_paragraph_stands_beside_a_list_of_sentences() -> None:
    point = outline_of(*lines("为了保证改革顺利推进，有必要在以下几个重要问题上把认识进一步统一起来。")).points[1]
    assert [n.heading for n in point.children] == [
        "合理调整农产品收购价格；",
        "适当提高短途运价；",
        "放开部分小商品价格。",
        "必须坚持稳步前进的方针。",
        "既要搞活经济，又要加强管理。",
        "加强全局观念，克服本位主义。",
    ]


def test_near_miss_a_list_nobody_brings_in_stays_inside_the_last_item() -> None:
    point = outline_of(*lines("为了保证改革顺利推进，各级政府要切实负起责任。")).points[1]
    assert len(point.children) == 3
    assert len(point.children[-1].children) == 3
