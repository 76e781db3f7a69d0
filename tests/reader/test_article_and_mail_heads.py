"""Heads of speeches posted as articles and sent as e-mails (everyday ra13, ra21, qz05, oj08, ny13; stop 38): the line
over the speech printed (以下是邢雅琪老师讲话的主要内容： / 罗曼青老师在会上寄语全体社员。以下为讲话全文：) is the
editor's, and names the speaker; WeChat's 星标“…” prompt is the page's; an e-mail's head (发件人： / 收件人： / 抄送： /
发送时间： / 附件：….xlsx) is no title, and its subject (主题：…) gives the title when nothing else does. Near misses: a
teacher named in the speech's own text names no one; a line that opens with 附件 and names no file stays."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.web_debris import debris_reason

from .mining import mine

BODY = (
    "亲爱的同学们：\n"
    "明天，你们就要出发了。今天坐在这里的同学，是从全校报名者中层层选拔出来的，我为你们骄傲。\n"
    "第一，要站稳讲台，当一名好老师。支教不是去体验生活，是去教书育人，每一堂课都要认真准备。\n"
    "第二，要扎根基层，做一名实干家。到了那里，要和当地老师打成一片，虚心向他们学习。\n"
    "第三，要保重身体，守好安全底线。出门在外，安全是第一位的，有困难及时和学校联系。\n"
    "同学们，祝你们一路平安，学校等你们凯旋！\n"
)
PAGE = "出征！第26届研究生支教团奔赴西部\n\n原创 东岳大学团委 青春东岳 2024-08-23 18:30 山东\n\n星标“青春东岳”，第一时间获取最新推送\n\n"


def test_the_line_over_the_printed_part_names_the_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, PAGE + "以下是邢雅琪老师讲话的主要内容：\n\n" + BODY)
    assert spec["title"] == "出征！第26届研究生支教团奔赴西部"
    assert spec["speaker"] == "邢雅琪"


def test_a_sentence_on_who_spoke_before_the_printed_part(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, PAGE + "罗曼青老师在会上寄语全体社员。以下为讲话全文：\n\n" + BODY)
    assert spec["speaker"] == "罗曼青"


def test_a_teacher_named_in_the_speech_names_no_one(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, PAGE + BODY.replace("我为你们骄傲。", "邢雅琪老师的讲话让我很受触动。"))
    assert not spec.get("speaker")


def test_a_wechat_star_prompt_is_the_pages() -> None:
    assert debris_reason("星标“青春东岳”，第一时间获取最新推送") is not None
    assert debris_reason("星标是我们给优秀志愿者的荣誉。") is None


MAIL = (
    "主题：618大促复盘会讲话要点（会后整理版）\n"
    "发件人：何静 <hejing@lanshan-home.com>\n"
    "收件人：电商事业部全体 <ec-all@lanshan-home.com>\n"
    "抄送：张总; 财务部-预算组; 供应链中心-计划部\n"
    "时间：2024年6月28日（星期五）17:42\n"
    "附件：618复盘数据汇总.xlsx (1.2MB)\n\n"
)


def test_a_mails_subject_is_the_title_and_its_head_is_no_title(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, MAIL + BODY)
    assert spec["title"] == "618大促复盘会讲话要点"
    assert "邮件附件" in report and "邮件信息" in report
    assert "标题取自“主题：”一行" in report  # (said, for the writer to check)


def test_a_forwarded_subject_loses_its_mark(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, MAIL.replace("主题：", "主题：Fw: ") + BODY)
    assert spec["title"] == "618大促复盘会讲话要点"


def test_a_line_opening_with_attachment_that_names_no_file_is_no_mail_head() -> None:
    assert debris_reason("附件：618复盘数据汇总.xlsx (1.2MB)") == "邮件附件"
    assert debris_reason("附件：会议材料") != "邮件附件"


def test_a_line_running_on_from_the_summary_above_stays() -> None:
    # (a PDF copy wrapped the editor's summary: the line with its end and the marker keeps the marker in the body,
    # so the summary's list before it is still seen as the editor's)
    assert debris_reason("够屹立不倒，最核心的是将创新和质量并举。以下为演讲全文：") is None
    assert debris_reason("罗曼青老师在会上寄语全体社员。以下为讲话全文：") == "编者按"
