"""A copy that lost the line break before one numbered point: the point runs on inside the paragraph before
it, after a sentence's end, with the very number its run misses (一、 and 三、 open paragraphs, 二、 stands in
one between; or the last point, 三、, runs on after 二、's text). The paragraph is split there and the point
read (``page_repair.split_lost_breaks``); one glitch costs no point."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline
from jianggao.reader.page_repair import split_lost_breaks

TEXT = "各级各部门要把这项工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，层层压实责任。"
HEADINGS = ["统一思想，提高认识", "突出重点，狠抓落实", "强化保障，严格考核"]


def _outline(lines: list[str]):
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)])


def _points(lines: list[str]) -> list[str]:
    return [n.heading for n in _outline(lines).points]


def _speech(style: str) -> list[str]:
    labels = {"heading": ("一、", "二、", "三、"), "yishi": ("一是", "二是", "三是")}[style]
    lines = ["同志们：", "下面，我讲三点意见。"]
    for label, heading in zip(labels, HEADINGS, strict=True):
        lines += [f"{label}{heading}。" if style == "yishi" else f"{label}{heading}", TEXT, TEXT]
    return [*lines, "同志们，让我们共同努力！"]


def _merge_before(lines: list[str], label: str) -> list[str]:
    at = next(i for i, t in enumerate(lines) if t.startswith(label))
    return [*lines[: at - 1], lines[at - 1] + lines[at], *lines[at + 1 :]]


def test_a_middle_point_run_on_after_the_sentence_before_it() -> None:
    assert _points(_merge_before(_speech("heading"), "二、")) == HEADINGS


def test_the_last_point_run_on_after_the_text_of_the_one_before() -> None:
    assert _points(_merge_before(_speech("heading"), "三、")) == HEADINGS
    assert [h.rstrip("。") for h in _points(_merge_before(_speech("yishi"), "三是"))] == HEADINGS


def test_near_misses_are_not_split() -> None:
    """The missing number twice, after a colon, or inside a list of the paragraph's own (一是…二是…三是) stays."""
    def split(texts: list[str]) -> list[str]:
        return [p.text for p in split_lost_breaks([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])]

    twice = ["一、统一思想", TEXT + "二、突出重点" + TEXT + "二、狠抓落实", "三、强化保障"]
    assert split(twice) == twice
    colon = ["一、统一思想", "要做好以下工作：二、突出重点", "三、强化保障"]
    assert split(colon) == colon
    own_list = ["一是统一思想。", "二是突出重点。要做到三点。一是早。二是实。三是严。"]
    assert split(own_list) == own_list


def test_the_report_names_the_split_for_the_writer_to_check() -> None:
    merged = _merge_before(_speech("heading"), "二、")
    notes = _outline(merged).notes
    assert "第 5 段在“二、突出重点，狠抓落实”之前像是丢了换行，已从这里另起一段（文字未改），请核对" in notes  # (the whole line: no …)
    assert not any("丢了换行" in note for note in _outline(_speech("heading")).notes)


def _two_parts() -> list[str]:
    lines = ["同志们：", "下面，我讲两个方面。", "一、" + HEADINGS[0], TEXT, TEXT, "二、" + HEADINGS[1], TEXT, TEXT]
    return [*lines, "同志们，让我们共同努力！"]


def test_the_second_of_two_heading_lines_glued_to_a_paragraphs_end() -> None:
    # 一、 the only line opening with its style; 二、突出重点… ends the paragraph before its text (k12's copy)
    assert _points(_merge_before(_two_parts(), "二、")) == HEADINGS[:2]


def test_a_second_label_that_ends_a_paragraph_as_a_sentence_or_ends_the_speech_stays() -> None:
    def split(texts: list[str]) -> list[str]:
        return [p.text for p in split_lost_breaks([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])]

    sentence = ["一、统一思想", TEXT + "二、各单位要在月底前报送进展情况。", TEXT]
    assert split(sentence) == sentence
    at_the_end = ["一、统一思想", TEXT, TEXT + "二、突出重点"]
    assert split(at_the_end) == at_the_end


def test_the_number_before_a_runs_first_line_glued_to_a_paragraphs_end() -> None:
    # 三、 opens the only line of its run; 二、 glued as a heading line to the end of a paragraph before it, 一、 to the
    # end of the opening (b22)
    lines = ["同志们：", "下面，我讲三点意见。一、" + HEADINGS[0], TEXT, TEXT + "二、" + HEADINGS[1], TEXT, "三、" + HEADINGS[2], TEXT]
    assert _points([*lines, "同志们，让我们共同努力！"]) == HEADINGS


def test_a_spoken_heading_of_one_short_sentence_glued_to_a_paragraphs_end() -> None:
    # 第一点，关于经营指标。 opens a line; …。第二个，关于安全生产。 ends a later paragraph, its text on the lines after (b13)
    lines = ["各位：", "第一点，关于经营指标。", TEXT, TEXT + "第二个，关于安全生产。", TEXT, "同志们，让我们共同努力！"]
    assert [h.rstrip("。") for h in _points(lines)] == ["关于经营指标", "关于安全生产"]
    long_sentence = TEXT + "第二个，" + TEXT  # near miss: a whole sentence of text after the count stays where it is
    assert len(split_lost_breaks([SourceParagraph(i + 1, t) for i, t in enumerate(["第一点，关于经营指标。", long_sentence, TEXT])])) == 3


def test_a_copy_glued_throughout_is_split_one_break_after_another() -> None:
    # 二、 at a paragraph's end; 三、 at the end of the paragraph under it; the closing glued under 三 (z18): each split
    # shows the next, up to the closing words
    lines = ["同志们：下面，我讲三点意见。", "一、" + HEADINGS[0], TEXT + "二、" + HEADINGS[1], TEXT + "三、" + HEADINGS[2],
             TEXT + "同志们，时间紧、任务重。希望大家迅速行动，交上一份满意的答卷！"]
    outline = _outline(lines)
    assert [n.heading for n in outline.points] == HEADINGS
    assert [t.text for t in outline.closing] == ["同志们，时间紧、任务重。希望大家迅速行动，交上一份满意的答卷！"]


def test_two_sub_points_run_on_inside_the_first_are_split_one_after_the_other() -> None:
    # （一） and （四） open paragraphs, （二） and （三） both run on inside （一）'s (f11)
    lines = ["同志们：", "一、压实责任", "（一）压实属地责任。" + TEXT + "（二）压实部门责任。" + TEXT + "（三）压实企业责任。" + TEXT,
             "（四）严格值班值守。" + TEXT, "同志们，让我们共同努力！"]
    point = _outline(lines).points[0]
    assert [n.heading.rstrip("。") for n in point.children] == ["压实属地责任", "压实部门责任", "压实企业责任", "严格值班值守"]


def test_a_gap_whose_other_numbers_are_not_there_is_not_split() -> None:
    # near miss: （一） and （四） open paragraphs, only （二） stands inside: no run of lost breaks, nothing split
    def split(texts: list[str]) -> list[str]:
        return [p.text for p in split_lost_breaks([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])]

    lines = ["（一）压实属地责任。" + TEXT + "（二）压实部门责任。" + TEXT, "（四）严格值班值守。" + TEXT]
    assert split(lines) == lines


def _split(texts: list[str]) -> list[str]:
    return [p.text for p in split_lost_breaks([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])]


def test_a_number_written_twice_run_on_after_the_first_is_split() -> None:
    """3.抓好…。…。3.抓好城区防涝。… then 4.…: a number written twice, the second run on after the first's text."""
    lines = ["1.抓好排查。" + TEXT, "2.抓好演练。" + TEXT, "3.抓好转移。" + TEXT + "3.抓好城区防涝。" + TEXT, "4.抓好物资准备。" + TEXT]
    assert _split(lines) == [*lines[:2], "3.抓好转移。" + TEXT, "3.抓好城区防涝。" + TEXT, lines[3]]


def test_a_number_said_again_that_heads_no_text_stays() -> None:
    """…。3.抓好城区防涝。 with no text of its own after it, or a first item with no heading sentence: no split."""
    bare = ["1.抓好排查。" + TEXT, "2.抓好演练。" + TEXT, "3.抓好转移。" + TEXT + "3.抓好城区防涝。", "4.抓好物资准备。" + TEXT]
    assert _split(bare) == bare
    long_first = ["1.抓好排查。" + TEXT, "2.抓好演练。" + TEXT, "3." + TEXT * 2 + "3.抓好城区防涝。" + TEXT, "4.抓好物资准备。" + TEXT]
    assert _split(long_first) == long_first


def test_a_parts_last_item_run_on_before_the_next_part_restarts_is_split() -> None:
    """（一）… / （二）…。（三）形势依然严峻。… / 二、… / （一）…: the first part's （三） run on inside its （二）'s text, the
    next part's list starting again at （一） (stop 23, gg13); a 三是 said so is one paragraph's list, no lost break."""
    part = ["一、正视问题", "（一）成绩来之不易。" + TEXT, "（二）问题不容忽视。" + TEXT + "（三）形势依然严峻。" + TEXT]
    rest = ["二、抓好重点", "（一）抓好隐患排查。" + TEXT, "（二）抓好教育培训。" + TEXT]
    assert _split(part + rest) == [*part[:2], "（二）问题不容忽视。" + TEXT, "（三）形势依然严峻。" + TEXT, *rest]
    spoken = ["一是成绩来之不易。" + TEXT, "二是问题不容忽视。" + TEXT + "三是形势依然严峻。" + TEXT, "一是抓好隐患排查。" + TEXT, "二是抓好教育培训。" + TEXT]
    assert _split(spoken) == spoken


def test_a_heading_glued_to_text_that_turns_to_the_audience_ends_there() -> None:
    """一、愿你们保有对语言的敬畏同学们，语言是… (stop 23, gn25): the audience named again glued on opens the text;
    near miss: 一、感谢同学们的支持 (no comma after them) is the heading whole."""
    lines = ["同学们：", "我讲两个愿你们。", "一、愿你们保有对语言的敬畏同学们，语言是有温度、有分量的。" + TEXT, "二、愿你们做文明互鉴的使者在座的很多同学，将来会从事外交工作。" + TEXT]
    assert _points(lines) == ["愿你们保有对语言的敬畏", "愿你们做文明互鉴的使者"]
    assert _points(["同学们：", "一、感谢同学们的支持", TEXT, "二、祝愿大家前程似锦", TEXT])[0] == "感谢同学们的支持"
