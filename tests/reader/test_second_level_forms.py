"""Forms from the stop-48 everyday rounds, which asked for points with a second level: a list said inside one paragraph
is a level only when words that count or name its parts bring it in (corpus/ANNOTATION.md); a web copy that lost one
counted list's line breaks while keeping the others'; a PDF heading line cut by a page's number, in a copy whose
indents open paragraphs; and a second list under one point, written as an unheaded item of the spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import headings, mine, outline_of

ITEMS = "一是稳住粮食生产，全年播种面积不少于四十万亩；二是做强茶叶产业，新建标准茶园五千亩；三是办好民生实事，完成二十个村的道路硬化。"


def _sub_points(lead: str) -> list[str]:
    outline = outline_of(
        "在全县农业农村工作会议上的讲话",
        "同志们：",
        "今天召开会议，我讲两点意见。",
        "一、认清形势",
        lead + ITEMS,
        "二、加强领导",
        "各乡镇主要负责同志要亲自抓。",
        "同志们，让我们共同努力。",
    )
    return [child.heading.rstrip("；。") for child in outline.points[0].children]


@pytest.mark.parametrize(
    "lead",
    ["过去一年，全县农业农村工作取得了较好成绩。", "这些成绩主要表现在：", "全县农业农村工作呈现出良好态势。"],
)
def test_a_list_inside_a_paragraph_that_no_count_brings_in_stays_in_its_text(lead: str) -> None:
    assert _sub_points(lead) == []


@pytest.mark.parametrize(
    "lead",
    ["今年要重点抓好三件事：", "下一步的工作，可以概括为三个方面：", "对照年初目标，还存在以下问题：", "这个要求，包括三层意思。"],
)
def test_a_list_inside_a_paragraph_that_a_count_brings_in_is_the_points_second_level(lead: str) -> None:
    assert _sub_points(lead) == ["稳住粮食生产，全年播种面积不少于四十万亩", "做强茶叶产业，新建标准茶园五千亩", "办好民生实事，完成二十个村的道路硬化"]


def test_a_list_run_on_in_the_points_own_paragraph_after_its_heading_is_its_parts() -> None:
    outline = outline_of(
        "在全市经济工作会议上的讲话",
        "同志们：",
        "今天我讲两点意见。",
        "第一，要聚焦目标，全力稳住经济基本盘。一季度是全年的基础，开门红事关全年主动权。一是稳工业。要对重点企业"
        "逐户走访。二是扩投资。要加快项目开工。三是促消费。要办好各类促消费活动。",
        "第二，要改进作风，确保各项任务落地见效。各级干部要沉下去。",
        "同志们，让我们共同努力。",
    )
    assert [c.heading.rstrip("。") for c in outline.points[0].children] == ["稳工业", "扩投资", "促消费"]


def test_a_second_list_in_a_later_paragraph_that_no_count_brings_in_stays_in_its_text() -> None:
    outline = outline_of(
        "在全区安全生产工作会议上的讲话",
        "同志们：",
        "今天我讲两点意见。",
        "一、突出重点",
        "今年的安全生产工作，重点抓好三个方面：一是抓好建筑施工安全；二是抓好消防安全；三是抓好道路交通安全。",
        "同时，汛期就要到了。去年几个下穿通道积水严重，今年，一是要在汛前完成排水管网清淤；二是要对低洼易涝点逐一制定预案。",
        "二、压实责任",
        "各街道要落实属地责任。",
        "同志们，让我们共同努力。",
    )
    assert [c.heading.rstrip("；。") for c in outline.points[0].children] == ["抓好建筑施工安全", "抓好消防安全", "抓好道路交通安全"]


def test_a_list_whose_items_open_paragraphs_of_their_own_needs_no_count() -> None:
    outline = outline_of(
        "在全县干部作风建设大会上的讲话",
        "同志们：",
        "今天我讲两点意见。",
        "一、改进文风",
        "文风不是小事，非下苦功不可。第一，要向群众学习语言，多到村里听听老百姓怎么说话。",
        "第二，要少讲空话套话，讲话稿写完以后自己先读三遍。",
        "第三，要把道理讲透，用身边的事例说话。",
        "二、改进会风",
        "能不开的会坚决不开。",
        "同志们，让我们从自身做起。",
    )
    assert [c.heading.rstrip("。") for c in outline.points[0].children] == [
        "要向群众学习语言，多到村里听听老百姓怎么说话",
        "要少讲空话套话，讲话稿写完以后自己先读三遍",
        "要把道理讲透，用身边的事例说话",
    ]


def test_a_counted_list_whose_line_breaks_a_web_copy_lost_is_read_as_sub_points(tmp_path: Path) -> None:
    # 一's items keep their lines; 二's five run on in one paragraph, longer than a lost page's paragraphs usually
    # are, after the sentence that counts them
    long_text = "要逐户上门核查，对发现的问题建立台账、限期整改，整改不到位的不予销号，确保不留死角。" * 5
    glued = "".join(
        f"{n}.{lead}。{long_text}"
        for n, lead in enumerate(["深化电动自行车隐患整治", "开展群租房集中攻坚", "加强高层建筑消防治理", "抓好节日期间火灾防控", "加强消防宣传教育"], 1)
    )
    text = (
        "在全区消防安全工作会议上的讲话\n\n同志们：\n\n今天召开会议，我讲两点意见。\n\n"
        "一、认清消防安全形势\n\n1.电气火灾占比居高不下。去年全区电气火灾占火灾总数的一半。\n\n"
        "2.群租房隐患突出。一些出租屋住人和经营混在一起。\n\n"
        f"二、突出重点抓好各项工作\n\n今年全区消防工作，要坚持预防为主、防消结合，重点抓好五项工作。{glued}\n\n"
        "同志们，消防安全关系千家万户，希望大家扎实抓好各项工作。\n"
    )
    assert len(text.split("\n\n")[7]) > 1000
    spec, report = mine(tmp_path, text)
    assert headings(spec["points"][1]["items"]) == [
        "深化电动自行车隐患整治", "开展群租房集中攻坚", "加强高层建筑消防治理", "抓好节日期间火灾防控", "加强消防宣传教育"
    ]
    assert headings(spec["points"][0]["items"]) == ["电气火灾占比居高不下", "群租房隐患突出"]
    assert "5." in report  # each restored break is said for the writer to check


def test_a_pdf_heading_line_cut_by_a_pages_number_is_read_whole(tmp_path: Path) -> None:
    # a copy whose indents open paragraphs and whose only blank lines stand round the page's number
    lines = [
        "在全市重点项目建设推进会上的讲话",
        "　　同志们：",
        "　　今天召开会议，主要任务是分析当前项目建设形势，部署下阶段重点工作。下",
        "面，我讲两点意见。",
        "　　一、提高认识",
        "　　项目是经济发展的压舱石。当前稳增长的压力很大，越是在这样的时候，越要",
        "紧紧扭住项目建设这个牛鼻子不放松。各县区、各部门要把思想和行动统一到市委、市",
        "政府的部署上来，把更多的精力投入到抓项目上来，以项目建设的实绩检验工作成效。",
        "　　二、精准发力",
        "　　（一）全力抓好重点项目开工，确保计划今年新开工的项目在六月底前应开尽",
        "",
        "— 1 —",
        "",
        "开。各县区要对未开工项目逐个分析原因，实行一项目一方案，明确开工时间节点",
        "和责任人，对已具备开工条件的项目要立即组织开工，不能等也不能拖；对前期手续",
        "未完成的项目，相关部门要开辟绿色通道，实行并联审批、容缺受理，压缩审批时间。",
        "　　（二）千方百计抓好要素保障。用地方面，自然资源部门要统筹用好新增建设",
        "用地指标，优先保障重点项目用地需求，确保项目早落地、早开工、早见效。",
        "　　同志们，时间不等人，希望大家真抓实干，确保全年目标任务圆满完成。",
    ]
    spec, _ = mine(tmp_path, "\n".join(lines) + "\n")
    assert headings(spec["points"][1]["items"]) == [
        "全力抓好重点项目开工，确保计划今年新开工的项目在六月底前应开尽开",
        "千方百计抓好要素保障",
    ]

