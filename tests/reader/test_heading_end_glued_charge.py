"""Headings glued to their text on a web copy (t18 of the everyday suite): the text opens with its charge, 要 and a
verb (…，全面排查整治风险隐患要紧盯水库…), glued to the last word of a two-clause heading, within the length of the
run's heading that ends clearly. A heading that says 要 itself (打败对手要靠…, no comma before it) is no such cut."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在全县防汛抗旱工作会议上的讲话\n同志们：\n今天召开全县防汛抗旱工作会议。下面，我讲三点意见。\n"
FIRST = "一、认清形势，克服麻痹思想据气象部门预测，今年汛期我县降水总体偏多，极端天气事件发生概率较大，各乡镇一定要克服侥幸心理。\n"
END = "同志们，防汛抗旱责任重大，大家务必扎扎实实做好各项工作，确保安全度汛。\n"


def test_a_charge_glued_to_a_two_clause_heading_ends_it(tmp_path: Path) -> None:
    text = HEAD + FIRST + (
        "二、突出重点，全面排查整治风险隐患要紧盯水库、河道、山洪沟、地质灾害隐患点等重点部位，开展拉网式排查，整改不到位的不能安全度汛。\n"
        "三、压实责任，确保防汛指令畅通高效要严格落实以行政首长负责制为核心的各项防汛责任制，县级领导包乡镇，一级抓一级。\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["认清形势，克服麻痹思想", "突出重点，全面排查整治风险隐患", "压实责任，确保防汛指令畅通高效"]


def test_a_heading_that_says_要_itself_is_not_cut_there(tmp_path: Path) -> None:
    # near miss: no comma before 要: the heading's own verb (打败对手要靠…, 防汛指令要…), its sentence whole
    text = HEAD + FIRST + (
        "二、打败对手要靠自身的强大，而不仅仅是保密，要通过经验共享，相互学习、促进成长。\n"
        "三、防汛指令要畅通高效。要严格落实以行政首长负责制为核心的各项防汛责任制，县级领导包乡镇，一级抓一级。\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[1:] == ["打败对手要靠自身的强大，而不仅仅是保密，要通过经验共享，相互学习、促进成长。", "防汛指令要畅通高效。"]
