"""Bold leads that are a short phrase before a comma (**目标再聚焦，**紧紧围绕…, round qc): the phrase is the lead when
its sentence runs on long after it; a labelled heading's first clause in bold before a short second clause
(**（一）突出产业项目，**着力优化投资结构。) leaves the heading its whole sentence; a speaker's tag (**记者：**) or an
agenda's count (**第一项议程，**) is no lead."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.outline_rules import bold_lead_text
from tests.reader.mining import headings, mine

PLEDGE = (
    "在全县招商引资攻坚年动员大会上的表态发言\n\n尊敬的各位领导，同志们：\n\n"
    "刚才，县委主要领导作了动员讲话，我们坚决拥护、坚决落实。开发区表态如下：\n\n"
    "**目标再聚焦，**紧紧围绕新材料、智能装备、食品加工三大主导产业，绘制产业链招商图谱。\n\n"
    "**力量再充实，**从区属各部门抽调30名精干力量，组建6个驻外招商小分队。\n\n"
    "**服务再提升，**坚持“项目为王、企业至上”，对签约项目实行全程代办。\n\n"
    "各位领导、同志们，军令如山，时不我待。我的发言完毕，谢谢大家！\n"
)


def test_bold_phrases_before_a_comma_lead_their_paragraphs_as_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, PLEDGE, "pledge.md")
    assert headings(spec["points"]) == ["目标再聚焦，", "力量再充实，", "服务再提升，"]


@pytest.mark.parametrize(
    ("lead", "rest", "is_lead"),
    [
        ("目标再聚焦，", "紧紧围绕新材料、智能装备、食品加工三大主导产业，绘制图谱。", True),
        ("（一）突出产业强镇，", "建设柑橘产业园二期，培育花椒、中药材等特色产业。", True),
        ("（一）突出产业项目，", "着力优化投资结构。要抓好…", False),  # (the heading's second clause after it)
        ("记者：", "司马董事长，您好！今年是公司成立十周年，您有什么感受？", False),
        ("第一项议程，", "请党委副书记宣读《关于表彰2024年度先进集体和先进个人的决定》。", False),
        ("同志们，", "今年的任务十分艰巨，我们必须以更加昂扬的斗志投入工作。", False),
        ("突出抓好项目建设。", "全年安排重点项目120个。", True),
    ],
)
def test_what_a_bold_opening_leads(lead: str, rest: str, is_lead: bool) -> None:
    assert bold_lead_text(lead, rest) is is_lead


HOPES = (
    "在学校精神研讨会上的讲话\n\n各位老师，同学们：\n\n今天，我们在这里研讨学校精神。我想讲三点。\n\n"
    "**要始终坚守人才培养的政治方向。**教育培养拔尖创新人才，是学校的根本任务。\n\n"
    "**要始终坚守科学研究的学术取向。**科研要面向国家需求，把论文写在大地上。\n\n"
    "**要****始终坚守满足师生的需求导向****。**满足师生员工的合理需求，是学校工作的出发点。\n\n"
    "**惟“守正”方能“创新”。****百年来，学校秉承校训精神，书写了一部兴学强国的历史。**\n\n"
    "同志们，让我们携手并进，共创学校更加美好的明天！\n"
)


def test_a_bold_phrase_written_as_several_runs_is_one_lead(tmp_path: Path) -> None:
    """**要****始终坚守…****。**: a converter closed and opened the bold again at once, twice; the phrase is one lead,
    as its neighbours are. A bold lead that ends its sentence before the next bold run (**…创新”。****百年来…**) keeps
    its end (stop 62)."""
    spec, _ = mine(tmp_path, HOPES, "hopes.md")
    assert headings(spec["points"]) == [
        "要始终坚守人才培养的政治方向", "要始终坚守科学研究的学术取向", "要始终坚守满足师生的需求导向", "惟“守正”方能“创新”",
    ]
