"""A two-clause heading on a flattened page whose own last words open like text (``heading_end``)."""

from __future__ import annotations

from jianggao.reader.heading_end import heading_end


def cut(after: str) -> str:
    return after[: heading_end(after, after.index("。"), 2, True)]


def test_closing_words_that_open_like_text_stay_in_the_heading() -> None:
    """当前 opens the heading's last two words, and the sentence ends right after them: no text begins there."""
    after = "凝聚共识,全面看清当前形势。总体上看,今年全乡的各项工作开局平稳,主要指标都在往好的方向走"
    assert cut(after) == "凝聚共识,全面看清当前形势"


def test_a_sentence_of_text_after_the_second_clause_still_ends_the_heading() -> None:
    """Near miss: after 当前 a whole sentence of text runs on, so the heading ends before it."""
    after = "凝聚共识,全面看清形势当前全乡的各项工作开局平稳,主要指标都在往好的方向走。下一步要抓好落实"
    assert cut(after) == "凝聚共识,全面看清形势"


def test_a_heading_line_with_no_sentence_end_is_not_cut() -> None:
    """A heading line of its own on a page that lost other breaks (jt25): no sentence's end, so no text in it."""
    after = "充分肯定成绩，准确把握“三农”工作面临的新形势"
    assert after[: heading_end(after, len(after), 2, True)] == after
