"""以上，就是我今天想和大家讲的。 opens the closing as 以上就是我讲的 does (ho14 of the everyday suite). (Leads of four
characters before a colon, - 服务前移：…, were read as list items' headings for one commit at stop 26 and dropped: the
change lowered an unseen batch's L2 precision.)"""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "我们这几年发展快，组织变大了，层级变多了，很多同事每天忙着开会写材料，离客户越来越远。"


def talk(items: str) -> str:
    return (
        "# 在公司2025年战略启动会上的讲话\n\n各位同事：\n\n今天我讲两件事。\n\n**一、回到客户身边去**\n\n"
        f"{TEXT}\n\n{items}\n\n**二、把产品做简单**\n\n{TEXT}\n\n"
        "以上，就是我今天想和大家讲的。2025年外部环境不会轻松，但只要方向对了，就不怕路远。\n\n谢谢大家！\n"
    )


def test_summing_up_in_the_speakers_words_opens_the_closing(tmp_path: Path) -> None:
    items = "- 管理层下沉：公司副总裁以上，每人每季度至少拜访二十家客户。\n- 服务前移到城市：在十个重点城市设立客户成功中心。"
    spec, _ = mine(tmp_path, talk(items), "talk.md")
    assert headings(spec["points"][0]["items"]) == ["管理层下沉：", "服务前移到城市："]
    assert spec["closing"][0].startswith("以上，就是我今天想和大家讲的。")


def test_three_character_leads_head_none(tmp_path: Path) -> None:
    # near miss: 其中： / 另外： (a word or three, no topic) lead no list item
    items = "- 其中一：在十个重点城市设立客户成功中心，客户的问题当天响应。\n- 另外：每个月的经营会，第一个议题固定是客户投诉和流失分析。"
    spec, _ = mine(tmp_path, talk(items), "talk.md")
    assert "items" not in spec["points"][0]
