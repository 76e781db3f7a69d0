"""A numbered heading whose line a copy broke: after its label (三、 / 结语) or after a comma of a short heading
(一、统一思想， / 提高认识). The two lines are one heading again (``page_repair._rejoin_wrapped_headings``); a
label left with no words at all (三、 over its own sub-points) reads as a point with an empty heading, never
as an error."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline

TEXT = "各级各部门要把这项工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，层层压实责任。"


def _points(lines: list[str]) -> list[str]:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)])
    return [n.heading for n in outline.points]


def _speech(*heading_lines: str) -> list[str]:
    return ["同志们：", "下面，我讲三点意见。", "一、统一思想，提高认识", TEXT, "二、突出重点，狠抓落实", TEXT, *heading_lines, TEXT, "同志们，让我们共同努力！"]


def test_a_label_left_alone_on_its_line_takes_the_words_under_it() -> None:
    assert _points(_speech("三、", "强化保障")) == ["统一思想，提高认识", "突出重点，狠抓落实", "强化保障"]


def test_a_short_heading_broken_after_a_comma() -> None:
    assert _points(_speech("三、强化保障，", "严格考核")) == ["统一思想，提高认识", "突出重点，狠抓落实", "强化保障，严格考核"]


def test_near_misses_stay_apart() -> None:
    """A comma-ended heading over a paragraph of text, or over a line with a label of its own, is not joined to
    it; a label alone over its sub-points keeps an empty heading (and reading does not fail)."""
    assert _points(_speech("三、强化保障，", TEXT))[2] == "强化保障，"
    lines = ["同志们：", "一、统一思想", TEXT, "二、突出重点", TEXT, "三、", "（一）强化保障", TEXT, "（二）严格考核", TEXT]
    assert _points(lines) == ["统一思想", "突出重点", ""]
