"""No numbers: 也提几点希望。 then paragraphs that open with 要 and a heading sentence of two clauses
(要持续深化理论武装，把学习成果转化为推动发展的实际成效。, round sx) are the points, though longer than the short 要
leads (要志存高远。) read so before. Long 要 sentences of one clause, or of many, are text."""

from __future__ import annotations

from jianggao.reader.outline import Outline
from tests.reader.mining import outline_of, top_headings


def leads(*lines: str) -> Outline:
    return outline_of(*lines, unnumbered_leads=True)


TEXT = "常委班子要坚持把学习贯彻党的创新理论作为首要政治任务，健全完善学习制度，推动理论学习往深里走、往实里走、往心里走。"


def test_two_clause_charges_after_an_announcement_are_the_points() -> None:
    o = leads(
        "在区委常委会民主生活会上的点评",
        "同志们：",
        "今天，区委常委班子召开民主生活会，我们督导组全程参加了会议，总的看，会议开得严肃认真。在肯定成绩的同时，也提几点希望。",
        "要持续深化理论武装，把学习成果转化为推动发展的实际成效。" + TEXT,
        "要坚决抓好问题整改，以整改实效取信于民。" + TEXT,
        "要切实加强班子自身建设，当好全区党员干部的表率。" + TEXT,
        "同志们，民主生活会开得好不好，最终要看整改落实得好不好。",
    )
    assert top_headings(o) == ["要持续深化理论武装，把学习成果转化为推动发展的实际成效", "要坚决抓好问题整改，以整改实效取信于民", "要切实加强班子自身建设，当好全区党员干部的表率"]


def test_long_one_clause_charges_are_text() -> None:
    # near miss: leads of one long clause each are sentences of text
    o = leads(
        "在区委常委会民主生活会上的点评",
        "同志们：",
        "今天，区委常委班子召开民主生活会，我们督导组全程参加了会议，总的看，会议开得严肃认真。在肯定成绩的同时，也提几点希望。",
        "要把学习贯彻党的创新理论作为常委班子的首要政治任务来抓。" + TEXT,
        "要对照检查出的问题逐条制定整改措施并按期完成整改任务。" + TEXT,
        "要严格执行民主集中制和常委会议事规则推动班子团结协作。" + TEXT,
        "同志们，民主生活会开得好不好，最终要看整改落实得好不好。",
    )
    assert top_headings(o) == []
