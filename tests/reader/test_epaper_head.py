"""An e-paper page pasted whole (hx22, ii02, ii12 of the everyday suite): its date-and-page line (2023年11月20日 星期一 |
第07版：文化周刊) and its list of the page's articles (本版标题导航 / · 在…的致辞 / · 获奖作品名单) are the page's, dropped
and said, so the title is the speech's own line; the newspaper's mark before the byline (■ 邱文澜 / □ 主任 吴天宇)
is no part of the name. Near misses: a byline saying a draft's version (定稿第3版) stays; a page's emoji before a
word (📌 延伸阅读) makes no byline."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.web_debris import byline_bullet_end, debris_reason
from tests.reader.mining import headings, mine

BODY = (
    "今晚，我们在这里为第五届“江海文学奖”的获奖作家颁奖。从获奖作品中，我看到了几个令人欣喜的变化。\n\n"
    "首先，文学越来越贴近大地。本届获奖作品中，有写渔村变迁的，有写老工业基地转型的，都写出了时代的温度。\n\n"
    "其次，文学越来越年轻。本届获奖作家中，四十岁以下的占了一半，他们有新的视角、新的语言。\n\n"
    "最后，我想说的是，文学要始终守住精神的高度。越是信息爆炸的时代，越需要文学为人们提供精神的滋养。\n\n"
    "文学是一座城市的灵魂，也是一个时代的镜子。让我们共同努力，推动我省文学事业再创新的辉煌！\n\n谢谢大家！\n"
)
PAGE = (
    "江海日报数字报\n2023年11月20日 星期一 | 第07版：文化周刊\n往期回顾 | 版面导航 | 上一版 | 下一版\n本版标题导航\n"
    "· 在第五届“江海文学奖”颁奖典礼上的致辞\n· 获奖作品名单\n· 文学，让城市更有温度（评论）\n\n"
    "在第五届“江海文学奖”颁奖典礼上的致辞\n\n■ 邱文澜\n\n"
)


def test_an_epaper_page_keeps_the_speech_and_its_byline(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, PAGE + BODY)
    assert spec["title"] == "在第五届“江海文学奖”颁奖典礼上的致辞"
    assert spec["speaker"] == "邱文澜"
    assert "报纸版面导航" in report and "报纸版面信息" in report


def test_first_then_last_i_want_to_say_is_the_third_point(tmp_path: Path) -> None:
    """首先… 其次… 最后，我想说的是，X。: the list's third point, each a paragraph; the paragraph after it that turns to
    the audience (让我们…) is the closing (最后，我想说的是 had been read as the closing words)."""
    spec, _ = mine(tmp_path, PAGE + BODY)
    assert len(spec["points"]) == 3
    assert "文学要始终守住精神的高度" in headings(spec["points"])[2]
    assert spec["closing"][0].startswith("文学是一座城市的灵魂")


def test_last_i_want_to_say_thanks_stays_the_closing(tmp_path: Path) -> None:
    """Near miss: 最后，我想说的是，感谢… turns to the audience: the closing, the list two points."""
    body = BODY.replace("最后，我想说的是，文学要始终守住精神的高度。", "最后，我想说的是，感谢各位评委的辛勤付出。")
    spec, _ = mine(tmp_path, PAGE + body)
    assert len(spec["points"]) == 2
    assert spec["closing"][0].startswith("最后，我想说的是，感谢")


def test_page_lines_and_their_near_misses() -> None:
    assert debris_reason("第03版：要闻") == "报纸版面信息"
    assert debris_reason("集团党委副书记　周文斌 ｜ 2024.01.25 ｜ 定稿第3版") != "报纸版面信息"
    assert debris_reason("（《毛泽东选集》第五卷，人民出版社1977年4月第1版，第60页）") != "报纸版面信息"
    assert byline_bullet_end("□ 高新区管委会主任 吴天宇") > 0
    assert byline_bullet_end("📌 延伸阅读") == 0
