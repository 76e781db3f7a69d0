"""Speeches copied out of a news app or a news site's article page (round pf): the app's banner (打开), its font
buttons and audio player (字号 A- A A+　🔊 听全文 09:12 / ▶ 听新闻 00:00 / 02:48), the reporters' line (记者 段晓晴),
the information bar with a reads count (潇湘云新闻　2024-03-22 16:05　浏览 5,612) and the share prompt with its
arrow (分享到 ▸ 微信　朋友圈　微博) are the page's; a lead that says who spoke after attending (副州长杨思远出席开幕式并
致辞) names the speaker."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

BODY = (
    "尊敬的各位来宾，朋友们：\n"
    "今天，我们在这里举行茶文化节开幕式。借此机会，我讲两点。\n"
    "一、以茶为媒，广交朋友\n茶是我们的名片，我们欢迎各方朋友来这里走一走、看一看。\n"
    "二、以茶兴业，富民强县\n要把茶产业做大做强，让茶农的腰包鼓起来。\n"
    "最后，预祝本届茶文化节圆满成功！谢谢大家！\n"
)


def test_a_news_apps_lines_are_the_pages(tmp_path: Path) -> None:
    text = (
        "云岭新闻\n客户端\n打开\n\n"
        "第五届滇南茶文化节开幕 副州长致辞：以茶为媒 广交朋友\n"
        "云岭新闻客户端 2024-04-06 11:24:05\n记者 段晓晴\n▶ 听新闻 00:00 / 02:48\n"
        "字号 A- A A+　　🔊 听全文 09:12\n\n"
        "4月6日上午，第五届滇南茶文化节开幕。副州长杨思远出席开幕式并致辞。以下为致辞全文：\n\n" + BODY
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "第五届滇南茶文化节开幕 副州长致辞：以茶为媒 广交朋友"
    assert spec["speaker"] == "杨思远"
    assert headings(spec["points"]) == ["以茶为媒，广交朋友", "以茶兴业，富民强县"]


def test_an_information_bar_with_a_reads_count_and_a_share_arrow_is_the_pages(tmp_path: Path) -> None:
    text = (
        "潇湘云 > 区县 > 雁城区\n区长在2024雁城区人才工作大会上的讲话（摘要）\n"
        "潇湘云新闻　2024-03-22 16:05　浏览 5,612\n分享到 ▸ 微信　朋友圈　微博\n\n" + BODY
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "区长在2024雁城区人才工作大会上的讲话（摘要）"


def test_a_reporter_named_in_a_sentence_and_a_word_to_open_stay_the_speechs(tmp_path: Path) -> None:
    # near misses: 记者 inside a sentence, and 打开 opening a sentence, are the speaker's words
    text = (
        "在全县新闻宣传工作会议上的讲话\n同志们：\n今天召开会议。我讲两点。\n"
        "一、讲好县域故事\n记者 要多下基层，把镜头对准群众。\n"
        "二、打开工作局面\n打开局面，关键在人。\n"
        "同志们，让我们共同努力！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["讲好县域故事", "打开工作局面"]
    assert [p["intro"] for p in spec["points"]] == [["记者 要多下基层，把镜头对准群众。"], ["打开局面，关键在人。"]]


def test_an_accounts_line_of_day_time_and_place_is_the_pages_and_a_first_lesson_names_its_speaker(tmp_path: Path) -> None:
    # (岭南理工大学 2024年09月07日 20:15 广东: a WeChat account's line with no 原创; 校长…以《…》为题，为新生上了开学
    # 第一课: the lead names the speaker)
    text = (
        "岭南理工大学 2024年09月07日 20:15 广东\n在2024级新生开学典礼上的讲话\n\n"
        "编者按：9月7日，我校新生开学典礼举行。校长欧阳嘉树以《在这里，遇见更好的自己》为题，为新生上了开学第一课。\n\n"
        "亲爱的同学们：\n\n欢迎你们！我给大家提两点希望。\n\n一、学会学习\n大学的学习靠自己。\n\n"
        "二、学会生活\n要照顾好自己。\n\n同学们，祝你们在这里遇见更好的自己！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "在2024级新生开学典礼上的讲话"
    assert spec["speaker"] == "欧阳嘉树"
