"""A heading line of its own that ends with a quoted term (…必须把优化营商环境作为“一号改革工程”, gy19 of the everyday
suite) ends no sentence: it is glued to nothing, though it is longer than the run's other headings and says its first
words again (营商环…营商环境作为). The same heading run on into its text still ends where the text opens."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在全市优化营商环境大会上的讲话\n市长  蒋明辉\n同志们：\n今天召开全市优化营商环境大会。下面，我讲三个方面的意见。\n"
REST = (
    "二、聚焦企业所需，打好攻坚战\n要持续推进“放管服”改革，进一步压缩审批时限，让企业办事更便捷。\n"
    "三、强化责任落实，确保落地见效\n各级各部门要把优化营商环境摆上重要议事日程，一级抓一级，层层抓落实。\n"
    "同志们，优化营商环境永远在路上，让我们共同努力，打造一流营商环境！\n"
)
LINE = "营商环境就是生产力，必须把优化营商环境作为“一号改革工程”"


def test_a_heading_line_ending_with_a_quoted_term_is_whole(tmp_path: Path) -> None:
    text = HEAD + f"一、{LINE}\n近年来，全市上下持续推进改革，营商环境不断改善，企业开办时间压缩到1个工作日以内。\n" + REST
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[0] == LINE


def test_the_same_heading_run_on_into_its_text_ends_where_the_text_opens(tmp_path: Path) -> None:
    # near miss: the line break lost, the text glued after the quote: the heading ends where 近年来 opens the text
    text = HEAD + f"一、{LINE}近年来，全市上下持续推进改革，营商环境不断改善，企业开办时间压缩到1个工作日以内。\n" + REST
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[0] == LINE
