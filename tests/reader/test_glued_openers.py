"""Headings of a page that lost its line breaks, glued to a text that opens with a sequence word and its comma
(首先，) or with the source it reports from (据…统计，). Speeches of our own wording (studied on corpus/blind16),
each beside a near miss where the cue must not fire.
"""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import top_headings

HEAD = (
    "在全镇春季植树工作会议上的讲话同志们：今天召开全镇春季植树工作会议，主要是总结去年的绿化工作，"
    "安排今年的植树任务。下面，我讲两点意见。"
)
CLOSING = "同志们，植树造林功在当代、利在千秋，希望大家齐心协力，圆满完成今年的植树任务！"



def test_a_heading_glued_to_a_sequence_word_or_a_reported_source_ends_before_it(tmp_path: Path) -> None:
    text = (
        HEAD + "一、向去年绿化工作中作出贡献的同志表示两点谢意首先，感谢各村组织群众义务植树，去冬以来共栽下苗木三万余株。"
        "二、全镇今年绿化任务的基本情况据林业站初步统计，全镇还有宜林荒山八百亩，缺苗断垄的路段十余公里。"
        + CLOSING
    )
    assert top_headings(tmp_path, text) == ["向去年绿化工作中作出贡献的同志表示两点谢意", "全镇今年绿化任务的基本情况"]


def test_a_headings_own_first_step_and_data_are_no_break(tmp_path: Path) -> None:
    # near miss: 首先要… (no comma) is the heading's own words; 依据…测算 / 数据统计 are no reported source
    text = (
        HEAD.replace("讲话同志们：", "讲话\n同志们：\n")
        + "\n一、首先要抓好苗木调运，依据去年成活率测算补植数量。各村要提前上报用苗计划，林业站统一调运。"
        "\n二、做实植树台账，用好造林数据统计结果。每一片新造林都要登记地块、树种和管护责任人。"
        "\n" + CLOSING
    )
    assert top_headings(tmp_path, text) == [
        "首先要抓好苗木调运，依据去年成活率测算补植数量。",
        "做实植树台账，用好造林数据统计结果。",
    ]


FLAT_HEAD = "在全区信访工作会议上的讲话同志们：今天召开全区信访工作会议，主要是部署下一阶段的信访工作。下面，我讲两点意见。"


def test_a_two_clause_heading_glued_to_a_text_whose_subject_is_a_line_of_work_ends_before_it(tmp_path: Path) -> None:
    text = (
        FLAT_HEAD + "一、提高认识,扛起为民解忧的政治责任信访工作是党和政府联系群众的桥梁纽带,关系群众切身利益。"
        "二、压实责任,把矛盾化解在基层源头各街道要落实领导接访制度,做到件件有回音。"
        "同志们，信访工作责任重大，希望大家真抓实干！"
    )
    assert top_headings(tmp_path, text)[0] == "提高认识,扛起为民解忧的政治责任"


def test_a_line_of_work_the_heading_itself_names_is_no_break(tmp_path: Path) -> None:
    # near miss: 做好信访工作事关… inside the heading's own long clause (the work is 做好's object, not the text's subject)
    text = (
        FLAT_HEAD.replace("讲话同志们：", "讲话\n同志们：\n")
        + "\n一、提高认识，深刻领会做好信访工作事关党的执政根基。信访是党和政府联系群众的桥梁纽带，关系群众切身利益。"
        "\n二、压实责任，把矛盾化解在基层源头。各街道要落实领导接访制度，做到件件有回音。"
        "\n同志们，信访工作责任重大，希望大家真抓实干！"
    )
    assert top_headings(tmp_path, text)[0] == "提高认识，深刻领会做好信访工作事关党的执政根基。"
