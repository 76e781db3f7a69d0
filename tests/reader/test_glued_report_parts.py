"""A workers' congress report copied with most of its breaks lost (hs23 of the everyday suite): 一、 alone opens a
paragraph, then …解决。二、2024年主要工作今年公司… and …待遇。三、几点要求 glued on after sentences, the last a
heading line that ends its paragraph; the second part's （一）坚定不移调结构。… （四）… run on inside it. The parts open
their paragraphs again, each heading ends where its text's time word begins, the bracketed items are the
second part's sub-points, and the paragraph right under 三、几点要求 is its text, not the closing's first."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

TEXT = "全年实现营业收入16.8亿元，同比增长9.3%，一举扭转了连续三年亏损的局面，这个成绩来得很不容易。"
ITEMS = f"（一）坚定不移调结构。{TEXT}（二）千方百计降成本。{TEXT}（三）持之以恒抓安全。{TEXT}"
DEMANDS = "各位代表，大会结束后，大家要把会议精神带回去，传达到每一名职工，对各项工作的落实情况多提意见。"
CLOSING = "各位代表，公司的发展离不开每一位职工的辛勤付出。让我们同心同德、埋头苦干，为建设一流企业而努力奋斗！"


def speech(second: str = ITEMS, third: str = "三、几点要求") -> str:
    return (
        "在公司职工代表大会上的讲话\n总经理 田志强\n各位代表：\n大家好！受公司经营班子委托，我向大会报告工作，请各位代表审议。\n"
        f"一、2023年工作回顾过去一年，在全体职工的共同努力下，{TEXT}\n"
        f"在肯定成绩的同时，我们也清醒地看到，公司的底子还很薄。二、2024年主要工作今年公司的主要目标是营业收入增长10%以上。"
        f"围绕这些目标，重点做好以下几方面工作。{second}{third}\n{DEMANDS}\n{CLOSING}\n"
    )


def test_glued_parts_their_sub_points_and_the_text_under_the_last(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, speech())
    assert headings(spec["points"]) == ["2023年工作回顾", "2024年主要工作", "几点要求"]
    assert headings(spec["points"][1]["items"]) == ["坚定不移调结构", "千方百计降成本", "持之以恒抓安全"]
    assert spec["closing"][0].startswith("各位代表，公司的发展")
    assert "丢了换行" in report


def test_a_bracketed_list_brought_in_by_a_colon_stays_inline(tmp_path: Path) -> None:
    """Near miss: 工作有这么几项：（一）…。（二）…: the sentence brings its list in, written inline."""
    spec, _ = mine(tmp_path, speech(second=f"工作有这么几项：{ITEMS}"))
    assert "items" not in spec["points"][1]


@pytest.mark.parametrize("third", ["", "三、几点要求同志们要把会议精神带回去。"])
def test_no_third_heading_line_no_parts_glued_on(tmp_path: Path, third: str) -> None:
    """Near miss: with no third heading line ending a paragraph, 二、 inside the text is not split off."""
    spec, _ = mine(tmp_path, speech(third=third))
    assert headings(spec["points"]) == ["2023年工作回顾"]


def test_a_comma_clause_is_not_ended_at_a_time_word(tmp_path: Path) -> None:
    """Near miss: 首先要肯定，风控中心成立四年以来，…: a sentence's clause, not a heading glued to its text."""
    text = (
        "在风控中心座谈会上的讲话\n同志们：\n今天来看看大家。\n"
        f"一、首先要肯定，风控中心成立四年以来，从无到有，做了很多贡献。{TEXT}\n二、工作要求\n{TEXT}\n三、几点希望\n{TEXT}\n"
        "谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[0].startswith("首先要肯定，风控中心成立四年以来，")


def test_a_heading_line_over_the_only_closing_paragraph_stays_bare(tmp_path: Path) -> None:
    """Near miss: 三、几点要求 over one paragraph that can open the closing: that paragraph stays the closing."""
    text = (
        "在公司职工代表大会上的讲话\n各位代表：\n大家好！我讲三点。\n"
        f"一、工作回顾\n{TEXT}\n二、主要工作\n{TEXT}\n三、几点要求\n{CLOSING}\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["closing"][0].startswith("各位代表，公司的发展")
