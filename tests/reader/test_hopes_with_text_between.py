"""No numbers: 我想对大家提几点希望。 then paragraphs that open with alike short leads (希望你们…。), each point's further
paragraphs between them (这几年，…), are the points, as many as follow within a few paragraphs of each other (the
stop-51 work, on a commencement speech of round rq); the first must come right after the words that announce them.
A few words (说几句心里话。) count only hopes said in a row (ii04's writer)."""

from __future__ import annotations

from jianggao.reader.outline import Outline
from tests.reader.mining import outline_of, top_headings

MORE = "走出校园，你们会遇到各种各样的说法，有的有道理，有的没道理，要学会独立思考，不人云亦云。"
BETWEEN = "这几年，网络上各种信息真假难辨，一些似是而非的说法传播得比事实还快，大家要多读书、多求证。"


def leads(*lines: str) -> Outline:
    return outline_of(
        "在2024届本科生毕业典礼上的讲话",
        "亲爱的同学们：",
        "今天，我们在这里为五千多名本科毕业生举行毕业典礼。四年来，你们在这里学习、生活，留下了难忘的青春记忆。",
        *lines,
        "同学们，母校永远是你们的家。最后，祝福同学们前程似锦、一生平安！",
        unnumbered_leads=True,
    )


HOPES = [
    "希望你们始终保持对真理的敬畏。" + MORE,
    BETWEEN,
    "希望你们学会与不确定性相处。" + MORE,
    BETWEEN,
    "希望你们永远不要忘记来时的路。" + MORE,
]


def test_announced_hopes_with_text_between_are_the_points() -> None:
    o = leads("离别之际，作为校长，我想对大家提几点希望。", *HOPES)
    assert top_headings(o) == ["希望你们始终保持对真理的敬畏", "希望你们学会与不确定性相处", "希望你们永远不要忘记来时的路"]


def test_hopes_that_do_not_follow_the_announcement_are_text() -> None:
    # near miss: a paragraph of other text between the announcement and the first hope
    o = leads("离别之际，作为校长，我想对大家提几点希望。", BETWEEN, *HOPES)
    assert top_headings(o) == []


def test_a_few_words_announce_only_hopes_said_in_a_row() -> None:
    # near miss: 我想和大家说几句心里话。 announces a few words, not points; hopes said apart stay text (ii04's writer)
    o = leads("在即将离开校园的时候，作为校长，我想和大家说几句心里话。", *HOPES)
    assert top_headings(o) == []
