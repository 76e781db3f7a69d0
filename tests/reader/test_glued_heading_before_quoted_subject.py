"""A two-clause heading glued to its text where the text opens with a quoted phrase as its subject
(二、传承幸福渠精神，凝聚奋进力量“自力更生、艰苦创业”的幸福渠精神，是…, round ti, blank lines lost): the heading ends
before the quote. A quote inside the heading's second clause with no 的 after it (坚定“四个自信”…) cuts nothing there."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "五十年前，全县十万群众肩挑背扛，用三年时间在悬崖峭壁上凿出了这条长达八十公里的幸福渠，结束了十年九旱的历史。"


def rally(second: str) -> list[str]:
    """The rally's speech with ``second`` as the second point's paragraph."""
    return [
        "在幸福渠建成五十周年纪念大会上的讲话", "同志们，乡亲们：", "今天，我们在这里隆重集会，纪念幸福渠建成通水五十周年。",
        "一、不忘修渠历史，铭记先辈功绩", TEXT, second + TEXT, "三、接续奋斗拼搏，建设美好家园", TEXT,
        "同志们，乡亲们，让我们传承好幸福渠精神，奋力谱写新篇章！",
    ]


def test_the_heading_ends_before_a_quoted_subject() -> None:
    o = outline_of(*rally("二、传承幸福渠精神，凝聚奋进力量“自力更生、艰苦创业、团结协作、无私奉献”的幸福渠精神，是修渠人用汗水和生命铸就的。"))
    assert top_headings(o)[1] == "传承幸福渠精神，凝聚奋进力量"


def test_a_quote_in_the_second_clause_is_the_headings() -> None:
    # near miss: the quote is the heading's own words (no 的 after it)
    o = outline_of(*rally("二、传承幸福渠精神，坚定“四个自信”。"))
    assert top_headings(o)[1] == "传承幸福渠精神，坚定“四个自信”"
