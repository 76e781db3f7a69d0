"""A resolution read out (everyday qx08, stop 38): the line under its title that says who adopted it that day
（2026年4月24日…代表大会通过） gives the date and names no speaker; its last paragraph, the call in the meeting's name
(大会号召，…), is its closing. Near misses: a byline with an office and a name under a title is still the speaker; a
paragraph that reports a call (大会号召的各项任务…) opens no closing."""

from __future__ import annotations

from pathlib import Path

from .mining import mine

TITLE = "中国共产党青石县第九次代表大会关于县委报告的决议\n"
BODY = (
    "大会充分肯定县第八届委员会的工作。大会认为，五年来，全县经济社会发展取得显著成绩，人民生活持续改善。\n"
    "大会认为，报告全面总结了过去五年的工作，深刻阐述了今后五年的总体要求和主要任务，是指导全县发展的纲领性文件。\n"
    "大会强调，实现今后五年的目标任务，必须坚持党的全面领导，坚持以人民为中心，坚持高质量发展。\n"
)
CALL = "大会号召，全县各级党组织和广大共产党员要紧密团结起来，为建设美丽青石而努力奋斗！\n"


def test_the_line_naming_who_adopted_it_names_no_speaker(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, TITLE + "（2026年4月24日中国共产党青石县第九次代表大会通过）\n" + BODY + CALL)
    assert "speaker" not in spec or spec["speaker"] in ("", None)
    assert str(spec["date"]) == "2026-04-24"
    assert "代表大会通过" in report  # (the rest of the line said in a note, not lost)


def test_an_office_and_a_name_under_the_title_are_the_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在全县党建工作会议上的讲话\n（2026年4月24日）\n县委书记　孙立明\n同志们：\n" + BODY + CALL)
    assert spec["speaker"] == "孙立明"


def test_the_call_in_the_meetings_name_is_the_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TITLE + BODY + CALL)
    assert spec["closing"][0].startswith("大会号召，全县各级党组织")


def test_a_paragraph_reporting_the_call_opens_no_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TITLE + BODY + "大会号召的各项任务，要在全县各级党组织中认真传达落实。\n")
    assert not (spec.get("closing") or [""])[0].startswith("大会号召")
