"""Markdown headings ranked by their level (## 前言 / ## 一、… / ## 二、… / ## 总结) are one run in the level's style: the
report says nothing of numbering styles mixed (it had said 混用了几种序号样式); 一、 二、 then 第三， still say it."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

TEXT = "公司从一个小厂起步，靠的是一代代人的艰苦奋斗，这种精神任何时候都不能丢，我们要把它传下去。"


def test_headings_ranked_by_level_say_no_mixed_styles(tmp_path: Path) -> None:
    text = (
        "# 传承红色基因 勇担国企使命\n\n各位同事：\n\n今天主要跟大家分享几点体会。\n\n## 前言\n\n" + TEXT + "\n\n"
        "## 一、回望来路\n\n" + TEXT + "\n\n## 二、走好今后的路\n\n" + TEXT + "\n\n## 总结\n\n" + TEXT + "\n\n同事们，让我们携手奋进！\n"
    )
    _, report = mine(tmp_path, text, "talk.md")
    assert "混用了几种序号样式" not in report


def test_a_count_that_switches_style_still_says_so(tmp_path: Path) -> None:
    # near miss: 一、 二、 then 第三， in plain text: mixed, said
    text = (
        "在全镇工作会议上的讲话\n同志们：\n今天我讲三点意见。\n一、统一思想\n" + TEXT + "\n二、突出重点\n" + TEXT + "\n"
        "第三，加强领导。" + TEXT + "\n同志们，让我们携手奋进！\n"
    )
    _, report = mine(tmp_path, text)
    assert "混用了几种序号样式" in report
