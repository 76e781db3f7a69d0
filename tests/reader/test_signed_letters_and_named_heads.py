"""Where a copy names its speaker, in more of the ways the everyday rounds nu–nz have it: a letter signed with the
name alone over its date and place (周予安 / 2025年1月2日于上海, ny02), a chat app's footer under the signature (ny04),
a page's lines after its END mark (ny02); a host's call by name and 同志 alone (nv10); a note saying whose speech
follows (以下是…同志…在…上的讲话, nw16); a subtitle naming him before the kind of speech (nv13); an occasion's
head with him after it (nz04); a note with his day after his name (nz18); a byline over his words with its colon
(nu14)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.reader.mining import mine

TITLE = "在全县工作会议上的讲话"
BODY = (
    "同志们：\n今天讲三点。\n一、加强学习。要学习理论，学习业务。\n二、加强实践。要到一线去，到群众中去。\n"
    "三、加强总结。要总结经验，查找不足。\n谢谢大家！\n"
)
LETTER = (
    "致全体伙伴的一封信\n\n亲爱的伙伴们：\n\n新年好！过去一年，我们经历了很多，也收获了很多。\n\n"
    "新的一年，我们要把服务做得更细，把产品做得更好。\n\n2025，我们一起，稳稳地往前走。💪\n\n"
)


def test_a_letter_signed_with_the_name_alone_over_its_date(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, LETTER + "周予安\n2025年1月2日于上海\n\n-END-\n\n编辑｜小橙　审核｜阿木\n\n分享　收藏　在看　点赞\n")
    assert (spec.get("speaker"), spec.get("date")) == ("周予安", date(2025, 1, 2))
    assert "分享" not in str(spec.get("closing")) and "编辑" not in str(spec.get("closing"))
    assert "文末标记" in report


def test_a_chat_apps_footer_under_the_signature_is_dropped(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, LETTER + "许若谷\n2024年6月14日\n\n（本消息由 钉钉 发送　已读 412　未读 9）\n")
    assert (spec.get("speaker"), spec.get("date")) == ("许若谷", date(2024, 6, 14))
    assert "聊天软件信息" in report


def test_a_name_alone_at_the_end_with_no_date_signs_nothing(tmp_path: Path) -> None:
    # near miss: with no date under it, a short last line may be the text's own (a name said, a word)
    spec, _ = mine(tmp_path, LETTER + "周予安\n")
    assert "speaker" not in spec


@pytest.mark.parametrize(
    ("head", "speaker", "office"),
    [
        (f"{TITLE}\n\n【主持人：下面，请周永年同志讲话。大家欢迎！】（掌声）\n", "周永年", None),
        (f"{TITLE}\n\n主持人：下面，请县委书记周永年同志讲话。\n", "周永年", "县委书记"),
        (f"{TITLE}\n\n【整理说明】以下是县委书记陆承泽同志2024年3月1日在全县信访维稳工作紧急会议上的讲话，根据录音整理。\n", "陆承泽", "县委书记"),
        ("【录音整理】杨庄村城乡居民医保缴费入户动员会 村支书冯德顺讲话\n", "冯德顺", "村支书"),
        (f"{TITLE}\n（新塘村党支部副书记 卢海波　2024年5月6日晚　根据记录整理）\n", "卢海波", "新塘村党支部副书记"),
        ("作风建设大会表态发言摘登\n区市场监管局党组书记、局长　陶国庆：\n以作风之变促服务之优\n", "陶国庆", "区市场监管局党组书记、局长"),
    ],
)
def test_more_lines_that_name_the_speaker(tmp_path: Path, head: str, speaker: str, office: str | None) -> None:
    spec, _ = mine(tmp_path, head + BODY)
    assert (spec.get("speaker"), spec.get("speaker_title")) == (speaker, office)


def test_a_subtitle_naming_him_before_the_kind_of_speech(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "# 凝心聚力启新程 乘势而上开新局\n\n## ——集团董事长高志诚2025年新年致辞\n\n" + BODY, "speech.md")
    assert (spec["title"], spec.get("subtitle")) == ("凝心聚力启新程 乘势而上开新局", "——2025年新年致辞")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("高志诚", "集团董事长")


def test_a_draft_mark_after_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    # (ob11: 在…上的讲话（第二稿）; mt02: …（提纲稿）)
    for mark in ("（第二稿）", "（提纲稿）", "（提纲稿，第二稿）"):
        spec, _ = mine(tmp_path, f"{TITLE}{mark}\n\n{BODY}")
        assert spec["title"] == TITLE


@pytest.mark.parametrize(
    "head",
    [
        "# 党课讲稿（第三稿）\n\n> 批注：第二稿的意见已吸收。\n\n## 守初心　强医德　做人民群众信得过的好医生\n\n",
        "# 交流发言（提纲稿，第二稿）\n\n> 备注：每人发言不超过8分钟。\n\n**题目：守初心　强医德　做人民群众信得过的好医生**\n\n",
    ],
)
def test_the_kind_of_text_gives_way_to_the_speechs_own_title(tmp_path: Path, head: str) -> None:
    spec, _ = mine(tmp_path, head + BODY, "speech.md")
    assert spec["title"] == "守初心　强医德　做人民群众信得过的好医生"


def test_a_title_naming_the_meeting_and_the_kind_stays(tmp_path: Path) -> None:
    # near miss: 汛前会讲话稿 names its meeting: the copy's title, whatever the lines under it
    spec, _ = mine(tmp_path, "# 汛前会讲话稿\n\n**5月10日上午9:00　市政府3楼会议室**\n\n" + BODY, "speech.md")
    assert spec["title"] == "汛前会讲话稿"


def test_a_news_lead_naming_him_before_his_office(tmp_path: Path) -> None:
    lead = "6月14日下午，桐溪二中2024届初三毕业典礼在学校大礼堂举行。典礼上，高建业校长为即将毕业的同学们送上了深情寄语。"
    spec, _ = mine(tmp_path, f"毕业季｜校长寄语：少年，愿你眼里有光\n\n听全文\n约3分钟\n\n{lead}\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("高建业", "校长")


def test_a_student_names_himself_after_his_class(tmp_path: Path) -> None:
    text = BODY.replace("今天讲三点。", "大家好！我是来自信息工程学院计算机科学与技术专业的新生许可欣。今天讲三点。")
    spec, _ = mine(tmp_path, f"{TITLE}\n\n{text}")
    assert spec.get("speaker") == "许可欣"


def test_a_transcription_apps_turn_marks_and_facts_are_dropped(tmp_path: Path) -> None:
    # (oe17: a recording's file name over 发言人1 00:00:00 lines; oe02: 转写时间 / 音频时长 / 说话人数 and [00:00:03] 说话人1：;
    # kg25: （录音转写稿，未校对） after the title)
    text = (
        "百日攻坚动员会-县委书记讲话.m4a\n转写时间：2025-04-18 16:42\n音频时长：00:21:37\n说话人数：1\n\n"
        "发言人1 00:00:00\n同志们：今天讲三点。\n\n[00:00:35] 说话人1：\n一、加强学习。要学习理论，学习业务。\n\n"
        "发言人1 00:01:10\n二、加强实践。要到一线去，到群众中去。\n\n三、加强总结。要总结经验，查找不足。\n\n谢谢大家！\n"
    )
    spec, report = mine(tmp_path, text)
    assert spec["title"] == "百日攻坚动员会-县委书记讲话"
    assert [p["heading"] for p in spec["points"]] == ["加强学习。", "加强实践。", "加强总结。"]
    assert "发言人1" not in str(spec) and "说话人1" not in str(spec)
    spec, _ = mine(tmp_path, f"{TITLE}（录音转写稿，未校对）\n\n{BODY}")
    assert spec["title"] == TITLE
