"""Lines a news or WeChat page sets over a speech (an audio or video player, a public account's own
lines, its list of the day's articles) are not the title; a salutation that greets (…，大家好！)
ends the head as a colon does."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.web_debris import CUT_PAGE_REASONS
from tests.speech_files import read_copy

BODY = [
    "同志们：",
    "今天我们召开这次会议，主要任务是总结去年工作，部署今年任务。",
    "一、认清形势，坚定信心",
    "过去一年，全市上下迎难而上，各项工作取得了新的成绩，经济运行稳中有进。",
    "二、突出重点，狠抓落实",
    "今年的任务十分繁重，各级各部门要拿出更加有力的举措，确保目标任务完成。",
]


def title_of(tmp_path: Path, *head: str) -> str:
    return read_copy(tmp_path, "\n".join([*head, *BODY])).outline.title


def test_an_audio_player_line_over_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    assert title_of(tmp_path, "收听本文 00:00/00:00", "奋力开创全市发展新局面", "——在全市工作会议上的讲话") == "奋力开创全市发展新局面"


def test_a_video_prompt_over_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    assert title_of(tmp_path, "点击观看视频", "在全市工作会议上的讲话") == "在全市工作会议上的讲话"


def test_a_public_accounts_lines_are_not_the_title(tmp_path: Path) -> None:
    head = (
        "时评 | 在全市工作会议上的讲话",
        "2024-05-01 某某发布",
        "某某发布",
        "微信号 moumoufabu",
        "功能介绍关注本地政务，传递权威声音",
        "【头条】时评 | 在全市工作会议上的讲话",
        "【二条】本地新闻一则，供参考",
        "时评 | 在全市工作会议上的讲话",
        "来源：某某日报",
    )
    read = read_copy(tmp_path, "\n".join([*head, *BODY]))
    # (时评 | : the account's column before a bar goes too, as 巡察进驻｜ does for jj21's writer)
    assert read.outline.title == "在全市工作会议上的讲话"
    reasons = {d.text: d.reason for d in read.dropped}
    assert reasons["微信号 moumoufabu"] == "公众号信息"
    assert reasons["【二条】本地新闻一则，供参考"] == "公众号文章列表"


def test_a_line_of_the_speech_that_mentions_a_video_is_kept(tmp_path: Path) -> None:
    """Near miss: 观看视频 inside a sentence of the speech is no player."""
    text = "\n".join(["在全市工作会议上的讲话", *BODY[:2], "会前大家观看了视频，很受教育。", *BODY[2:]])
    read = read_copy(tmp_path, text)
    assert not any("观看了视频" in d.text for d in read.dropped)


def test_a_salutation_that_greets_ends_the_head(tmp_path: Path) -> None:
    text = "\n".join([
        "启航新征程：追梦报国！—2022学年开学典礼讲话",
        "启航新征程：追梦报国！",
        "——2022学年开学典礼讲话",
        "王  明",
        "尊敬的各位嘉宾、家长，同学们、老师们，大家好！",
        *BODY[1:],
    ])
    read = read_copy(tmp_path, text)
    assert read.outline.title == "启航新征程：追梦报国！"
    assert read.outline.salutation == "尊敬的各位嘉宾、家长，同学们、老师们，大家好！"


def test_a_greeting_inside_a_sentence_is_no_salutation(tmp_path: Path) -> None:
    """Near miss: 同学们在操场上向大家问好 is text, not a salutation."""
    text = "\n".join(["在开学典礼上的讲话", "同学们在操场上列队，向新老师问好，大家好不热闹。", *BODY[1:]])
    assert read_copy(tmp_path, text).outline.salutation != "同学们在操场上列队，向新老师问好，大家好不热闹。"


def test_a_wechat_read_the_original_link_ends_the_article_without_cutting_the_speech(tmp_path: Path) -> None:
    tail = ["阅读原文", "阅读", "投诉", "微信扫一扫", "关注该公众号", "大案 最新文章:", "2016-05-01    时局 | 另一篇文章"]
    read = read_copy(tmp_path, "\n".join(["在全市工作会议上的讲话", *BODY, "同志们，让我们扎实工作！", *tail]))
    assert [n.heading for n in read.outline.points] == ["认清形势，坚定信心", "突出重点，狠抓落实"]
    reasons = {d.text: d.reason for d in read.dropped}
    assert reasons["阅读原文"] == "原文链接"
    assert reasons["大案 最新文章:"] == "网页正文之后的内容"
    assert not any(d.reason in CUT_PAGE_REASONS for d in read.dropped)  # (the speech is whole: no page cut)


def test_a_read_the_whole_text_prompt_still_says_the_page_is_cut() -> None:
    """Near miss: 阅读全文 under a page opening is a page cut short, not a link to the original."""
    from jianggao.reader.web_debris import debris_reason

    assert debris_reason("阅读全文") in CUT_PAGE_REASONS
    assert debris_reason("阅读原文") not in CUT_PAGE_REASONS
