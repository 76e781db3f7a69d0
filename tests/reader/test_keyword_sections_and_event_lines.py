"""Keyword sections numbered before a bar (关键词一｜茶; everyday rf21, mn14; stop 38) are headings, not a site's menu;
an event's line under a complete title (2024东湄工业互联网大会·边缘计算分论坛　演讲速记; rm23) is no part of it. Near
misses: a menu of entries between bars is still the page's; a title that opens with 在 goes on over its lines."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.web_debris import debris_reason

from .mining import headings, mine

TEXT = "石溪的茶，长在海拔八百米以上的山上，一年只采一季春茶，每一片叶子都是手工采摘、手工炒制的。"


def test_a_keyword_numbered_before_a_bar_is_no_menu() -> None:
    assert debris_reason("关键词一｜茶") is None
    assert debris_reason("首页 | 政务公开 | 新闻中心") == "网站导航"


def test_keyword_sections_are_the_points(tmp_path: Path) -> None:
    body = "".join(f"关键词{n}｜{k}\n\n{TEXT}\n\n{TEXT}\n\n" for n, k in zip("一二三", "茶瓷溪", strict=True))
    spec, _ = mine(tmp_path, "县长来推介！三个关键词，读懂石溪\n\n各位朋友：\n\n大家好！今天我用三个关键词介绍石溪。\n\n" + body + "欢迎大家来石溪！谢谢大家！\n")
    assert headings(spec["points"]) == ["关键词一｜茶", "关键词二｜瓷", "关键词三｜溪"]


BODY = "各位嘉宾：\n大家好！今天我讲三点。\n一、为什么要在边缘算\n" + TEXT + "\n二、边缘上最难的是什么\n" + TEXT + "\n三、我们现在的做法\n" + TEXT + "\n谢谢大家！\n"


def test_an_event_line_under_a_complete_title_is_no_part_of_it(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "边缘计算进工厂：我们在三十条产线上学到的事\n2024东湄工业互联网大会·边缘计算分论坛　演讲速记\n\n" + BODY)
    assert spec["title"] == "边缘计算进工厂：我们在三十条产线上学到的事"


def test_a_title_opening_with_at_goes_on_over_its_lines(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在2024东湄工业互联网\n大会上的讲话\n\n" + BODY)
    assert spec["title"] == "在2024东湄工业互联网大会上的讲话"
