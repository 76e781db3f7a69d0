"""A heading glued to its text with no mark, where the text opens with a verb and a word of the heading longer
than the eight characters a taken-up word is looked for at (…高度重视城乡居民基本养老保险扩面工作建立城乡居民基本
养老保险制度是…): the heading ends before the verb, not inside the long word."""

from __future__ import annotations

from jianggao.reader.heading_end import heading_end
from jianggao.zh.labels import first_sentence_end


def _end(after: str) -> str:
    return after[: heading_end(after, first_sentence_end(after), 2, False)]


def test_a_verb_and_a_long_word_of_the_heading_open_the_text() -> None:
    after = (
        "统一思想，提高认识，高度重视城乡居民基本养老保险扩面工作建立城乡居民基本养老保险制度是党中央、国务院"
        "作出的一项重大决策，事关广大群众的切身利益。"
    )
    assert _end(after) == "统一思想，提高认识，高度重视城乡居民基本养老保险扩面工作"


def test_another_verb_and_word() -> None:
    after = (
        "明确任务，压实责任，扎实推进农村生活垃圾分类处理试点工作推行农村生活垃圾分类处理试点是改善人居环境的"
        "重要抓手，各乡镇务必抓紧抓实。"
    )
    assert _end(after) == "明确任务，压实责任，扎实推进农村生活垃圾分类处理试点工作"


def test_a_short_word_taken_up_without_a_verb_still_ends_there() -> None:
    """Near miss: the text opens with the heading's word itself (no verb, the word no longer to the left)."""
    after = "加快项目建设，确保重点项目早日落地见效项目签约只是第一步，落地投产才是硬道理，各地要盯紧抓实。"
    assert _end(after) == "加快项目建设，确保重点项目早日落地见效"


def test_a_heading_line_saying_a_word_twice_is_whole() -> None:
    """着力建设堪当现代化建设重任的…队伍 (ib22 of the everyday suite): a paragraph with no sentence, closing with a
    word headings close with, takes up no word of its own; the near miss above (a sentence after) still ends."""
    after = "坚持好干部标准，着力建设堪当现代化建设重任的高素质干部队伍"
    assert _end(after) == after


def test_the_headings_first_clause_said_again_as_the_texts_subject() -> None:
    """坚持党的领导，确保…方向坚持党的领导，是…原则 (hw11 of the everyday suite, a flattened page): the heading ends where
    the text says its first clause again before 是."""
    after = "坚持党的领导，确保人大工作正确政治方向坚持党的领导，是人民代表大会制度的根本原则，也是做好人大工作的根本保证。"
    assert _end(after) == "坚持党的领导，确保人大工作正确政治方向"


def test_the_first_clause_said_again_without_being_the_subject_cuts_nothing() -> None:
    """Near miss: the clause said again with no 是 after it (…方向坚持党的领导不动摇，…) is no subject: nothing cut there."""
    after = "坚持党的领导，确保人大工作正确政治方向坚持党的领导不动摇，把党的主张贯穿人大工作全过程。"
    assert _end(after) == after
