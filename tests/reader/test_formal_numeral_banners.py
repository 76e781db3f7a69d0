"""A WeChat article whose parts are banners numbered in the formal numerals (壹｜信心比黄金更宝贵 / 贰｜… / 叁｜…, uz22 of
the everyday suite): the banners are the points, no menu of the page. Near miss: a menu of short entries between bars
(首页｜新闻｜通知) is still the page's."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

ARTICLE = (
    "一百天，足够让你成为更好的自己\n\n原创　明德中学　2024-02-27 17:30\n\n{menu}\n\n亲爱的高三同学们：\n\n"
    "今天，距离高考还有一百天。一百天，说长不长，说短不短，足够让你成为更好的自己。\n\n"
    "壹｜信心比黄金更宝贵\n\n越到最后，越要相信自己。一模考得不理想的同学，不要灰心，高考才是终点。\n\n"
    "贰｜方法比苦干更重要\n\n最后一百天，拼的不是时间，而是效率。错题本要用起来，每天回头看一看。\n\n"
    "叁｜陪伴比督促更温暖\n\n老师和家长要多一些陪伴，少一些唠叨，让孩子轻装上阵。\n\n"
    "同学们，百日冲刺的号角已经吹响，让我们一起迎接六月的胜利！\n"
)


def test_formal_numeral_banners_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, ARTICLE.format(menu="点击蓝字，关注我们"))
    assert headings(spec["points"]) == ["信心比黄金更宝贵", "方法比苦干更重要", "陪伴比督促更温暖"]


def test_a_menu_between_bars_is_still_the_pages(tmp_path: Path) -> None:
    # near miss: short entries between bars, no numeral before the first
    _, report = mine(tmp_path, ARTICLE.format(menu="首页｜新闻｜通知"))
    assert "（网站导航）：首页｜新闻｜通知" in report
