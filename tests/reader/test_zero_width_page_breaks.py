"""A copy of an older report (a wiki's page scans, stop 64: the 1957 and 2017 reports of blind69 and blind32) keeps
each printed page's break as a line holding only a zero-width space. Where the break cut a sentence, even a word
(社会秩序没有發生混 / ​ / 乱，…), the two halves are one paragraph; where it fell after a sentence's end or under a
heading line, it is only a break."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.speech_file import text_paragraphs
from tests.reader.mining import headings, mine

ZW = "\u200b"
REPORT = (
    "政府工作报告\n各位代表：\n现在我代表国务院作报告。\n一、过去一年的工作\n"
    f"一年来，全国人民团结奋斗，各项工作取得了新的进展，社会生产没有下降，社会秩序没有發生混\n{ZW}\n乱，人民生活有了改善。\n"
    f"二、科学事业\n{ZW}\n在知识分子向科学进军的热潮中，为了推进社会主义建设，各部门、各地方对科学事业也表现了很\n{ZW}\n"
    f"大的积极性。\n我们要继续推进科学规划的实施。\n{ZW}\n三、今后的任务\n今后要继续努力。\n"
)


def test_a_sentence_cut_by_a_zero_width_page_line_is_one_paragraph(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, REPORT, "report.txt")
    assert headings(spec["points"]) == ["过去一年的工作", "科学事业", "今后的任务"]
    assert spec["points"][0]["intro"] == [
        "一年来，全国人民团结奋斗，各项工作取得了新的进展，社会生产没有下降，社会秩序没有發生混乱，人民生活有了改善。"
    ]
    assert spec["points"][1]["intro"] == [
        "在知识分子向科学进军的热潮中，为了推进社会主义建设，各部门、各地方对科学事业也表现了很大的积极性。",
        "我们要继续推进科学规划的实施。",
    ]


def test_a_zero_width_line_after_a_sentence_or_a_heading_line_only_breaks() -> None:
    texts = [p.text for p in text_paragraphs(REPORT)]
    assert "二、科学事业" in texts  # (a heading line over the page's break keeps its line)
    assert "我们要继续推进科学规划的实施。" in texts and "三、今后的任务" in texts


def test_a_blank_line_is_no_page_break() -> None:
    texts = [p.text for p in text_paragraphs("一年来，全国人民团结奋斗，各项工作取得了新的进展，社会生产没有下降，社会秩序没有發生混\n\n乱。\n")]
    assert len(texts) == 2  # (only a line of zero-width characters says a page broke there)
