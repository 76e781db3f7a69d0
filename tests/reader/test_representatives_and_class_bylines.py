"""Speakers of school and workplace talks (everyday rr18, rh02, rh11, ra05, ra10, ra12, rh08, rm12; stop 39): a title
naming the speaker may give an office with a class's number (高二（5）班班主任刘敏在…上的发言), a representative
(优秀教师代表何静在…), or a judge's 讲评 (厂长郭立民在…演练总结会上的讲评); a byline may name a 辅导员, a student by
his major (老生代表　2022级护理学专业　孟一帆), or a meetup's 组织者. Near misses: a class's number with no name after
the office names no one; a bracket that is no number stays out of the office; 讲评 with no 上的 is no speech's title."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.header import looks_like_title, speaker_in_title

from .mining import mine

BODY = (
    "同学们：\n"
    "今天利用班会时间，跟大家讲三件事。\n"
    "第一，要把学习放在第一位。期末考试还有两周，每门课都要系统复习，不懂的地方及时问老师。\n"
    "第二，要守住安全底线。假期出行注意交通安全，不去野外水域游泳，遇到问题第一时间联系学校。\n"
    "第三，要照顾好身体。按时作息，少熬夜，适当运动，有心事可以找老师和同学聊一聊。\n"
    "同学们，祝大家考出好成绩，度过一个平安愉快的假期！\n"
)


@pytest.mark.parametrize(
    ("title", "office", "name", "rest"),
    [
        ("高二（5）班班主任刘敏在期中家长会上的发言", "高二（5）班班主任", "刘敏", "在期中家长会上的发言"),
        ("优秀教师代表何静在教师节庆祝大会上的发言", "优秀教师代表", "何静", "在教师节庆祝大会上的发言"),
        ("厂长郭立民在秋季消防应急疏散演练总结会上的讲评", "厂长", "郭立民", "在秋季消防应急疏散演练总结会上的讲评"),
    ],
)
def test_a_title_naming_its_speaker(title: str, office: str, name: str, rest: str) -> None:
    assert speaker_in_title(title) == (office, name, rest)


def test_a_class_number_with_no_name_after_the_office_names_no_one() -> None:
    assert speaker_in_title("高二（5）班班主任在期中家长会上的发言") is None


def test_a_bracket_that_is_no_number_stays_out_of_the_office() -> None:
    assert speaker_in_title("高二（实验）班班主任刘敏在期中家长会上的发言") is None


def test_a_judges_remarks_at_a_meeting_are_a_speech_and_a_bare_word_is_not() -> None:
    assert looks_like_title("在秋季消防应急疏散演练总结会上的讲评")
    assert not looks_like_title("演练讲评")


@pytest.mark.parametrize(
    ("byline", "office", "name"),
    [
        ("机械工程学院2023级辅导员　郑雨桐", "机械工程学院2023级辅导员", "郑雨桐"),
        ("老生代表　2022级护理学专业　孟一帆", "老生代表 2022级护理学专业", "孟一帆"),
    ],
)
def test_a_byline_under_the_title_names_the_speaker(tmp_path: Path, byline: str, office: str, name: str) -> None:
    spec, _ = mine(tmp_path, "国庆假期安全教育主题班会讲话\n" + byline + "\n" + BODY)
    assert (spec["speaker"], spec["speaker_title"]) == (name, office)
    assert spec["title"] == "国庆假期安全教育主题班会讲话"


def test_a_meetups_organiser_set_apart_from_his_name(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "Rust 杭城 Meetup 第9期开场致辞\n\n组织者　宁柏川\n\n" + BODY)
    assert spec["speaker"] == "宁柏川"


def test_a_major_alone_on_a_line_names_no_one(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "国庆假期安全教育主题班会讲话\n2022级护理学专业\n" + BODY)
    assert not spec.get("speaker")
