"""A news lead that names the speaker, then tells what he did first in clauses of the same sentence, and only then that
he spoke (总经理…在听取汇报后，结合…，作了即兴讲话 / 校长…主持会议并讲话 / 局长…围绕…，对…提出要求): mine takes him as the
speaker, and says so in a note. Someone else named between him and the talk, or no talk said at all, gives no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.header import speaker_in_lead

from .mining import mine

BODY = (
    "同志们：\n"
    "今天这个会，我讲三点。\n"
    "一、质量问题要一件一件追到底\n"
    "上个季度客户投诉比去年多了三成，每一件都要查清原因，落实到人。\n"
    "二、过程管控要一道一道抓到位\n"
    "首件检验、巡检、终检，哪一道都不能走过场。\n"
    "三、质量意识要一层一层压下去\n"
    "班组长是第一道关口，要把质量意识讲到每一个人。\n"
    "同志们，质量是企业的饭碗，大家一起把它端牢。\n"
)

LEADS = {
    "总经理": ("邹明达", "10月9日，公司召开三季度质量分析会。总经理邹明达在听取质量部和各事业部汇报后，结合近期客户投诉，作了即兴讲话。"),
    "校长": ("许晓晴", "8月27日上午，城东实验小学召开秋季开学工作会议。校长许晓晴主持会议并讲话。"),
    "市公安局党委书记、局长": ("戴远山", "2月19日，市公安局召开新春收心会。市公安局党委书记、局长戴远山围绕“守护、攻坚”两个关键词，对全年工作提出要求。"),
    "董事长": ("林志远", "1月16日下午，公司年度总结大会召开。会上，董事长林志远没有拿稿子，结合一年来的经营情况，给大家讲了一番“掏心窝子”的话。"),
    "区委书记": ("丁立浩", "5月20日，区委召开民营企业家座谈会。区委书记丁立浩主持会议并作总结讲话，区长苗新宇出席。"),
}


@pytest.mark.parametrize("office", list(LEADS))
def test_the_one_the_lead_says_spoke_after_what_he_did_first(tmp_path: Path, office: str) -> None:
    name, lead = LEADS[office]
    spec, report = mine(tmp_path, f"质量例会｜守住质量这条生命线\n{lead}\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == (name, office)
    assert name in report


def test_the_clauses_between_name_no_one_else() -> None:
    """The one named last before the talk spoke; the one who chaired and heard others spoke not at all."""
    assert speaker_in_lead("县长王大明出席会议，县委书记李晓红作讲话。") == ("县委书记", "李晓红")
    assert speaker_in_lead("县长王大明主持会议，听取各部门发言。") is None
    assert speaker_in_lead("县长王大明主持会议。会后，各部门作了发言。") is None
