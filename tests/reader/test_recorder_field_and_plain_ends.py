"""A line of facts with the recorder's field (讲话人：吴海燕（销售中心总监）    记录：刘小雨    2024.3.4): the speaker is the
讲话人, the recorder no speaker, the date after the recorder's name the date (hp14 of the everyday suite); a note that
the copy was transcribed (（视频转写，…）) names no speaker, as before. Plain spoken ends: 好，今天就不多
说了 / 好，话不多说了 / 好，我就讲这三句话。 / 以上，是我的三点想法 (hp16, hp22, hp05, hm17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import mine

MORNING = (
    "销售中心周一晨会讲话\n{facts}\n\n大家早！今天我主要说三个事。\n\n第一个事，回款。三月份是一季度最后一个月，能不能完成就看这个月了。\n\n"
    "第二个事，新品。新品上市要抓紧铺货，每个店都要有陈列，周五前拍照发群里。\n\n第三个事，考勤。迟到的太多了，从今天起按制度办。\n\n"
    "{end}大家去忙吧。\n"
)


def test_the_recorders_field_names_no_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, MORNING.format(facts="讲话人：吴海燕（销售中心总监）    记录：刘小雨    2024.3.4", end="好，今天就不多说了。"))
    assert spec["speaker"] == "吴海燕"
    assert str(spec["date"]) == "2024-03-04"


def test_a_transcribed_note_names_no_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, MORNING.format(facts="（视频转写，2024年3月4日上午，公司大会议室）", end="好，今天就不多说了。"))
    assert "speaker" not in spec


@pytest.mark.parametrize("end", ["好，今天就不多说了。", "好，话不多说了，", "好，我就讲这三句话。", "以上，是我的三点想法，与大家共勉。"])
def test_a_plain_spoken_end_opens_the_closing(tmp_path: Path, end: str) -> None:
    spec, _ = mine(tmp_path, MORNING.format(facts="讲话人：吴海燕", end=end))
    assert spec["closing"][0].startswith(end)


def test_points_said_not_ended_open_no_closing(tmp_path: Path) -> None:
    # near miss: 说不多 / 讲三句话 as the subject of a sentence, no end
    spec, _ = mine(tmp_path, MORNING.format(facts="讲话人：吴海燕", end="这几句话不多说了也得说，"))
    assert not spec.get("closing")
