"""- ### 结束语 after numbered parts (### 一、… ### 三、…), text under it before the closing words (三十年的发展成就来之不易。…
  / 同志们、朋友们！…): all under it is the closing, the heading dropped (iy18 of the everyday suite read it as a fourth
  point). Near miss: a talk's ## 结语 among unnumbered ## headings stays one of its parts, as annotators read it.
- 首先，我要… 其次，我想… 最后，我想表个态。 with closing words after it (请各位领导放心，…): 最后 opens the third item
  (iy16, hf17)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "三十年来，全市上下团结奋斗，经济总量翻了几番，城乡面貌发生了深刻变化。"


def test_the_closing_heading_after_numbered_parts(tmp_path: Path) -> None:
    text = (
        "# 在庆祝梧川建市三十周年大会上的讲话\n\n同志们、朋友们：\n\n今天我们隆重集会。\n\n"
        f"### 一、三十年沧桑巨变\n\n{TEXT}\n\n### 二、三十年砥砺奋进\n\n{TEXT}\n\n### 三、三十年再出发\n\n{TEXT}\n\n"
        f"### 结束语\n\n三十年的发展成就来之不易。{TEXT}\n\n同志们、朋友们！三十而立，正当其时。让我们携手奋进！\n"
    )
    spec, report = mine(tmp_path, text, "talk.md")
    assert headings(spec["points"]) == ["三十年沧桑巨变", "三十年砥砺奋进", "三十年再出发"]
    assert spec["closing"][0].startswith("三十年的发展成就来之不易")
    assert "（结尾的小标题）：结束语" in report


def test_a_conclusion_among_unnumbered_headings_is_a_part(tmp_path: Path) -> None:
    text = (
        "# 数据库的下一个十年\n\n大家好，今天讲讲我们这一年的进展。\n\n"
        f"## Serverless\n\n{TEXT}\n\n## 实时分析\n\n{TEXT}\n\n## 云原生\n\n{TEXT}\n\n## 结语\n\n{TEXT}\n\n{TEXT}\n"
    )
    spec, _ = mine(tmp_path, text, "talk.md")
    assert headings(spec["points"])[-1] == "结语"


def test_a_last_topic_turned_to_before_the_closing_is_the_third_item(tmp_path: Path) -> None:
    text = (
        "在全市劳动模范表彰大会上的发言\n尊敬的各位领导：\n"
        f"首先，我要说一声感谢。{TEXT}\n其次，我想说说我对劳模这两个字的理解。{TEXT}\n最后，我想表个态。{TEXT}\n"
        "请各位领导放心，我们一定以今天的表彰为新的起点，干出新的成绩！\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 3
    assert spec["closing"][0].startswith("请各位领导放心")
