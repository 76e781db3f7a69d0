"""Salutations that name the audience in one word (乡亲们： / 战友们： / 家长朋友们：) or as the whole of a body
(全体同学： / 全县广大干部群众：), or as those present (在座的各位：): read as the salutation, not dropped as a page's label. Speeches of our own wording;
near misses: a pronoun (我们：) and a sentence that brings in a list (全体党员干部要做到：) are no salutation."""

from __future__ import annotations

import pytest

from jianggao.reader.outline import SourceParagraph, parse_outline

BODY = (
    "今天我们在这里召开表彰大会，我讲三点意见。",
    "第一，要充分认识脱贫攻坚的重大意义。这是一场硬仗，全镇上下必须打赢。",
    "第二，要学习身边的先进典型。他们是我们的榜样，要广泛宣传他们的事迹。",
    "第三，要巩固脱贫成果。脱贫不是终点，而是新生活的起点。",
)


def read(line: str):
    paragraphs = ("在全镇脱贫攻坚表彰大会上的讲话", line, *BODY)
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paragraphs)])


@pytest.mark.parametrize(
    "line", ["乡亲们：", "战友们：", "家长朋友们：", "全体同学：", "全体党员同志们：", "全县广大干部群众：", "在座的各位："]
)
def test_the_audience_in_one_word_is_the_salutation(line: str) -> None:
    outline = read(line)
    assert outline.salutation == line[:-1]
    assert outline.dropped == []
    assert len(outline.points) == 3


@pytest.mark.parametrize("line", ["我们：", "全体党员干部要做到：", "全市上下要做到："])
def test_a_pronoun_or_a_sentence_is_no_salutation(line: str) -> None:
    outline = read(line)
    assert outline.salutation == ""
    assert len(outline.points) == 3


@pytest.mark.parametrize("line", ["驻市部队首长，各位老同志，同志们：", "学弟学妹们，各位老师："])
def test_short_phrases_naming_the_audience_the_last_an_address(line: str) -> None:
    """(stop 23, gk25 and gl23) the earlier phrases need not open as a salutation does."""
    outline = read(line)
    assert outline.salutation == line[:-1]
    assert len(outline.points) == 3


@pytest.mark.parametrize("line", ["会议要求，各位同志：", "我们要感谢，同志们："])
def test_a_sentence_before_the_address_is_no_salutation_line(line: str) -> None:
    assert read(line).salutation != line[:-1]
