"""A byline whose office runs into the name (县委书记张明远), on its own line or set as a ——subtitle, and a
subtitle naming the speaker whose office is a 宣讲团成员 (nj19, nj21, gp25 of the everyday suite); an interview's
——专访… subtitle names no speaker. And two spoken lists that cross each other (第一个方面 … 第二个方面 over
第一点…第四点, then 第三个方面 over 再一个 / 还有一个): the one whose count was announced, and kept, is the points."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import mine

TITLE = "关于做好新时代高校思想政治工作的几点思考"
BODY = (
    "同志们：\n今天讲三点。\n一、加强学习。要学习理论，学习业务。\n二、加强实践。要到一线去，到群众中去。\n"
    "三、加强总结。要总结经验，查找不足。\n谢谢大家！\n"
)


@pytest.mark.parametrize(
    ("byline", "speaker", "office"),
    [
        ("县委书记张明远", "张明远", "县委书记"),
        ("——县委书记张明远", "张明远", "县委书记"),
        ("——县委书记　张明远", "张明远", "县委书记"),
        ("——省委教育工委宣讲团成员、××师范大学教授伍佩兰", "伍佩兰", "省委教育工委宣讲团成员、××师范大学教授"),
        ("——市财政局党组成员、副局长管晓东在局党组理论学习中心组学习会上的发言", "管晓东", "市财政局党组成员、副局长"),
    ],
)
def test_an_office_run_into_the_name_is_the_byline(tmp_path: Path, byline: str, speaker: str, office: str) -> None:
    spec, _ = mine(tmp_path, f"{TITLE}\n{byline}\n\n{BODY}")
    assert spec["title"] == TITLE
    assert (spec.get("speaker"), spec.get("speaker_title")) == (speaker, office)


def test_an_interviews_subtitle_names_no_byline(tmp_path: Path) -> None:
    # near miss: ——专访某某区区长邓某某 says who was interviewed, as the page's subtitle
    spec, _ = mine(tmp_path, f"{TITLE}\n——专访某某区区长邓某某\n\n{BODY}")
    assert spec["title"] == TITLE
    assert spec.get("subtitle") == "——专访某某区区长邓某某"
    assert "speaker_title" not in spec


def _talk(inner: str) -> str:
    return (
        "在全校思政工作会议上的讲话\n\n同志们：\n\n今天我就讲三个方面，一个是形势，一个是问题，一个是办法。\n\n"
        "先讲第一个方面，我们面临的形势。\n\n大家可能都有感觉，这些年学生变了，信息来源太多了。\n\n"
        "好，下面我讲第二个方面，当前工作中存在的问题。\n\n我在全省调研了二十多所高校，发现问题主要集中在这么几点。\n\n"
        "第一点，思政课的吸引力还不够强。有的老师照本宣科。\n\n第二点，课程思政还存在“两张皮”。有的老师认为与己无关。\n\n"
        "第三点，网络育人还是短板。公众号发的都是会议新闻。\n\n第四点，辅导员队伍不够稳定。辅导员工作压力大。\n\n"
        f"好，第三个方面，怎么办。我想提几点建议，供大家参考。\n\n我觉得最关键的是要“走心”。\n\n{inner}"
        "好，时间差不多了，我就讲到这里。谢谢大家！\n"
    )


def test_the_announced_count_over_a_longer_list_that_runs_across_it(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("再一个，要善于用新的方式。要用学生喜欢的语言。\n\n还有一个，要形成合力。育人是全校的事。\n\n"))
    assert [p["heading"] for p in spec["points"]] == ["我们面临的形势", "当前工作中存在的问题", "怎么办"]


def test_a_longer_list_that_keeps_inside_one_part_is_no_rival(tmp_path: Path) -> None:
    # near miss: with no list under the third part, nothing crosses the announced count: it is the points as before
    spec, _ = mine(tmp_path, _talk(""))
    assert [p["heading"] for p in spec["points"]] == ["我们面临的形势", "当前工作中存在的问题", "怎么办"]
