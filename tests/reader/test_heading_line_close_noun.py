"""A heading that stands on a line of its own, with no sentence end anywhere in its paragraph, whose words go on
after a noun that often closes a first heading (…的使命感落实好… / …的责任感推动…): the close noun does not end
it; only a heading glued to a text (a sentence end or a clause mark after the noun) is cut there."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.heading_end import heading_end
from jianggao.zh.labels import first_sentence_end
from tests.speech_files import outline_levels, read_copy


def _end(after: str, flattened: bool = False) -> str:
    return after[: heading_end(after, first_sentence_end(after), 2, flattened)]


def test_a_heading_line_going_on_past_its_close_noun_is_whole() -> None:
    line = "提高政治站位，以强烈的责任感推动河湖治理落地"
    assert _end(line) == line


def test_a_heading_line_in_a_speech_is_whole(tmp_path: Path) -> None:
    body = "今年以来，全县上下按照市里的统一部署，扎实推进河湖长制各项工作，取得了阶段性成效，群众满意度明显提升。"
    text = (
        "在全县河湖长制工作会议上的讲话\n同志们：\n今天召开会议，部署河湖长制工作。我讲两点意见。\n"
        "一、统一思想，以高度的使命感和紧迫感落实好河长制湖长制\n" + body + "\n"
        "二、突出重点，以更大的力度推进河湖治理\n" + body + "\n"
    )
    assert outline_levels(read_copy(tmp_path, text))[0] == [
        "统一思想，以高度的使命感和紧迫感落实好河长制湖长制",
        "突出重点，以更大的力度推进河湖治理",
    ]


def test_a_heading_glued_to_its_text_still_ends_at_the_close_noun() -> None:
    """Near miss: the words after the noun run into a sentence of text; the heading ends at the noun."""
    after = "统一思想，深刻认识防汛工作的极端重要性今年汛期来得早、雨量大，全县防汛形势十分严峻。"
    assert _end(after) == "统一思想，深刻认识防汛工作的极端重要性"
