"""Where a copy names its speaker when no byline does (everyday gr18, gr23, gd07, gs08, gs20, gm04, gt06; stop 24),
in speeches of our own wording: an editor's note that gives his office first (（根据分公司总经理田志勇同志讲话整理）) or
his office glued to his name before its words (（董事长秦大海，根据现场录音整理）); a subtitle that names him
(——郑立群在…上的讲话 / ——中国科学院院士何明远在…上的讲座); a page's headline over the speech's own title
(致辞｜杨立群副校长在…上的致辞 over 在…上的致辞).

Near misses: a note that names no one (（根据录音整理）); a subtitle naming no one; a headline over another title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = (
    "同志们：\n今天开个短会，我讲三点。\n"
    "一、提高认识\n当前形势复杂，任务艰巨，各单位要充分认识做好这项工作的重要性，切实把思想统一到部署要求上来。\n"
    "二、突出重点\n要盯住关键环节，逐项细化措施，明确责任人和完成时限，确保每一项任务都有人抓、有人管。\n"
    "三、强化保障\n要加强组织领导，严格督查考核，对工作不力的单位和个人严肃问责，确保各项任务落到实处。\n"
    "同志们，任务已经明确，关键在于落实。希望大家以更加务实的作风，确保全年目标圆满完成。\n"
)


@pytest.mark.parametrize(
    ("note", "office", "name"),
    [
        ("（根据分公司总经理田志勇同志讲话整理）", "分公司总经理", "田志勇"),
        ("（董事长秦大海，根据现场录音整理，有删节）", "董事长", "秦大海"),
    ],
)
def test_an_editors_note_names_the_speaker(tmp_path: Path, note: str, office: str, name: str) -> None:
    spec, _ = mine(tmp_path, f"在项目部安全生产会议上的讲话\n{note}\n\n{BODY}")
    assert (spec["speaker"], spec["speaker_title"]) == (name, office)


def test_a_note_that_names_no_one_names_no_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"在项目部安全生产会议上的讲话\n（根据现场录音整理，有删节）\n\n{BODY}")
    assert "speaker" not in spec


@pytest.mark.parametrize(
    ("subtitle", "office", "name", "kept"),
    [
        ("——郑立群在2024年度全员大会上的讲话", "", "郑立群", "——在2024年度全员大会上的讲话"),
        ("——中国科学院院士何明远在新生开学第一课上的讲座", "中国科学院院士", "何明远", "——在新生开学第一课上的讲座"),
    ],
)
def test_a_subtitle_names_the_speaker(tmp_path: Path, subtitle: str, office: str, name: str, kept: str) -> None:
    spec, report = mine(tmp_path, f"科学精神与大学之道\n{subtitle}\n\n{BODY}")
    assert (spec["speaker"], spec.get("speaker_title", ""), spec["subtitle"]) == (name, office, kept)
    assert "副标题" in report


def test_a_subtitle_naming_no_one_stays_whole(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"科学精神与大学之道\n——在新生开学第一课上的讲座\n\n{BODY}")
    assert spec["subtitle"] == "——在新生开学第一课上的讲座" and "speaker" not in spec


def test_a_pages_headline_over_the_title_names_the_speaker(tmp_path: Path) -> None:
    page = "致辞｜杨立群副校长在第六届海洋生态学术研讨会开幕式上的致辞\n海大科研  2024-10-21 09:05\n\n"
    spec, report = mine(tmp_path, page + f"在第六届海洋生态学术研讨会开幕式上的致辞\n\n{BODY}")
    assert spec["title"] == "在第六届海洋生态学术研讨会开幕式上的致辞"
    assert (spec["speaker"], spec["speaker_title"]) == ("杨立群", "副校长")
    assert "讲话人取自网页的大标题" in report


def test_a_headline_over_another_title_names_no_speaker(tmp_path: Path) -> None:
    page = "致辞｜杨立群副校长在第六届海洋生态学术研讨会开幕式上的致辞\n海大科研  2024-10-21 09:05\n\n"
    spec, _ = mine(tmp_path, page + f"在第六届海洋生态学术研讨会闭幕式上的讲话\n\n{BODY}")
    assert "speaker" not in spec


@pytest.mark.parametrize(
    ("intro", "name"),
    [("大家好！我是恒泰新能源科技有限公司董事长郑光明。", "郑光明"), ("大家好！我叫何小燕，是桂花园社区的一名网格员。", "何小燕")],
)
def test_the_speaker_introduces_himself_by_office_or_by_name(tmp_path: Path, intro: str, name: str) -> None:
    # (gx15, gx24: stop 24)
    spec, report = mine(tmp_path, f"在全市表彰大会上的发言\n\n{intro}今天能代表获奖单位发言，我感到十分荣幸。\n{BODY.split(chr(10), 1)[1]}")
    assert spec["speaker"] == name
    assert "讲话人取自开头的自我介绍" in report


def test_a_month_in_brackets_under_the_title_names_no_one(tmp_path: Path) -> None:
    # ((2024年6月) / （一九五五年三月）: gx08 and the studied b12/b13 texts, whose month had been read as the speaker)
    spec, _ = mine(tmp_path, f"关于全县教育工作情况的汇报提纲\n（2024年6月）\n\n{BODY}")
    assert "speaker" not in spec


def test_a_reporters_line_with_the_month_after_his_name(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"关于乡村振兴工作情况的汇报\n汇报人：县委常委、副县长　蒋文涛　　2024年11月\n\n{BODY}")
    assert (spec["speaker"], spec["speaker_title"]) == ("蒋文涛", "县委常委、副县长")
