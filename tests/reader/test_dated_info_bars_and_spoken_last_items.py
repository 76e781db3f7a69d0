"""Forms the everyday rounds ol (recorded 座谈会 and site meetings) and op (WeChat copies) and two older pages have: a
page's information bar that opens with its date (2024年05月30日 来源：… 作者：… 阅读：732次, ol18 / oe16), no byline
naming its reads count as the speaker; the last of a spoken count said as 最后一条， (ol15); a chair's 散会吧。 as the
closing; a speaker's 一呢，… 二呢，… as a count (ol25); a WeChat article's own lines (op); a meeting record's and a
phone note's head (or, ot)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.web_debris import debris_reason
from tests.reader.mining import headings, mine

TITLE = "在全县水源地保护调研座谈会上的讲话"
BODY = (
    "同志们：\n今天讲三点。\n一、加强学习。要学习理论，学习业务。\n二、加强实践。要到一线去，到群众中去。\n"
    "三、加强总结。要总结经验，查找不足。\n谢谢大家！\n"
)



@pytest.mark.parametrize(
    "bar",
    [
        "2024年05月30日 来源：县委办公室 作者：综合科 阅读：732次",
        "2025-03-28　　来源：采购管理中心　　作者：本网　　阅读：862次",
    ],
)
def test_an_information_bar_opening_with_its_date_is_dropped(tmp_path: Path, bar: str) -> None:
    spec, report = mine(tmp_path, f"首页 > 新闻中心 > 领导活动\n董事长何永强{TITLE}\n{bar}\n" + BODY)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("何永强", "董事长")
    assert "网页信息栏" in report


def test_a_dated_line_of_text_is_no_information_bar(tmp_path: Path) -> None:
    # near miss: a date opening a sentence of the speech, no field of a bar after it
    spec, _ = mine(tmp_path, f"{TITLE}\n同志们：\n2024年05月30日 来源地的水质监测结果出来了，总体稳定。\n" + BODY[5:])
    assert "来源地" in str(spec)


SITE = (
    "在农贸市场改造现场办公会上的讲话\n\n同志们：\n\n市场我刚才走了一遍，就讲要求。\n\n"
    "第一条，十月一号前必须恢复营业。商户等不起，周边临时摊点已经有人在投诉了。\n\n"
    "第二条，临时安置，街道要负责到底，一户一户落实。\n\n"
    "第三条，排水管网这次要一并改好，雨天积水的老毛病不能再留。\n\n"
    "最后一条，资金。区财政先拨一半，另一半等审计以后再拨。\n\n"
)


def test_the_last_of_a_spoken_count_said_as_its_last_item(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SITE + "散会吧。\n")
    assert headings(spec.get("points") or [])[-1] == "资金"
    assert len(headings(spec.get("points") or [])) == 4
    assert spec["closing"] == ["散会吧。"]


def test_the_last_line_as_a_sentence_of_text_is_no_item(tmp_path: Path) -> None:
    # near miss: 最后一条防线 opens a sentence; no label mark follows 条
    spec, _ = mine(tmp_path, SITE.replace("最后一条，资金。", "最后一条防线要守住，资金") + "谢谢大家！\n")
    assert len(headings(spec.get("points") or [])) == 3


def test_a_speakers_one_two_said_with_a_pause_is_a_count(tmp_path: Path) -> None:
    spec, _ = mine(
        tmp_path,
        "在全县农村电商发展座谈会上的讲话\n各位电商朋友：\n刚才大家讲了不少。我就讲两点。\n"
        "一呢，物流这个“最后一公里”，县里要下决心解决。现在发一个快递，成本比市里高出将近一块钱。\n"
        "二呢，是品牌。我们县的山核桃品质一流，但是网上一搜，全是别人家的牌子。\n好，今天就到这里，谢谢大家！\n",
    )
    assert headings(spec.get("points") or []) == ["物流这个“最后一公里”，县里要下决心解决", "品牌"]


# A WeChat article's own lines around a speech (round op): the mark over the speech's record, a link to the part printed
# before, a draft's picture placeholder and its headline line, the account with a day as a phone shows it.
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("🎙️ 演讲实录", "编者按"),
        ("▍以下为讲话实录", "编者按"),
        ("以下为冯振宇董事长致辞全文：", "编者按"),
        ("👉 点击回顾：市委书记在全市基层党建工作推进会上的讲话（上篇）", "网页链接"),
        ("【图】表彰大会现场", "图片"),
        ("【配图1：年会现场全景，图注：▲ 年会现场】", "图片"),
        ("【推文标题】董事长年会讲话：2024，我们一起“向新而行”", "公众号信息"),
        ("【推文导语】1月26日晚，集团年会举行。董事长赵启明发表讲话。", "编者导读"),
        ("宁州温商 昨天", "公众号信息"),
        ("桂香社区 3小时前", "公众号信息"),
        ("视频来源：南江大学官方视频号  时长 12:36", "网页信息栏"),
    ],
)
def test_a_wechat_articles_own_lines_are_debris(line: str, reason: str) -> None:
    assert debris_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "他的讲话全文我都认真读了。",  # near miss: 全文 in a sentence of the speech
        "【图】表彰大会现场，全体护士起立，向老护士长致敬。这是一个难忘的时刻。",  # a caption is short, no sentences
        "大家 今天",  # near miss: no account's name, a phone note's two words
        "点击率高的文章不一定好。",  # 点击 with no mark before it opens a sentence
    ],
)
def test_lines_of_the_speech_like_them_are_kept(line: str) -> None:
    assert debris_reason(line) is None


def test_a_wechat_lead_pointing_down_to_the_speech_names_its_speaker(tmp_path: Path) -> None:
    spec, report = mine(
        tmp_path,
        "喜迎七一丨镇党委书记这样寄语优秀共产党员\n\n石桥镇发布 2024-07-01 09:12\n\n"
        "7月1日上午，石桥镇表彰大会召开。会上，镇党委书记韩志强同志作了简短讲话。一起来看👇\n\n" + BODY,
    )
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("韩志强", "镇党委书记")
    assert "一起来看" not in spec["title"]


# A meeting record's and a phone note's head (rounds or, ot): the speaker in a 发言： field, a transcriber's note on the
# recording in brackets, the audience named in phrases set apart by spaces, a count said done before a space.
def test_a_records_speaker_field_and_its_note_on_the_recording(tmp_path: Path) -> None:
    spec, _ = mine(
        tmp_path,
        "高铁站前广场项目征地动员会发言（录音整理）\n\n时间：2023年8月22日晚7点半\n地点：柳湾村文化室\n"
        "发言：柳湾村村委会主任　贺春生\n整理：村会计 徐丽\n\n（录音开头约两分钟杂音，略）\n\n" + BODY,
    )
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("贺春生", "柳湾村村委会主任")


def test_a_note_that_the_recording_starts_names_no_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "院长在全院科室主任会议上的讲话（录音整理）\n\n时间：2025年1月8日下午\n\n（录音开始）\n\n" + BODY)
    assert "speaker" not in spec


PHONE = (
    "院坝会讲话要点（杨家沟组 10月17晚）\n驻组干部 田小梅\n\n各位叔叔嬢嬢 大哥大姐\n"
    "今天晚上耽误大家一点时间 主要说三个事 说完就散\n\n"
    "第一个 明年的医保要开始交了\n今年是380一个人 明年涨到400 报销的比例也提高了\n\n"
    "第二个 防诈骗\n最近村里有人接到电话 说是孙子出事了要打钱 大家莫信\n\n"
    "第三个 冬天烤火注意安全\n烤火的时候窗子要开个缝 莫把门窗关死了\n\n"
    "就这三个事 大家还有啥子要问的 现在就问\n"
)


def test_a_phone_notes_audience_set_apart_by_spaces_is_its_salutation(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, PHONE)
    assert spec["title"] == "院坝会讲话要点（杨家沟组 10月17晚）"
    assert spec["salutation"] == "各位叔叔嬢嬢 大哥大姐"
    assert spec["closing"][0].startswith("就这三个事")


def test_a_line_of_text_opening_with_the_audience_is_no_salutation(tmp_path: Path) -> None:
    # near miss: 各位 with a sentence's verb after it opens text
    spec, _ = mine(tmp_path, PHONE.replace("各位叔叔嬢嬢 大哥大姐\n", "各位叔叔嬢嬢 今天要把医保的事说清楚\n"))
    assert spec["salutation"] == ""
