"""Part headings said as 第一部分 on lines of their own (## 第一部分　过去三年我们做了什么, round or): the speech's
parts, which hold a heading list (（一）… （二）…) under one of them as a heading style's points do."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine


def _headings(spec: dict) -> list[str]:
    return [p["heading"] for p in spec.get("points") or []]


PARTS = (
    "在医学院科研工作会议上的讲话\n各位老师：\n今天召开科研工作会议，我讲三个部分。\n"
    "## 第一部分　过去三年我们做了什么\n三年来，学院科研工作稳中有进，国家自然科学基金立项明显增加。\n"
    "## 第二部分　我们的短板在哪里\n对照“双一流”建设的要求，我们还缺少大团队、大成果和大平台。\n"
    "## 第三部分　下一步我们怎么办\n学院决定实施“科研提升三年行动”。\n"
    "### （一）组建有组织的科研团队\n围绕三个方向，由学院牵头组建团队。\n"
    "### （二）打通基础与临床的通道\n推动基础研究人员和临床医生结对。\n"
    "### （三）改进科研评价办法\n不再简单以论文数量论英雄。\n"
    "谢谢大家！\n"
)


def test_part_heading_lines_hold_the_heading_list_under_the_last(tmp_path: Path) -> None:
    # (第一部分… on lines of their own are the speech's parts: the （一） list under the third is its sub-points)
    spec, _ = mine(tmp_path, PARTS)
    assert _headings(spec) == ["过去三年我们做了什么", "我们的短板在哪里", "下一步我们怎么办"]
    assert [i["heading"] for i in spec["points"][2]["items"]] == ["组建有组织的科研团队", "打通基础与临床的通道", "改进科研评价办法"]


def test_parts_said_in_sentences_do_not_hold_a_heading_list(tmp_path: Path) -> None:
    # near miss: 第一部分 opening paragraphs of text is a count said in passing; the （一） headings stay the points
    said = PARTS.replace("## 第一部分　过去三年我们做了什么\n", "第一部分是回顾，三年来成绩不小。")
    said = said.replace("## 第二部分　我们的短板在哪里\n", "第二部分是短板，大家都清楚。").replace("## 第三部分　下一步我们怎么办\n", "第三部分是打算。")
    spec, _ = mine(tmp_path, said)
    assert _headings(spec) == ["组建有组织的科研团队", "打通基础与临床的通道", "改进科研评价办法"]
