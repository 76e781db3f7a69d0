"""Two lists that follow one another as a speech's points stay both points when their leads stand on lines
of their own over their text (a copy that split each run-in lead from its paragraph).

A ——… list, then an announcement and a 第一，… list: with the leads run in, both lists are the points
(``top_level._successive``); the same when each lead is a line of its own and its text the paragraph under
it, since what is said under an item is its text up to the next item. A review in consecutive short
paragraphs before the points is still no list of points.
"""

from __future__ import annotations

import pytest

from jianggao.reader.outline import SourceParagraph, parse_outline

TEXT = "这件事做起来并不容易，需要大家拿出耐心和恒心，一步一个脚印往前走，久久为功，才能见到成效。"
DASHES = ["——我们的菜篮子越来越丰富。", "——我们的出行越来越便捷。", "——我们的社区越来越整洁。"]
LEADS = ["要把心思用在工作上。", "要把本领练在平时。", "要把作风立在前头。"]


def _outline(split: bool, second: str) -> list[tuple[int, str]]:
    texts = ["同志们：", "这几年，我们的城市变化很大。"]
    for d in DASHES:
        texts += [d, TEXT] if split else [d + TEXT]
    texts.append("成绩属于过去。面向未来，我对大家提几点希望。")
    for k, lead in enumerate(LEADS):
        label = second.format("一二三"[k])
        texts += [label + lead, TEXT] if split else [label + lead + TEXT]
    texts.append("同志们，让我们一起努力，把我们的城市建设得更加美好！")
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    return [(n.depth, n.label) for n in outline.nodes()]


@pytest.mark.parametrize("second", ["第{}，", "{}要"])
def test_two_successive_lists_with_leads_on_lines_of_their_own_are_both_points(second: str) -> None:
    run_in = _outline(False, second)
    assert [d for d, _ in run_in] == [1] * 6
    assert _outline(True, second) == run_in


def test_a_review_in_consecutive_short_paragraphs_is_not_joined_to_the_points() -> None:
    texts = [
        "同志们：", "过去一年，我们主要做了以下几方面工作：",
        "第一，道路修好了。背街小巷全部硬化，雨天出门不再踩泥。", "第二，路灯亮起来了。老旧小区晚上散步安心多了。",
        "第三，垃圾有人收了。每天上门收运，楼道干净了。",
        "这些变化大家都看在眼里，是全体干部群众一起干出来的，来之不易，我们每个人都要倍加珍惜。下面，我讲三点。",
        "一要" + LEADS[0], TEXT, "二要" + LEADS[1], TEXT, "三要" + LEADS[2], TEXT,
    ]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    assert [n.label for n in outline.points] == ["一要", "二要", "三要"]
