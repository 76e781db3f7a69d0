"""A part's first item glued to its heading line with no mark between (二、学校的冲刺安排（一）复习节奏 / 三、请家长们做好的几件事
第一，管好饮食和睡眠。…, hg10 of the everyday suite), its second and later items opening paragraphs of their own, is
split off: the heading ends where the item's label starts."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在高三年级高考百日冲刺家长会上的讲话\n第二中学校长 宋建平\n各位家长朋友们：\n大家好！今天到会的家长有八百多位，我讲三个方面。\n一、这届学生的基本情况\n我们这一届高三，一共是二十四个班，一千一百二十六名学生，整体情况比较稳定。\n"
PART = (
    "二、学校的冲刺安排{glue}复习节奏\n从现在到四月中旬，是二轮专题复习，重点是打通知识之间的联系，解决综合题。\n"
    "（二）培优补弱\n对每一个孩子，我们都建立了一张成绩诊断表，各科的强项、弱项一目了然。\n"
    "（三）心理辅导\n学校心理健康中心这段时间全天开放，班主任也会随时关注孩子的情绪变化。\n"
)
LAST = (
    "三、请家长们做好的几件事第一，管好饮食和睡眠。不要突击进补，各种保健品、补脑液，都不要给孩子乱吃。\n"
    "第二，稳住情绪。孩子这个时候情绪起伏大，家长要多包容，不要火上浇油。\n"
    "各位家长，一百天，说长不长，说短不短，让我们携手陪孩子们走完这一百天！\n"
)


def test_a_first_item_glued_to_its_parts_heading_line_is_split_off(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + PART.format(glue="（一）") + LAST)
    assert headings(spec["points"]) == ["这届学生的基本情况", "学校的冲刺安排", "请家长们做好的几件事"]
    assert headings(spec["points"][1]["items"]) == ["复习节奏", "培优补弱", "心理辅导"]
    assert headings(spec["points"][2]["items"]) == ["管好饮食和睡眠", "稳住情绪"]


def test_a_heading_line_with_no_item_glued_stays_whole(tmp_path: Path) -> None:
    # near miss: no （一） glued to the heading, its words run on (…的冲刺安排和复习节奏): nothing is split there
    spec, _ = mine(tmp_path, HEAD + PART.format(glue="和") + LAST)
    assert headings(spec["points"])[1] == "学校的冲刺安排和复习节奏"
