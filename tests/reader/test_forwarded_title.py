"""【转发】 before a title whose speaker is bracketed after it, office and name with no space (在…上的讲话（村支书王德顺）):
the tag is no part of the title, the bracket names the speaker (ho23 of the everyday suite); 【转发】 before a chat's
line that reads as no title leaves it no title (l08)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

BODY = (
    "乡亲们：\n今天晚上把大家叫过来，就说一件事，秸秆禁烧和秋冬防火。我讲三点。\n"
    "一要管好自己的地。谁家的地谁负责，秸秆能还田的就粉碎还田，合作社的粉碎机这几天免费给大家用。\n"
    "二要看好家里的老人孩子。有些老人习惯了烧荒，大家回去跟家里人说清楚，千万不能在地头点火。\n"
    "三要组长、党员带好头。每个组长负责自己组的片区，每天早中晚各转一圈，发现冒烟的马上报告。\n"
    "乡亲们，这事关系到咱村每一家的脸面，希望大家配合。就说这么多，散会。\n"
)


def test_a_forwarded_title_with_its_speaker_bracketed(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "【转发】在全村秸秆禁烧和秋冬防火动员会上的讲话（村支书王德顺）\n" + BODY)
    assert spec["title"] == "在全村秸秆禁烧和秋冬防火动员会上的讲话"
    assert spec["speaker"] == "王德顺"


def test_a_forwarded_chat_line_is_no_title(tmp_path: Path) -> None:
    # near miss: the forwarder's own words after the tag, the title on the next line
    text = "【转发】各位：下面是昨天动员会上王书记的讲话，请各组长认真学习。\n在全村秸秆禁烧和秋冬防火动员会上的讲话\n" + BODY
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "在全村秸秆禁烧和秋冬防火动员会上的讲话"
