"""A heading glued to its text with no mark (a web paste of the fourth everyday round, q19): the text opens with an
office of the district named by a word the heading holds (…强大合力区创建办要…), or with 各 and a unit that must act
(…补齐创建的短板各街道要…). The heading ends before the district's 区 and before 各."""

from __future__ import annotations

from jianggao.reader.heading_end import heading_end
from jianggao.zh.labels import first_sentence_end


def _end(after: str) -> str:
    return after[: heading_end(after, first_sentence_end(after), 2, False)]


def test_an_office_of_the_district_opens_the_text() -> None:
    after = "压实责任，形成创建的强大合力区创建办要建立问题交办、整改反馈、跟踪督办工作机制，每周通报一次整改情况。"
    assert _end(after) == "压实责任，形成创建的强大合力"


def test_a_heading_ending_in_区_keeps_it_when_no_office_follows() -> None:
    """Near miss: …示范区 then the word taken up with no office after it (创建工作要…): the 区 is the heading's."""
    after = "突出特色，全力打造乡村振兴创建示范区创建工作要坚持高标准、严要求，对照测评体系逐项抓好落实，确保取得实效。"
    assert _end(after) == "突出特色，全力打造乡村振兴创建示范区"


def test_each_unit_that_must_act_opens_the_text() -> None:
    after = "聚焦重点，补齐创建的短板各街道要围绕测评体系逐项对标，重点抓好背街小巷整治。"
    assert _end(after) == "聚焦重点，补齐创建的短板"


def test_各项要求_inside_a_long_heading_clause_is_no_text() -> None:
    """Near miss: 各项要求 in a heading's long clause is no unit that must act (要求, not 要): the heading runs to 。."""
    after = "严格对照标准，确保文明城市创建测评体系的各项要求全部落到实处。创建工作涉及方方面面。"
    assert _end(after) == "严格对照标准，确保文明城市创建测评体系的各项要求全部落到实处。"


def test_a_subject_made_of_two_words_of_the_heading_opens_the_text() -> None:
    # …夯实振兴基础产业振兴是…: 产业 (from 聚焦产业发展) and 振兴 make the text's subject (v21); the heading ends before 产业
    after = "聚焦产业发展，夯实振兴基础产业振兴是乡村振兴的重中之重。要立足资源禀赋，坚持特色发展。"
    assert _end(after) == "聚焦产业发展，夯实振兴基础"


def test_a_taken_up_word_after_a_word_the_heading_does_not_hold_ends_there() -> None:
    """Near miss: …筑牢安全生产防线安全是…: 防线 is no word of the heading's first clause, so the heading keeps it and
    ends before the taken-up 安全."""
    after = "压实各方责任，筑牢安全生产防线安全是发展的前提，各乡镇要把安全生产摆在突出位置，一刻也不能放松。"
    assert _end(after) == "压实各方责任，筑牢安全生产防线"
