"""A WeChat copy with no title of its own: the article's headline over its account line is the title its writers give
it (端午节前，局长这样提醒！ / 开学第一天｜校长妈妈对一年级新生说…… / …揭牌啦！: fifteen writers of fifteen, va15, un22,
tw11, sc16, sz13 … of the everyday suite), said in a note to check; a headline read as a column's bar too (董事长年会
致辞｜想跟大家说三句话). Near misses: the same line with no account line under it (a lead, no headline), and a copy
whose speech has its own title (the speech's title, as before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = (
    "同志们：\n"
    "端午节快到了。每逢节日，都是“四风”问题容易反弹的时候，我在这里给大家提个醒。\n"
    "大家要管住自己的手，不该收的礼一样不收；管住自己的嘴，不该吃的饭一顿不吃。\n"
    "局纪检组节日期间将开展明察暗访，发现问题，一律从严处理。\n"
    "希望大家过一个清清爽爽、平平安安的端午节！\n"
)
ACCOUNT = "原创 平川市场监管 平川市场监管 2024-06-07 17:30 湖南"


@pytest.mark.parametrize("headline", ["端午节前，局长这样提醒！", "开学第一天｜校长妈妈对一年级新生说……", "董事长年会致辞｜想跟大家说三句话"])
def test_the_headline_over_the_account_line_is_the_title(tmp_path: Path, headline: str) -> None:
    spec, report = mine(tmp_path, f"{headline}\n\n{ACCOUNT}\n\n{BODY}")
    assert spec["title"] == headline
    assert f"标题取自公众号文章的标题（“{headline}”）" in report


def test_the_same_line_with_no_account_under_it_is_no_title(tmp_path: Path) -> None:
    # near miss: no account line: a lead before the speech, not an article's headline
    spec, _ = mine(tmp_path, f"端午节前，局长这样提醒！\n\n{BODY}")
    assert spec["title"] == "讲话稿"


def test_the_speechs_own_title_over_the_headline(tmp_path: Path) -> None:
    # near miss: the speech has a title of its own under the account line
    spec, _ = mine(tmp_path, f"端午节前，局长这样提醒！\n\n{ACCOUNT}\n\n在节前廉政提醒会上的讲话\n{BODY}")
    assert spec["title"] == "在节前廉政提醒会上的讲话"
