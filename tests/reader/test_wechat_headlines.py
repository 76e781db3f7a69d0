"""WeChat headlines with a column's name before a bar (everyday ro03, ro13, qz19, qu23, rk11, pf07; stop 38): words
after the bar that hold quotes or a colon are the headline's own, not a site's name (专题党课｜以“三心”锻造…); a
headline quoting someone and ending with an exclamation (…｜事业部总经理陶然：这一仗，必须打赢！) is the title, not a
lead; the pictures a headline opens with (🎙️) are no words of it. Near misses: a site's name after a bar is still cut
off; a headline of the day's news, quoting no one (邻里一家亲｜…开幕啦！), is no title over the speech's own (with no
title of its own, a copy's headline is its title: test_wechat_headline_as_title.py)."""

from __future__ import annotations

from pathlib import Path

from .mining import mine

BODY = (
    "各位同事：\n"
    "今天我们在这里召开上市誓师大会，就是要统一思想、鼓足干劲，打赢新品上市这一仗。\n"
    "第一，要把渠道铺到位。每一个网点都要见到货，每一个货架都要摆到位。\n"
    "第二，要把服务做到位。客户的每一个问题，二十四小时内必须有回音。\n"
    "同志们，这一仗，必须打赢！谢谢大家！\n"
)
ACCOUNT = "\n原创 一禾饮品 一禾饮品 2024年03月22日 18:30 福建\n\n"


def test_words_with_quotes_after_a_bar_are_the_headlines(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "专题党课｜以“三心”锻造新时代国企铁军\n" + ACCOUNT + BODY)
    assert spec["title"] == "专题党课｜以“三心”锻造新时代国企铁军"


def test_a_sites_name_after_a_bar_is_cut_off(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在新品上市誓师大会上的讲话｜一禾饮品官网\n\n" + BODY)
    assert spec["title"] == "在新品上市誓师大会上的讲话"


def test_a_headline_quoting_the_speaker_with_an_exclamation_is_the_title(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "“青柠”系列上市誓师｜事业部总经理陶然：这一仗，必须打赢！\n" + ACCOUNT + BODY)
    assert spec["title"] == "“青柠”系列上市誓师｜事业部总经理陶然：这一仗，必须打赢！"


def test_a_headline_of_the_days_news_is_no_title_over_the_speechs_own(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "邻里一家亲｜第三届“桂香邻里节”开幕啦！\n" + ACCOUNT + "在第三届“桂香邻里节”开幕式上的致辞\n" + BODY)
    assert spec["title"] == "在第三届“桂香邻里节”开幕式上的致辞"


def test_the_pictures_a_headline_opens_with_are_no_words_of_it(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "🎙️表态发言｜新任村书记：请乡亲们看我的行动\n" + ACCOUNT + BODY)
    assert spec["title"].startswith("表态发言｜")
