"""No numbers: a paragraph that ends by counting the speech's parts by a quoted word (周曼宁提出“五个聚焦”。 /
要在“三个更加”上下功夫。), then as many paragraphs, and no more, that open with that word: they are the points, each
headed by its lead sentence (the count names them, as a heading names its parts; the stop-51 work, on the writers'
reading of five everyday speeches). A count that more or fewer paragraphs answer, or one whose first part does
not follow it, names no points."""

from __future__ import annotations

from jianggao.reader.outline import Outline
from tests.reader.mining import outline_of, top_headings


def leads(*lines: str) -> Outline:
    return outline_of(*lines, unnumbered_leads=True)


TEXT = "各地要结合实际制定具体方案，明确时间表和责任人，确保每项任务都有人抓、有人管、有人落实，年底前要见到实效。"
OPENING = (
    "在全县教育工作会议上的讲话",
    "同志们：",
    "过去一年，全县教育系统坚持立德树人根本任务，各项工作取得新成效，我代表县委、县政府向大家表示衷心感谢。",
)
CLOSING = "同志们，教育是民生之基，让我们以更加饱满的热情，努力办好人民满意的教育。"
FOCUS = [
    "聚焦立德树人，着力加强学生思想政治工作。" + TEXT,
    "聚焦均衡发展，着力扩大优质教育资源供给。" + TEXT,
    "聚焦队伍建设，着力打造高素质教师队伍。" + TEXT,
]


def test_paragraphs_opening_with_the_counted_word_are_the_points() -> None:
    o = leads(*OPENING, "做好今年的教育工作，要突出“三个聚焦”。", *FOCUS, CLOSING)
    assert top_headings(o) == ["聚焦立德树人，着力加强学生思想政治工作", "聚焦均衡发展，着力扩大优质教育资源供给", "聚焦队伍建设，着力打造高素质教师队伍"]


def test_a_count_said_before_words_after_the_quote_counts_too() -> None:
    o = leads(*OPENING, "做好今年的教育工作，要在“三个聚焦”上下功夫。", *FOCUS, CLOSING)
    assert len(top_headings(o)) == 3


def test_a_count_that_more_paragraphs_answer_names_no_points() -> None:
    # near miss: four paragraphs open with 聚焦 under a count of three
    more = "聚焦安全稳定，着力守牢校园安全底线。" + TEXT
    o = leads(*OPENING, "做好今年的教育工作，要突出“三个聚焦”。", *FOCUS, more, CLOSING)
    assert top_headings(o) == []


def test_a_count_whose_parts_come_later_names_no_points() -> None:
    # near miss: the count is said, then two paragraphs of other text before the first 聚焦 paragraph
    o = leads(*OPENING, "做好今年的教育工作，要突出“三个聚焦”。", TEXT, TEXT, *FOCUS, CLOSING)
    assert top_headings(o) == []
