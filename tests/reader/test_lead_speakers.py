"""The speaker a news lead or an editor's note names (everyday rn, rp, rr, ri, qy; stop 38): …在欢迎座谈会上致辞,
…作动员讲话, …发表主题演讲, …作年度讲话, …在…专场的演讲, 现将贾振东同志的讲话全文…, and the one who called the meeting
(区委书记韦东明主持召开…座谈会) when no one is said to have spoken; a name after an office may have a less common
surname (镇党委书记宁海波). Near misses: an office with no name, the chair when another spoke, and a surname-like
word that opens no name."""

from __future__ import annotations

import pytest

from jianggao.reader.header import speaker_in_lead


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("4月16日上午，海滨理工大学代表团来访。校长徐立言在欢迎座谈会上致辞，现将致辞全文刊发如下。", "徐立言"),
        ("11月20日，公司召开冬季安全生产动员会，安全总监包海峰作动员讲话，提出明确要求。", "包海峰"),
        ("驰远汽车创始人、董事长周屹发表主题演讲，讲了三个车主的故事。", "周屹"),
        ("老秦家创始人秦守义作年度讲话。讲话不长，全程十八分钟。", "秦守义"),
        ("本文整理自启衡科技首席架构师宁致远在“第八届东湖软件工程大会”大模型应用专场的演讲。", "宁致远"),
        ("座谈会上，青年人才代表畅所欲言。现将贾振东同志的讲话全文刊发如下。", "贾振东"),
        ("3月5日下午，区委书记韦东明主持召开优化营商环境企业家座谈会，面对面听取企业家意见建议。", "韦东明"),
        ("4月17日，市长郑海涛到宁川高新区调研产业发展情况，并主持召开座谈会。", "郑海涛"),
        ("5月10日上午，讲习所揭牌成立。镇党委书记宁海波出席揭牌仪式并讲话。", "宁海波"),
        ("事业部总经理陶然作动员讲话，号召全员打赢这一仗。", "陶然"),
    ],
)
def test_a_lead_names_the_one_who_spoke(lead: str, name: str) -> None:
    found = speaker_in_lead(lead)
    assert found is not None and found[1] == name


def test_an_office_with_no_name_names_no_one() -> None:
    assert speaker_in_lead("会上，县委书记在会上作重要讲话，对下一步工作提出要求。") is None


def test_the_one_who_spoke_comes_before_the_chair() -> None:
    found = speaker_in_lead("区委书记韦东明主持召开座谈会并讲话。")
    assert found is not None and found[1] == "韦东明"
    found = speaker_in_lead("区长宁海波出席会议并讲话。区委书记韦东明主持召开座谈会。")
    assert found is not None and found[1] == "宁海波"


def test_a_word_that_opens_like_a_surname_is_no_name() -> None:
    assert speaker_in_lead("我们宁可多跑几趟，也要把工作做细。") is None
    assert speaker_in_lead("会议包括三项议程，主要是听取汇报并讲话。") is None
