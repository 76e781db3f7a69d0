"""A count its writer runs into paragraphs, two or more items to a paragraph, breaks kept (a government work report:
…重在治本。第一，…。第二，…。第三，… / 第四，…。第五，… / 第六，…。第七，…, under （七） of 二、: blind48's 2006 report,
studied after it was scored once): no line break was lost, so no item is split off into a paragraph of its own, and the
count stays under its part; before, 第三 was split off and read as the report's third part (after 一、 二、).
Near miss: a count whose items before its one paragraph-start item are glued into the paragraph before it, and none
after (the usual lost break of a web copy), is still split there."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

REPORT = (
    "政府工作报告\n\n各位代表：\n\n一、去年工作回顾\n\n过去一年，经济社会发展取得新的成就。\n\n"
    "（一）经济平稳较快发展。国内生产总值增长百分之九点九。\n\n（二）民生持续改善。城乡居民收入较快增长。\n\n"
    "二、今年主要任务\n\n（一）继续保持经济平稳较快发展。要坚持扩大内需方针。\n\n"
    "（二）切实加强安全生产工作。安全生产责任重于泰山。\n\n"
    "加强安全生产必须标本兼治、重在治本。第一，各级政府要把安全生产摆在更加重要的位置。"
    "第二，实行有利于安全生产的经济政策。第三，加快煤炭等行业改革重组的步伐。\n\n"
    "第四，加大安全生产投入。国家今年再安排三十亿元国债资金。第五，深入开展安全生产专项整治。\n\n"
    "第六，强化企业管理。加强企业安全生产基础工作。第七，加强安全生产法制建设。\n\n"
    "（三）加强民主政治建设和维护社会稳定。要巩固和发展民主团结的政治局面。\n\n"
    "各位代表，让我们团结一致，开拓进取，为全面完成今年各项任务而努力奋斗！\n"
)



def test_a_count_run_into_paragraphs_stays_under_its_part(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, REPORT)
    assert headings(spec["points"]) == ["去年工作回顾", "今年主要任务"]
    assert headings(spec["points"][1]["items"]) == ["继续保持经济平稳较快发展", "切实加强安全生产工作", "加强民主政治建设和维护社会稳定"]
    assert "丢了换行" not in report


def test_a_count_that_runs_in_only_once_is_still_split(tmp_path: Path) -> None:
    # near miss: 第四 opens the paragraph after the one holding 第一 to 第三, and no item runs into it: a lost break, as
    # before (the one paragraph-start item after a glued run is where a web copy lost its breaks)
    text = REPORT.replace("国家今年再安排三十亿元国债资金。第五，深入开展安全生产专项整治。", "国家今年再安排三十亿元国债资金。")
    text = text.replace("第六，强化企业管理。加强企业安全生产基础工作。第七，加强安全生产法制建设。\n\n", "")
    _, report = mine(tmp_path, text)
    assert "丢了换行" in report
