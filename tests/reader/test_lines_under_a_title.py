"""Lines under a title (stop 38): a note on the copy in brackets, made of clauses
（按老师要求控制在五分钟内，实际讲的时候删了一点; everyday qn03) and a line of the day's facts (2024年5月20日，丝路国际酒店
宴会厅; io21, mv10) are no speaker; a pupil's class and name set apart under the title, a blank line between
(五（3）班　林小满; qn01, mj02), and so are a school or a role and a name (柳溪镇中心小学　林晓雯 / 主持人　阮书瑶;
rp06, rp20). Near misses: a name, a comma and an office is still the speaker; two phrases set apart, or a role and words
that are no name, are no byline."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.header import named_apart

from .mining import mine

BODY = (
    "尊敬的老师们，亲爱的同学们：\n"
    "大家早上好！今天我国旗下讲话的题目是守时。守时看起来是一件小事，其实是对别人的尊重，也是对自己的要求。\n"
    "希望我们每个人都从明天早上按时到校做起，做一个守时的人。谢谢大家！\n"
)


def test_a_note_on_the_copy_made_of_clauses_names_no_one(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, "做一个守时的人\n（按老师要求控制在五分钟内，实际讲的时候删了一点）\n" + BODY)
    assert not spec.get("speaker")
    assert "按老师要求" in report  # (said in a note, not lost)


def test_the_days_facts_after_a_comma_name_no_one(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在欢迎晚宴上的祝酒辞\n2024年5月20日，丝路国际酒店宴会厅\n" + BODY)
    assert not spec.get("speaker")


def test_a_name_a_comma_and_an_office_are_the_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在欢迎晚宴上的祝酒辞\n（致辞人：唐一鸣，公司创始人、董事长）\n" + BODY)
    assert spec["speaker"] == "唐一鸣"


def test_a_pupils_class_and_name_under_the_title_are_the_byline(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "做一个守时的人\n\n五（3）班　林小满\n\n" + BODY)
    assert spec["title"] == "做一个守时的人"
    assert spec["speaker"] == "林小满"


def test_a_class_and_a_name_set_apart_name_someone_and_two_phrases_do_not() -> None:
    assert named_apart("五（3）班　林小满")
    assert not named_apart("凝心聚力　共创未来")
    assert not named_apart("五（3）班　中队活动课")


def test_a_school_and_a_name_under_the_title_are_the_byline(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在“最美乡村教师”颁奖典礼上的获奖感言\n\n柳溪镇中心小学　林晓雯\n\n" + BODY)
    assert spec["title"] == "在“最美乡村教师”颁奖典礼上的获奖感言"
    assert spec["speaker"] == "林晓雯"


def test_a_role_and_a_name_under_the_title_are_the_byline(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "职工迎新文艺晚会主持人结束语\n\n主持人　阮书瑶\n\n" + BODY)
    assert spec["title"] == "职工迎新文艺晚会主持人结束语"


def test_a_role_and_words_that_are_no_name_are_no_byline(tmp_path: Path) -> None:
    assert not named_apart("主持人　开场白")
