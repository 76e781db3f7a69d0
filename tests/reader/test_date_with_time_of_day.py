"""A date line with the time of day inside its brackets or after it (（2024年7月3日晚） / 2023年9月14日晚, ha21 of the
everyday suite) is the speech's date, no one's name; a line that names someone before the date still names him."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

BODY = (
    "同志们：\n刚才听了气象、水利部门的会商意见，今天夜间我县将有一次大暴雨过程，大家务必高度重视。\n"
    "一、立即转移群众\n各乡镇晚上10点前把危险区群众全部转移到安全地带，不漏一人。\n"
    "二、守住重点部位\n水利局要派技术人员驻守病险水库，发现险情立即报告。\n"
    "同志们，防汛无小事，大家马上行动！\n"
)


def test_a_date_with_the_time_of_day_in_its_brackets_is_the_date(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在全县防汛紧急会商会上的讲话\n（2024年7月3日晚）\n" + BODY)
    assert str(spec.get("date")) == "2024-07-03"
    assert "speaker" not in spec


def test_a_name_before_a_date_with_the_time_of_day_is_the_speaker(tmp_path: Path) -> None:
    # near miss: the line names the speaker before the date: he is the speaker, the date the date
    spec, _ = mine(tmp_path, "在全县防汛紧急会商会上的讲话\n县长　周建华　2024年7月3日\n" + BODY)
    assert spec.get("speaker") == "周建华"
    assert str(spec.get("date")) == "2024-07-03"
