"""A report's part whose sub-headings are short lines of their own over long text, the first and the last opened by
the speaker's order words (先说工业战线上的情况 / … / 以下再说农业战线上的情况 / … / 最后说到文教战线上的情况): all of
them are the part's sub-headings, not a 先…最后 count of two (the stop-66 reading of a 1958 government work report,
whose gold and second annotator both take the four lines). Near miss: the same order words opening sentences of
text are no sub-heading lines. Our own report, after that skeleton."""

from __future__ import annotations

from .mining import outline_of

TEXT = "全年完成投资一百二十亿元，比上年增长百分之十五，新建和扩建项目陆续投产，生产能力显著提高，主要产品产量全面超额完成计划。"
LINES = ["先说工业战线上的情况", "以下再说农业战线上的情况", "以下我们还要说到交通运输和商业战线上的情况", "最后说到文教战线上的情况"]


def _sub_points(lines: list[str]) -> list[str]:
    body = ["各位代表：", "一、过去一年的主要工作", "过去一年，全省各条战线都取得了很大的成绩。"]
    for line in lines:
        body += [line, TEXT, TEXT]
    outline = outline_of(*body, "二、今年的主要任务", TEXT, "三、加强政府自身建设", TEXT, "各位代表，让我们共同努力！")
    return [child.heading for child in outline.points[0].children]


def test_order_word_lines_stand_with_the_parts_other_sub_heading_lines() -> None:
    assert _sub_points(LINES) == LINES


def test_order_words_opening_sentences_of_text_are_no_sub_headings() -> None:
    sentences = [f"{line}，{TEXT}" for line in LINES]
    assert _sub_points(sentences) == []
