"""More lines of news and WeChat pages (everyday sk17, sf14, sc11, sf20, sl03, sa05, rz10; stop 39): the font-size and
print buttons in brackets (【大】【中】【小】【我要打印】【关闭】 / 【大　中　小】【打印】【关闭】), the editor's line over the part
printed with the cut said in brackets or no colon (以下为讲话全文（有删节）： / 以下为讲话内容), a page line behind an
account's emoji (🎓 编者按 / 🎬 完整发布会视频，可点击文末“阅读原文”观看), and the account's card (架构前沿 / its one-line
description / 127篇原创内容 / 公众号) are the page's, never the title. Near misses: 【大会】开幕 is no button;
以下为讲话内容的几点说明： is no editor's line over the speech; 🚀 关于增长 is a heading, no page's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.web_debris import debris_reason

from .mining import mine


@pytest.mark.parametrize(("line", "reason"), [
    ("【大】【中】【小】【我要打印】【关闭】", "网页按钮"),
    ("【大　中　小】【打印】【关闭】", "网页按钮"),
    ("以下为讲话全文（有删节）：", "编者按"),
    ("以下为讲话内容", "编者按"),
    ("🎓 编者按", "编者导读"),
    ("🎬 完整发布会视频，可点击文末“阅读原文”观看", "网页链接"),
    ("127篇原创内容", "公众号信息"),
])
def test_a_pages_line(line: str, reason: str) -> None:
    assert debris_reason(line) == reason


@pytest.mark.parametrize("line", ["【大会】开幕", "以下为讲话内容的几点说明：", "🚀 关于增长"])
def test_a_line_like_them_that_is_not(line: str) -> None:
    assert debris_reason(line) is None


def test_an_accounts_card_is_the_pages(tmp_path: Path) -> None:
    head = (
        "演讲实录｜可观测性建设的三座大山\n\n原创 QCon观察员 架构前沿 2024-09-27 08:00 北京\n\n"
        "架构前沿\n专注分享一线技术团队的架构实践\n127篇原创内容\n公众号\n\n"
    )
    body = "大家好！\n\n一、先把数据采全\n\n数据不全，后面都白搭。\n\n二、再把告警做准\n\n告警太多等于没有告警。\n\n谢谢大家！\n"
    spec, report = mine(tmp_path, head + body)
    assert spec["title"] == "可观测性建设的三座大山" or spec["title"].endswith("可观测性建设的三座大山")
    assert "专注分享一线技术团队的架构实践" not in spec["title"] and "公众号信息" in report
