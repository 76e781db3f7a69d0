"""A talk's parts numbered in English (## Part 1 ｜ 数据这道坎 / **PART.2　奋进2026**, rounds qg and pr): the parts are
the points, over the 1.1 or 01｜ sections under them; the rebuilt speech numbers them 一、, and the report says so;
a closing part headed with its time (## 结尾（约1分钟）) is the closing, not a part."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.zh.labels import match_label
from tests.reader.mining import headings, mine

NOTES = (
    "# 从模型到产品：AI应用落地的三道坎\n\n各位开发者朋友，大家好！\n\n今天想和大家聊聊AI应用落地路上的三道坎。\n\n"
    "## Part 1 ｜ 数据这道坎\n\n### 1.1 先治理，后训练\n\n很多团队一上来就训练模型，结果发现数据里全是噪声，白白浪费了算力。\n\n"
    "### 1.2 让业务的人来标数据\n\n标注这件事，交给外包往往质量不高，最懂业务的人来标才靠得住。\n\n"
    "## Part 2 ｜ 体验这道坎\n\n### 2.1 把延迟当成第一指标\n\n用户等不了三秒钟，超过三秒，大部分人就关掉了页面。\n\n"
    "### 2.2 别让用户学提示词\n\n好的产品不需要用户学习怎么提问，系统应该主动理解用户想要什么。\n\n"
    "## Part 3 ｜ 组织这道坎\n\n模型上线以后谁负责？出了问题找谁？这些问题不解决，项目很难走远。\n\n"
    "## {last}\n\n三道坎说完了。总结起来就一句话：AI落地，拼的不是模型，是耐心。\n\n谢谢大家！\n"
)


def test_english_numbered_parts_are_the_points_and_the_rebuild_is_said(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, NOTES.format(last="结尾（约1分钟）"), "talk.md")
    assert headings(spec["points"]) == ["数据这道坎", "体验这道坎", "组织这道坎"]
    assert headings(spec["points"][0]["items"]) == ["先治理，后训练", "让业务的人来标数据"]
    assert "“Part 1 ｜”“Part 2 ｜”“Part 3 ｜”重新生成时写作“一、”“二、”“三、”" in report
    assert spec["closing"][0].startswith("三道坎说完了")


@pytest.mark.parametrize(("text", "index"), [("Part 1｜数据这道坎", 1), ("PART.2　奋进2026", 2), ("Part 3：Together：生态", 3)])
def test_a_part_numbered_in_english_is_a_top_label(text: str, index: int) -> None:
    assert [(m.style, m.index) for m in match_label(text)] == [("一、", index)]


def test_part_of_a_sentence_is_no_label() -> None:
    # near miss: the English word with no number after it
    assert match_label("Part of the plan is done") == []
