"""Lists of short clauses said inside two paragraphs of one point (靠的是三样东西：一是…；二是…；三是…。 … 两件遗憾
事。一是…；二是…。) stay in those paragraphs as written, in their order, as a list in one paragraph does; the report
says so. Sub-points that each run on for sentences are still the point's items."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

REASONS = "这个成绩来之不易。我们能逆势增长，靠的是三样东西：一是品种硬，连续三年产量排名前三；二是渠道稳，经销商跟着我们赚到了钱；三是服务好，农技人员常年跑在田间地头。"
BETWEEN = "但是我也要说，我们的成绩里有运气的成分，今年的天气未必还这么好。"
REGRETS = "我还要说一说去年的两件遗憾事。一是东北市场没有打开，离目标差了一半；二是两个新品种审定推迟了一年，错过了推广时机。"


def _speech(first: str, second: str) -> str:
    return (
        "在公司年度工作会议上的讲话\n各位同事：\n今天开会，主要讲两个问题。\n"
        f"第一，去年的成绩：销售收入增长百分之十二。\n{first}\n{BETWEEN}\n{second}\n"
        "第二，今年的目标：销售收入突破十二亿元。\n这个目标是跳一跳够得着的，大家要有信心。\n"
        "各位同事，让我们一起努力，把今年的目标变成现实！\n"
    )


def test_clause_lists_in_two_paragraphs_stay_as_written(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _speech(REASONS, REGRETS))
    first = spec["points"][0]
    assert "items" not in first
    assert first["intro"] == [REASONS, BETWEEN, REGRETS]
    assert "留在原段落里" in report


def test_sub_points_that_run_on_for_sentences_are_items(tmp_path: Path) -> None:
    # near miss: the second paragraph's items each say a sentence and more, as sub-points do
    long_items = (
        "我还要说一说去年的两件遗憾事。一是东北市场没有打开。投了两千多万，收入只有三千万出头，离当初定的目标差了一半，"
        "教训很深刻，市场部门要拿出一个切实可行的整改方案来。二是两个新品种审定推迟了一年。错过了推广的最佳时机，损失了上亿元"
        "的销售，研发部门要认真总结，把试验和申报的每个环节都理一遍。"
    )
    spec, _ = mine(tmp_path, _speech(REASONS, long_items))
    assert "items" in spec["points"][0]
