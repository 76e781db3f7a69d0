"""A speaker whose name is written with a middle dot between its parts (a Uyghur or Kazakh name, or a foreign one in
characters: 木合塔尔·艾力 / 丹尼尔·霍尔特 / 安娜-玛丽亚·维尔塔宁) on the byline under the title, after the office and a
space, is the speaker, the whole name; a name of plain characters reads as before, and a dotted phrase that is no
byline (a title's 2024·春) names no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = (
    "同志们：\n\n今天我们召开全县民族团结进步工作会议。我讲三点意见。\n\n一、提高思想认识\n\n民族团结是各族人民的生命线，我们要把它放在心上、抓在手上。\n\n"
    "二、突出工作重点\n\n要抓好宣传教育、交往交流和基层基础三件事，一件一件抓落实。\n\n三、压实工作责任\n\n各乡镇、各部门要把责任扛起来，年底前逐项对账。\n\n"
    "同志们，让我们携起手来，共同把这项工作做好。\n"
)


@pytest.mark.parametrize(
    "byline, name",
    [
        ("县人民政府副县长　木合塔尔·艾力", "木合塔尔·艾力"),
        ("美国俄亥俄州立大学荣休教授、宁川大学名誉教授　丹尼尔·霍尔特", "丹尼尔·霍尔特"),
        ("芬兰赫尔辛基大学教授　安娜-玛丽亚·维尔塔宁", "安娜-玛丽亚·维尔塔宁"),
        ("县人民政府副县长　王建国", "王建国"),
    ],
)
def test_the_byline_names_the_whole_name(tmp_path: Path, byline: str, name: str) -> None:
    spec, _ = mine(tmp_path, f"在全县民族团结进步工作会议上的讲话\n\n{byline}\n\n{BODY}")
    assert spec["speaker"] == name


def test_a_dotted_phrase_in_the_title_names_no_one(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"新春·奋进　在全县民族团结进步工作会议上的讲话\n\n{BODY}")
    assert "speaker" not in spec or spec["speaker"] in (None, "")
