"""Where a posted talk names its speaker before his words (everyday qy02, rg18, rg01, rs02, rs06, rs10, rs19, rt05, rt10;
stop 39): a note on who gave the talk in the page's head, under its heading (嘉宾介绍 / 周予安，澜途智能算法负责人，…) or
labelled (【讲师介绍】魏知远，… / 讲者：邵明哲，… / 分享嘉宾｜孔令舟 拾穗科技 数据平台负责人), set aside and read for the
speaker; a host calling him up by two offices and a less common surname (下面有请云笺副总裁、产品负责人宁晓川为大家致辞);
his own words naming his part before his office and name (我是这次黑客松的主办方代表，青橙科技的产品总监杜雨桐。). Near
misses: a speech paragraph opening with a name and a comma and no post is no bio; a bio heading far down the text is
left to the page's end; a speaker named by a bio yields to one named by a byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.header import speaker_called_up, speaker_in_bio, speaker_introduced
from jianggao.reader.transcript_facts import facts_line

from .mining import mine

BODY = (
    "大家好！\n"
    "今天跟大家分享我们团队这一年的三点体会。\n"
    "一、先把问题想清楚\n"
    "很多团队一上来就谈模型，其实最难的是把业务问题拆清楚，知道要解决什么。\n"
    "二、把基础打牢\n"
    "数据、评测、上线流程，这些看起来不起眼的事情，决定了项目能走多远。\n"
    "三、和业务一起走\n"
    "技术团队要走到一线去，和业务同事一起看数据、改流程，而不是关起门来做。\n"
    "我就分享到这里，谢谢大家！\n"
)
HEAD = "大模型在智能客服落地一年：我们做对了什么\n\n原创 周予安 澜途技术团队 2024年07月18日 09:02 上海\n\n"


@pytest.mark.parametrize(
    "bio",
    [
        "嘉宾介绍\n周予安，澜途智能算法负责人，负责对话系统与大模型应用，此前在搜索推荐领域工作八年。",
        "讲师简介\n周予安，澜途智能算法技术专家，十年对话系统研发经验。",
        "【讲师介绍】周予安，澜途智能算法负责人，负责对话系统与大模型应用。",
        "讲者：周予安，澜途智能算法负责人，十年对话系统研发经验，主导了公司客服大模型平台的建设。",
        "分享嘉宾｜周予安 澜途智能算法负责人",
    ],
)
def test_a_bio_in_the_head_names_the_speaker(tmp_path: Path, bio: str) -> None:
    spec, report = mine(tmp_path, HEAD.replace("原创 周予安 ", "原创 ") + bio + "\n\n" + BODY)
    assert spec["speaker"] == "周予安"
    assert "讲话人取自嘉宾介绍" in report
    opening = spec["opening"]
    assert "澜途" not in "".join([*opening.get("paragraphs", []), opening.get("transition", "")])  # (the note is the page's, set aside)


def test_a_paragraph_opening_with_a_name_and_no_post_is_no_bio() -> None:
    assert speaker_in_bio("周予安，你还记得我们第一次上线的那个晚上吗？", labelled=False) is None
    assert speaker_in_bio("周予安，澜途智能算法负责人", labelled=True) is None  # (no label: only under a heading)


def test_a_bio_yields_to_a_byline(tmp_path: Path) -> None:
    head = "大模型在智能客服落地一年\n算法负责人　王一鸣\n\n"
    spec, _ = mine(tmp_path, head + "嘉宾介绍\n周予安，澜途智能算法负责人，负责对话系统。\n\n" + BODY)
    assert spec["speaker"] == "王一鸣"


def test_a_host_calls_up_the_speaker_by_two_offices() -> None:
    assert speaker_called_up("主持人：下面有请云笺副总裁、产品负责人宁晓川为大家致辞。") == "云笺副总裁、产品负责人 宁晓川"
    assert speaker_called_up("下面有请宁可心里有数的同学们为大家表演。") is None


def test_a_speaker_names_his_part_before_his_office_and_name() -> None:
    text = "我是这次黑客松的主办方代表，青橙科技的产品总监杜雨桐。今天一共有四十二支队伍。"
    assert speaker_introduced(text) == "杜雨桐"
    assert speaker_introduced("我是这次黑客松的主办方代表，我们准备了很多奖品。") is None


def test_a_bio_after_the_speech_is_the_pages_end(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, HEAD + BODY + "\n嘉宾介绍\n\n周予安，澜途智能算法负责人，负责对话系统。\n")
    assert "文末的作者介绍" in report and "讲话人取自嘉宾介绍" not in report


def test_a_field_labelled_in_brackets_is_a_fact_and_an_editors_note_is_not() -> None:
    assert facts_line("【活动】2024 南湖移动开发者大会·跨平台专场") == [("活动", "2024 南湖移动开发者大会·跨平台专场")]
    assert facts_line("【整理】现场速记整理，已经讲师确认") == [("整理", "现场速记整理，已经讲师确认")]
    assert facts_line("【整理说明】以下是县委书记陆承泽同志2024年3月1日在全县信访工作会议上的讲话。") is None


def test_a_bio_field_short_enough_for_the_facts_stays_a_byline(tmp_path: Path) -> None:
    head = "大模型进企业，难在“最后一步”\n\n演讲嘉宾：周予安，澜途智能算法负责人\n主持人：白露\n\n"
    spec, _ = mine(tmp_path, head + BODY)
    assert (spec["speaker"], spec["speaker_title"]) == ("周予安", "澜途智能算法负责人")


def test_a_columns_tag_in_brackets_is_no_field() -> None:
    assert facts_line("【讲话】梁仲秋：做懂政协、会协商、善议政的委员") is None
