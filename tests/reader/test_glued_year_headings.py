"""A copy that lost its breaks around headings that open with a year: …下面我讲三个方面。一、2023年我们干得怎么样 at
the opening's end, …力气。二、2024年我们要干什么 2024年，公司… glued with a space before its text, …。三、对大家的几点希望
at a paragraph's end: each heading opens a paragraph again (hl09 of the everyday suite); 一、5 opens none."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "全年实现销售收入2.36亿元，同比增长11%，净利润同比增长7%，出口额首次突破5000万元，这个成绩来之不易。"


def speech(first: str) -> str:
    return (
        "在公司2023年度总结表彰大会上的讲话\n总经理 林海涛\n各位同事：\n"
        f"大家上午好！今天我们召开年度总结表彰大会。下面我讲三个方面。{first}\n{TEXT}\n"
        f"{TEXT}丢一个客户很容易，要把他找回来，不知道要花多少倍的力气。二、2024年我们要干什么 2024年，公司的目标是销售收入突破2.8亿元。\n"
        f"{TEXT}班组长是兵头将尾，班组管好了，车间就管好了。三、对大家的几点希望\n第一，希望大家多学习。{TEXT}\n"
        "各位同事，新的一年，让我们一起努力！谢谢大家！\n"
    )


def test_glued_year_headings_open_their_paragraphs(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech("一、2023年我们干得怎么样"))
    assert headings(spec["points"]) == ["2023年我们干得怎么样", "2024年我们要干什么", "对大家的几点希望"]
