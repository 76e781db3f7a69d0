"""Points announced by a count of a quoted word with a clause after it (我想提四个“必须”，与大家共勉。, round pm): the
paragraphs whose lead sentences open alike after it are the points; and a government page's accessibility buttons
(无障碍浏览　长者模式　繁体版) are the page's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

MUSTS = (
    "在县委党校主体班结业式上的讲话\n\n各位学员，同志们：\n\n"
    "今天，主体班就要结业了。回到工作岗位以后，怎样把学习成果转化为实际行动？我想提{count}个“必须”，{after}。\n\n"
    "必须始终保持政治上的清醒坚定。对党员干部来说，政治上的清醒是最重要的清醒。\n\n"
    "必须始终保持干事创业的精气神。党校学习，最重要的是把精气神提起来。\n\n"
    "必须始终保持为民服务的真情怀。我们的一切工作，归根到底是为了群众。\n\n"
    "同志们，结业不是终点，而是新的起点。\n"
)


def test_a_counted_quoted_word_with_a_clause_after_it_announces_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, MUSTS.format(count="三", after="与大家共勉"))
    assert headings(spec["points"]) == ["必须始终保持政治上的清醒坚定", "必须始终保持干事创业的精气神", "必须始终保持为民服务的真情怀"]


def test_a_clause_that_goes_on_about_something_else_announces_nothing(tmp_path: Path) -> None:
    # near miss: …三个“必须”，这是县委的要求。 — the count is a fact said in passing, not the speaker's points
    spec, _ = mine(tmp_path, MUSTS.format(count="三", after="这是县委一贯的要求"))
    assert spec.get("points", []) == [] or headings(spec["points"])[0] != "必须始终保持政治上的清醒坚定"


@pytest.mark.parametrize("buttons", ["无障碍浏览　长者模式　繁体版", "无障碍  长者模式  繁體"])
def test_a_pages_accessibility_buttons_are_the_pages(tmp_path: Path, buttons: str) -> None:
    text = (
        f"{buttons}\n在全市乡村振兴工作推进会上的讲话\n同志们：\n今天召开会议。我讲两点。\n"
        "一、认清形势\n乡村振兴到了关键阶段。\n二、抓好落实\n要把任务分解到村。\n同志们，让我们共同努力！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "在全市乡村振兴工作推进会上的讲话"
