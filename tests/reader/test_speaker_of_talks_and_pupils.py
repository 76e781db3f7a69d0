"""Speakers and titles in the copies talks, pupils' speeches and anthologies come in (everyday mi, mj, mm, mk, mn, mp;
stop 31), in speeches of our own wording: a Markdown front matter's author: (and its title: over a page's event line
in the text); a byline of a school, a class or a department before the name (城关第二小学　黄秀芬 / 区实验中学　特级教师
　梁永清); a pupil or employee who names himself after his class or part (我是校学生会的林语桐。); an anthology's head
of a talk, its date line between the title and the name (在边区第二次生产会议上的结论 / （一九四三年十一月二十日） / 周振华).

Near misses: a WeChat article's account line (原创 品牌文化部 湘通路桥) names no one; a self-introduction that does not
open the paragraph names no one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = (
    "同志们：\n\n今天开个短会，我讲三点。\n\n"
    "一、提高认识\n\n当前形势复杂，任务艰巨，各单位要充分认识做好这项工作的重要性，切实把思想统一到部署要求上来。\n\n"
    "二、突出重点\n\n要盯住关键环节，逐项细化措施，明确责任人和完成时限，确保每一项任务都有人抓、有人管。\n\n"
    "三、强化保障\n\n要加强组织领导，严格督查考核，对工作不力的单位和个人严肃问责，确保各项任务落到实处。\n\n"
    "同志们，任务已经明确，关键在于落实。希望大家以更加务实的作风，确保全年目标圆满完成。\n"
)


def test_a_front_matters_author_is_the_speaker_and_its_title_beats_an_event_line(tmp_path: Path) -> None:
    text = (
        "---\ntitle: \"五分钟讲清楚：缓存为什么总是失效\"\nauthor: 罗意晴\ndate: 2024-11-02\n---\n\n"
        "*闪电演讲 · 第七届前端工程化交流会 · 成都*\n\n" + BODY
    )
    spec, _ = mine(tmp_path, text, "talk.md")
    assert spec["title"] == "五分钟讲清楚：缓存为什么总是失效"
    assert spec["speaker"] == "罗意晴"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("城关第二小学　黄秀芬", "黄秀芬"),
        ("区实验中学　特级教师　梁永清", "梁永清"),
        ("质量管理部　质量工程师（主管）　邓思远", "邓思远"),
        ("书山中文网总编辑　陶清远", "陶清远"),
    ],
)
def test_a_byline_of_a_school_class_or_department_names_the_speaker(tmp_path: Path, byline: str, name: str) -> None:
    spec, _ = mine(tmp_path, f"在2024年教师节表彰大会上的发言\n\n{byline}\n\n{BODY}")
    assert spec["speaker"] == name


def test_a_pupil_who_names_himself_after_his_class_is_the_speaker(tmp_path: Path) -> None:
    body = BODY.replace("今天开个短会，我讲三点。", "晚上好！我是校学生会的林语桐，来自经济管理学院。今天我讲三点。")
    spec, _ = mine(tmp_path, "学生会招新宣讲稿\n\n" + body)
    assert spec["speaker"] == "林语桐"


def test_an_anthologys_talk_with_its_date_between_title_and_name(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"在边区第二次生产会议上的结论\n\n（一九四三年十一月二十日）\n\n周振华\n\n{BODY}")
    assert spec["title"] == "在边区第二次生产会议上的结论"
    assert spec["speaker"] == "周振华"


def test_near_misses_name_no_speaker(tmp_path: Path) -> None:
    account = "原创 品牌文化部 湘通路桥"
    spec, _ = mine(tmp_path, f"湘通路桥 2024年03月05日 09:12 湖南\n\n在项目百日攻坚誓师大会上的讲话\n\n{account}\n\n{BODY}")
    assert "speaker" not in spec
    spec, _ = mine(tmp_path, f"十亿级小文件：元数据层的三次重构\n\n讲者介绍\n\n{BODY}")
    assert "speaker" not in spec  # (the heading of a bio, no name)
    late = BODY.replace("今天开个短会，我讲三点。", "今天开个短会。说到这件事，我是校学生会的林语桐请来的。我讲三点。")
    spec, _ = mine(tmp_path, "学生会招新宣讲稿\n\n" + late)
    assert "speaker" not in spec


@pytest.mark.parametrize(
    ("title", "name"),
    [("庞建华董事长在管理干部训练营结业式上的讲话", "庞建华"), ("欧阳明副总经理在销售公司务虚会上的讲话", "欧阳明")],
)
def test_a_less_common_or_compound_surname_names_the_speaker_in_the_title(tmp_path: Path, title: str, name: str) -> None:
    spec, _ = mine(tmp_path, f"{title}\n\n{BODY}")
    assert spec["speaker"] == name
    assert spec["title"].startswith("在")
