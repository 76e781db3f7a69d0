"""A part's lessons brought in by a paragraph of their own after its last item's text (一、过去一年工作回顾 / （一）… /
… / （四）… / its text / 过去一年，…我们的主要体会是： / ——必须坚持…: blind48's 2005 report, studied after it was
scored once) are the part's second list, beside （一）…（四） (corpus/ANNOTATION.md, "Two lists under one point"), not
inside its last item. Near miss: a dash list brought in inside the last item's own text (（四）… / 要做到： / ——…) stays
in that item."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

ITEMS = (
    "政府工作报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n过去一年，全国各族人民团结奋斗，经济社会发展取得显著成就。\n\n"
    "（一）加强和改善宏观调控\n\n针对经济运行中出现的新情况，及时采取一系列调控措施。\n\n"
    "（二）大力加强农业\n\n出台促进农民增加收入的政策措施，粮食生产出现重要转机。\n\n"
    "（三）推进经济体制改革\n\n国有企业改革继续深化，金融体制改革迈出重大步伐。\n\n"
    "（四）改善人民生活\n\n城镇新增就业人员九百八十万人，城乡居民收入较快增长。\n\n"
)
LESSONS = (
    "——必须坚持树立和落实科学发展观。发展是第一要务，必须坚持以人为本。\n\n"
    "——必须坚持加强和改善宏观调控。宏观调控要把握好时机、力度和重点。\n\n"
    "——必须坚持推进改革开放。改革开放是发展的强大动力。\n\n"
    "二、今年的主要任务\n\n今年要着力抓好以下工作。\n\n各位代表，让我们团结一致，为全面完成今年的任务而努力奋斗！\n"
)


def test_lessons_brought_in_after_the_last_item_stand_beside_the_items(tmp_path: Path) -> None:
    text = ITEMS + "一年来的成就，是全国人民共同奋斗的结果。\n\n过去一年，我们在实践中思想认识得到升华。我们的主要体会是：\n\n" + LESSONS
    spec, _ = mine(tmp_path, text)
    items = spec["points"][0]["items"]
    assert headings(items) == ["加强和改善宏观调控", "大力加强农业", "推进经济体制改革", "改善人民生活", ""]
    assert headings(items[4]["items"]) == ["必须坚持树立和落实科学发展观", "必须坚持加强和改善宏观调控", "必须坚持推进改革开放"]
    assert items[4]["numbering"] == "——"  # (the second list of the part, its own numbering)


def test_a_list_the_last_items_own_words_bring_in_stays_in_it(tmp_path: Path) -> None:
    # near miss: 要做到以下几点： is the fourth item's own text, right under it: its list stays inside it
    text = ITEMS.replace("城镇新增就业人员九百八十万人，城乡居民收入较快增长。", "改善民生，要做到以下几点：") + LESSONS
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"][0]["items"]) == ["加强和改善宏观调控", "大力加强农业", "推进经济体制改革", "改善人民生活"]
