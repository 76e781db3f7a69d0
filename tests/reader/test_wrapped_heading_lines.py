"""A numbered heading whose line a copy broke: after its label (三、 / 结语) or after a comma of a short heading
(一、统一思想， / 提高认识). The two lines are one heading again (``page_repair.rejoin_wrapped_headings``); a
label left with no words at all (三、 over its own sub-points) reads as a point with an empty heading, never
as an error. A heading line that lost its number between two numbered neighbours (一、 / 突出重点 / 三、) gets the
missing label back when it is the only such line in the gap (``page_repair.restore_lost_labels``)."""

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


def test_a_heading_line_that_lost_its_number_between_its_neighbours_gets_it_back() -> None:
    lines = ["同志们：", "一、统一思想，提高认识", TEXT, "突出重点，狠抓落实", TEXT, "三、强化保障，严格考核", TEXT]
    assert _points(lines) == ["统一思想，提高认识", "突出重点，狠抓落实", "强化保障，严格考核"]
    numbered = ["同志们：", "（一）统一思想", TEXT, "突出重点", TEXT, "（三）强化保障", TEXT]
    assert [n.label for n in parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(numbered)]).points] == ["（一）", "（二）", "（三）"]


def test_a_lost_number_with_two_bare_lines_or_no_gap_is_left_alone() -> None:
    """Near misses: two bare short lines in the gap (which one?) or a run with no number missing: no label is
    made up."""
    two = ["同志们：", "一、统一思想", TEXT, "突出重点", "狠抓落实", TEXT, "三、强化保障", TEXT]
    assert _points(two) == ["统一思想", "强化保障"]
    whole = ["同志们：", "一、统一思想", TEXT, "抓好三件事", TEXT, "二、强化保障", TEXT]
    assert _points(whole) == ["统一思想", "强化保障"]


def _notes(lines: list[str]) -> list[str]:
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)]).notes


def test_the_report_names_each_repair_for_the_writer_to_check() -> None:
    """Rejoining a heading line and giving one its lost label change no words, but the reading is the reader's:
    the report names the paragraph, so the writer can check it."""
    joined = _notes(_speech("三、强化保障，", "严格考核"))
    assert "第 7 段的小标题断在两行，已与下一行“严格考核”合为一行，请核对" in joined
    lines = ["同志们：", "一、统一思想，提高认识", TEXT, "突出重点，狠抓落实", TEXT, "三、强化保障，严格考核", TEXT]
    assert "第 4 段“突出重点，狠抓落实”像是丢了序号，已按前后的小标题补作“二、”，请核对" in _notes(lines)
    clean = ["同志们：", "一、统一思想，提高认识", TEXT, "二、突出重点，狠抓落实", TEXT, "三、强化保障，严格考核", TEXT]
    assert not any("请核对" in note for note in _notes(clean))


def test_a_heading_line_broken_mid_word_with_no_comma_is_one_again() -> None:
    """二、突出重 / 点狠抓落实: the only heading of the run over a short line that ends no sentence, with text under
    it, its siblings over text, the two no longer than the siblings: one heading again, said in the report."""
    lines = _speech("三、强化保", "障严格考核")
    assert _points(lines) == ["统一思想，提高认识", "突出重点，狠抓落实", "强化保障严格考核"]
    assert "第 7 段的小标题像是断在两行，已与下一行“障严格考核”合为一行，请核对" in _notes(lines)


def test_a_short_line_under_every_heading_is_no_broken_heading() -> None:
    """(near misses) Short unnumbered lines under every heading of the run are sub-headings of each; a short line
    under one heading that would make it far longer than the others is no rest of it."""
    lines = ["同志们：", "一、统一思想", "思想认识", TEXT, "二、突出重点", "重点任务", TEXT, "三、强化保障", "保障措施", TEXT]
    assert _points(lines) == ["统一思想", "突出重点", "强化保障"]
    long_rest = ["同志们：", "一、统一思想", TEXT, "二、突出重点", TEXT, "三、强化保障", "各级各部门的主要负责同志亲自抓落实", TEXT]
    assert _points(long_rest)[2] == "强化保障"
