"""The heads of talks posted as articles (everyday ql, qm; stop 37): the speaker named by the editor's lead for the
kind of talk he gave (…出席会议并作动员讲话 / …代表理事会作年度工作报告 / …围绕…作专题讲解 / 本文整理自…在…主会场的
主题演讲 / 以《…》为题发表主题演讲); a WeChat account line naming two accounts before its date; a reading-time line
with no 约; 形式：… among a webinar's facts; the card WeChat prints under 以下文章来源于…; 导读 alone on a line. Near
misses: one who only chaired is no speaker; a line that names the source account inside words is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.header import speaker_in_lead

from .mining import headings, mine

TEXT = "这部分我们结合一个真实的项目来讲，先看需求是怎么来的，再看我们当时做了哪些取舍，最后看上线以后的效果和教训。"
BODY = "".join(f"{n}、{h}\n{TEXT}\n" for n, h in zip("一二三", ("第一笔账：技术账", "第二笔账：经济账", "第三笔账：人才账"), strict=True))
END = "好，我今天就分享到这里。谢谢大家！\n"


@pytest.mark.parametrize(
    ("lead", "office", "name"),
    [
        ("公司副总裁、华东大区总经理邵启明出席会议并作动员讲话。", "公司副总裁、华东大区总经理", "邵启明"),
        ("基金会理事长邹明远代表第二届理事会作年度工作报告。", "基金会理事长", "邹明远"),
        ("创新中心技术总监殷国栋围绕中小制造企业数字化转型的路径选择作专题讲解。", "创新中心技术总监", "殷国栋"),
        ("本文整理自星河云首席技术官沈博文在2024星河开发者大会主会场的主题演讲。", "星河云首席技术官", "沈博文"),
        ("主论坛上，临川银行首席信息官韩礼文以《核心系统分布式改造的实践》为题发表主题演讲。", "临川银行首席信息官", "韩礼文"),
    ],
)
def test_the_lead_names_the_one_who_gave_the_talk(lead: str, office: str, name: str) -> None:
    assert speaker_in_lead(lead) == (office, name)


def test_one_who_only_chaired_is_no_speaker() -> None:
    assert speaker_in_lead("会议由基金会秘书长邹明远主持。") is None


def _page(head: str) -> str:
    return f"城商行核心系统改造，要算好“三笔账”\n{head}各位嘉宾，大家上午好！\n今天我想和大家算三笔账。\n{BODY}{END}"


def test_an_account_line_naming_two_accounts_is_no_title(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _page("云杉技术 云杉技术社区 2024-05-18 21:06 上海\n"))
    assert spec["title"] == "城商行核心系统改造，要算好“三笔账”"
    assert "（发布日期）：云杉技术 云杉技术社区" in report


def test_a_reading_time_line_and_a_webinars_form_are_no_title(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _page("全文3200字，阅读约需7分钟\n形式：“制造业数字化转型”系列网络研讨会第四期\n"))
    assert spec["title"] == "城商行核心系统改造，要算好“三笔账”"


def test_the_card_of_the_source_account_and_a_lone_lead_heading_are_dropped(tmp_path: Path) -> None:
    card = "以下文章来源于金融开发者大会，作者大会组委会\n金融开发者大会\n汇聚金融科技开发者的交流平台\n导读\n"
    spec, report = mine(tmp_path, _page(card))
    assert spec["title"] == "城商行核心系统改造，要算好“三笔账”"
    assert "（转载说明）：汇聚金融科技开发者的交流平台" in report
    assert headings(spec["points"]) == ["第一笔账：技术账", "第二笔账：经济账", "第三笔账：人才账"]


def test_words_after_the_source_note_that_are_not_its_card_stay(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _page("以下文章来源于金融开发者大会，作者大会组委会\n") + "金融开发者大会是一年一度的盛会。\n")
    assert "金融开发者大会是一年一度的盛会。" in str(spec)
