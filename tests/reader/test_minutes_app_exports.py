"""A meeting-minutes app's export (everyday sj01–sj25, kg25, iw09; stop 39): the app's summary parts (关键词 / 全文概要 /
智能纪要 / 会议摘要 / 章节速览 / 待办事项) and the meeting's facts under the title (2024-03-15 09:02　时长 01:08:46, its date
kept) are set aside; of the turns, each under a line naming who speaks and when (发言人2 00:09:52 / 蒋明德 00:40 /
**陈颖（区政府办）** 00:00:08), the words of the one who says most are the speech, the others' turns reported (the
host's call-up among them names the speaker). The speech's first paragraph opening with its audience and a comma
(同志们，今天跟大家…) gives the salutation, as such transcripts begin. Near misses: a copy with one such line is read
as before; a time code before words ([00:02:30] 首先…) is no turn line; 各位要努力工作，… names no audience."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.minutes_export import unpack_minutes
from jianggao.reader.outline_records import SourceParagraph

from .mining import mine

EXPORT = (
    "全县安全生产暨消防工作会议\n"
    "2024-03-15 09:02　时长 01:08:46\n\n"
    "关键词：\n安全生产　隐患排查　消防安全\n\n"
    "全文概要：\n会议由副县长孙立主持。县应急管理局通报了今年以来全县安全生产形势。\n\n"
    "发言人1 00:00:04\n好，我们现在开会。今天召开全县安全生产暨消防工作会议。\n\n"
    "发言人3 00:01:18\n好的，我简要通报一下。一季度全县共发生生产安全事故4起。\n\n"
    "发言人1 00:09:40\n好，下面请刘国栋县长讲话，大家欢迎。\n\n"
    "发言人2 00:09:52\n同志们：\n\n刚才朱海波同志通报了一季度的情况，我再讲三个方面。\n\n"
    "第一个方面，要清醒认识当前安全生产面临的形势。一季度全县发生的事故虽然不多，但教训深刻，各级各部门必须高度警惕。\n\n"
    "第二个方面，要把隐患排查整治抓实抓细。今年的大排查，重点是人员密集场所和危化品企业，要一家一家过，一项一项查。\n\n"
    "第三个方面，要压紧压实各方责任。党政领导责任、部门监管责任、企业主体责任，一个都不能少。\n\n"
    "同志们，安全生产责任重于泰山，大家要以时时放心不下的责任感抓好各项工作。\n\n"
    "发言人1 01:05:10\n好，今天的会就开到这里，散会。\n"
)


def test_an_apps_export_reads_as_the_main_speakers_speech(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, EXPORT)
    assert spec["title"] == "全县安全生产暨消防工作会议" and str(spec["date"]) == "2024-03-15"
    assert spec["speaker"] == "刘国栋" and spec.get("salutation", "同志们") == "同志们"
    assert [p["heading"] for p in spec["points"]] == [
        "要清醒认识当前安全生产面临的形势", "要把隐患排查整治抓实抓细", "要压紧压实各方责任",
    ]
    assert "会议纪要软件的摘要" in report and "会上其他人的发言" in report


def test_a_named_speakers_turn_names_him(tmp_path: Path) -> None:
    text = EXPORT.replace("发言人2 00:09:52", "蒋明德 00:09:52").replace("下面请刘国栋县长讲话", "下面请领导讲话")
    spec, _ = mine(tmp_path, text)
    assert spec["speaker"] == "蒋明德"


def _paras(lines: list[str]) -> list[SourceParagraph]:
    return [SourceParagraph(number=k + 1, text=t) for k, t in enumerate(lines)]


def test_one_turn_line_or_time_codes_are_no_export() -> None:
    one = _paras(["在全县工作会议上的讲话", "发言人1 00:00:04", "同志们，今天开个短会。"])
    assert unpack_minutes(one) == (one, [])
    codes = _paras(["[00:02:30] 首先第一个坑，是缓存。", "[00:05:10] 第二个坑，是索引。"])
    assert unpack_minutes(codes) == (codes, [])


def test_the_audience_named_before_a_comma_opens_the_speech(tmp_path: Path) -> None:
    text = "在全县工作会议上的讲话\n\n同志们，今天跟大家一起学习交流。我讲三点。\n\n" + (
        "第一，要提高认识。这是第一点的内容，要认真学习。\n\n第二，要抓好落实。这是第二点的内容，要认真落实。\n\n"
        "第三，要强化保障。这是第三点的内容，要认真保障。\n\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec.get("salutation", "同志们") == "同志们"
    assert spec["opening"]["transition"].startswith("今天跟大家一起学习交流")


def test_a_sentence_opening_with_an_address_word_is_no_salutation() -> None:
    from jianggao.reader.header import opening_address

    assert opening_address("各位要努力工作，争取更好成绩。") is None
    assert opening_address("老师们，新学期开始了。") == ("老师们", "新学期开始了。")


def test_keywords_on_their_heading_line_and_an_english_name_after_the_chinese(tmp_path: Path) -> None:
    text = EXPORT.replace("关键词：\n安全生产　隐患排查　消防安全", "关键词：安全生产　隐患排查　消防安全")
    text = text.replace("发言人2 00:09:52", "刘国栋 Kevin 00:09:52").replace("下面请刘国栋县长讲话", "下面请领导讲话")
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "全县安全生产暨消防工作会议" and spec["speaker"] == "刘国栋"
