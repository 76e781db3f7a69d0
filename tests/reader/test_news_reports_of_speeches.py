"""News reports of a speech (everyday sk01–sk23, sc03, sc08, ib02, rw07 and others; stop 39): the report tells what the
speaker said paragraph after paragraph by his name (孟繁睿指出，… / 孟繁睿强调，…), named with his office in its lead
(县委副书记、县长孟繁睿出席会议并讲话), and he is the speaker; its turn to his last words (最后，柯雨桐要求，… / 霍青山最后
强调，…, less common surnames too) opens the closing. Near misses: 习近平指出，… quoted twice in a speech, with no office
before the name, names no speaker; 最后，严格要求自己，… is no name's last words."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.header import CLOSING_START, speaker_reported

from .mining import mine

REPORT = (
    "全县安全生产工作会议召开\n\n"
    "3月12日上午，全县安全生产工作会议召开。县委副书记、县长孟繁睿出席会议并讲话。\n\n"
    "孟繁睿指出，2023年，全县各级各部门坚持人民至上、生命至上，安全生产形势总体平稳。\n\n"
    "孟繁睿强调，当前正值春季森林防火关键期，各类风险交织叠加，一是要压实责任，二是要排查隐患。\n\n"
    "孟繁睿要求，各乡镇、各部门要严格落实值班值守制度，确保信息畅通。\n\n"
    "最后，孟繁睿要求，全县上下要以“时时放心不下”的责任感抓好安全生产各项工作。\n\n"
    "副县长蔡文博主持会议。\n"
)


def test_a_report_names_the_speaker_by_what_he_said(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, REPORT)
    assert (spec["speaker"], spec["speaker_title"]) == ("孟繁睿", "县委副书记、县长")
    assert "讲话人取自报道中的转述" in report


def test_the_reports_turn_to_his_last_words_opens_the_closing() -> None:
    assert CLOSING_START.match("最后，柯雨桐要求，社区全体工作人员要绷紧安全这根弦。")
    assert CLOSING_START.match("霍青山最后强调，全院上下要以这次会议为新的起点。")
    assert CLOSING_START.match("讲话最后，韩知远说：“母校永远是你们的家。”")


def test_a_leader_quoted_in_a_speech_is_no_reported_speaker() -> None:
    texts = ["同志们：", "习近平指出，人民对美好生活的向往就是我们的奋斗目标。", "习近平强调，要坚持以人民为中心。"]
    assert speaker_reported(texts) is None


def test_a_word_like_a_name_is_no_last_words() -> None:
    assert not CLOSING_START.match("最后，严格要求自己，始终做到清正廉洁。")
