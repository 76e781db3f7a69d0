"""Marks a document or a collection prints around a speech's title: 附件 / 附件2： and a page number (-1-) before
it, 【第一篇】 after it. Titles of our own wording (studied on corpus/blind16), beside near misses.
"""

from __future__ import annotations

import pytest

from jianggao.reader.header import title_line

TITLE = "在全县冬春水利建设动员会上的讲话"


@pytest.mark.parametrize("line", ["附件" + TITLE, "附件2：" + TITLE, "-1-" + TITLE, "— 3 —" + TITLE, TITLE + "【第一篇】", TITLE + "【篇二】"])
def test_a_documents_or_collections_marks_go_from_the_title(line: str) -> None:
    assert title_line(line) == (TITLE, [])


@pytest.mark.parametrize("line", ["附件一览表", "-1-", "第一篇章：奋进新时代"])
def test_marks_with_no_title_after_them_or_a_titles_own_words_stay(line: str) -> None:
    # near miss: nothing that reads as a title after the mark, or 篇 inside a title's own words
    assert title_line(line) == (line, [])
