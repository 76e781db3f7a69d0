"""A note's Markdown subtitle set as a heading (# 传承红色基因 勇担国企使命 / ## ——在…专题党课上的讲稿 / 主讲人：…) is the
title's subtitle: the head goes on past it and the 主讲人 line under it names the speaker (hm14 of the everyday suite);
a ## heading that is no subtitle ends the head, as before."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

TEXT = "今天这堂党课，主要跟大家分享两个方面的体会。\n\n## 一、回望来路\n\n公司从一个小厂起步，靠的是一代代人的艰苦奋斗。\n\n## 二、走好今后的路\n\n新的征程上，我们要把红色基因传承下去。\n\n同志们，让我们携手奋进！\n"


def test_a_subtitle_set_as_a_heading_keeps_the_head_going(tmp_path: Path) -> None:
    text = "# 传承红色基因 勇担国企使命\n\n## ——在公司专题党课上的讲稿\n\n主讲人：公司党委书记、董事长 韩卫东\n\n---\n\n" + TEXT
    spec, _ = mine(tmp_path, text, "lecture.md")
    assert spec["speaker"] == "韩卫东"


def test_a_heading_that_is_no_subtitle_ends_the_head(tmp_path: Path) -> None:
    # near miss: ## 前言 is no subtitle: the head ends before it, the line stays in the opening
    text = "# 传承红色基因 勇担国企使命\n\n## 前言\n\n主讲人：公司党委书记、董事长 韩卫东\n\n" + TEXT
    spec, _ = mine(tmp_path, text, "lecture.md")
    assert "speaker" not in spec
    assert spec["opening"]["paragraphs"][0] == "前言"
