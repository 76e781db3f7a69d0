"""Three short lines each set wholly in bold over their text, a 一要…四要 list under one of them only (hh20 of the everyday
suite): the bold lines are the points, the list the sub-points of its part. The same lines not in bold, nothing alike in
them, do not outweigh the numbered list unless the part's own text brings it in: it stays the points."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "这项工作时间紧、任务重、要求高，各学院、各部门要高度重视，精心组织，确保按时保质完成。"
LIST = ["认真撰写自评报告", "全面梳理教学档案", "着力提升课堂教学质量", "补齐办学条件短板"]


def _speech(mark: str, intro: str = "迎评工作必须抓住重点、精准发力，重点抓好四个方面。") -> str:
    lines = ["# 在本科教育教学审核评估动员大会上的讲话", "各位老师、同志们：", "根据教育部的安排，我校将于今年接受本科教育教学审核评估。下面，我讲三点意见。"]
    lines += [f"{mark}统一思想，充分认识审核评估的重要意义{mark}", TEXT, TEXT]
    lines += [f"{mark}突出重点，扎实做好迎评各项工作{mark}", intro]
    lines += [f"{n}要{lead}。{TEXT}" for n, lead in zip("一二三四", LIST, strict=True)]
    lines += [f"{mark}压实责任，确保评估工作取得实效{mark}", TEXT, "各位老师、同志们，本科教育是大学的根和本，让我们以评促建，共同迎接评估！"]
    return "\n\n".join(lines) + "\n"


def test_bold_part_lines_with_one_list_under_them_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _speech("**"), name="talk.md")
    assert headings(spec["points"]) == ["统一思想，充分认识审核评估的重要意义", "突出重点，扎实做好迎评各项工作", "压实责任，确保评估工作取得实效"]
    assert headings(spec["points"][1]["items"]) == LIST


def test_plain_part_lines_with_one_list_leave_the_list_the_points(tmp_path: Path) -> None:
    # near miss: the lines are not in bold, and the part's text does not bring the list in: nothing sets them apart
    # as a copy's part headings
    spec, _ = mine(tmp_path, _speech("", intro="迎评工作必须抓住重点、精准发力，这是我们多年办学积累的宝贵经验。"), name="talk.md")
    assert headings(spec["points"]) == LIST


def test_plain_part_lines_over_a_list_their_part_brings_in_are_the_points(tmp_path: Path) -> None:
    # (重点抓好四个方面。 under the second line says the list is that part's: round pr, pr18)
    spec, _ = mine(tmp_path, _speech(""), name="talk.md")
    assert headings(spec["points"]) == ["统一思想，充分认识审核评估的重要意义", "突出重点，扎实做好迎评各项工作", "压实责任，确保评估工作取得实效"]
