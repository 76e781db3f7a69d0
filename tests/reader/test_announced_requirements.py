"""A lone first point on a page cut short, announced as requirements (提一些要求。) rather than by a count."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline

POINT = (
    "一是各村要当好护林防火的第一道关口。山林就在村民家门口，哪里有人上山烧纸、哪里有人烧荒，村干部最清楚。"
    "各村要把巡山员配齐配强，清明、冬至前后要天天上山，发现火情第一时间报告，绝不能等到火烧大了才想起来"
)


def top(before: str) -> list[str]:
    texts = ("在全乡护林防火工作会议上的讲话", "同志们：", before, POINT)
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)], page_cut=True)
    return [n.heading for n in outline.nodes() if n.depth == 1]


def test_a_lone_first_point_after_requirements_are_announced() -> None:
    before = "今年春季气温偏高、降雨偏少，森林火险等级居高不下。借这次会议，我给大家提一些要求。"
    assert top(before) == ["各村要当好护林防火的第一道关口。"]


def test_a_demand_made_of_the_hearers_announces_no_list() -> None:
    """Near miss: 提出了更高的要求 says what others ask of us; the lone 一是 is no point."""
    before = "今年春季气温偏高、降雨偏少，上级对我们的护林防火工作提出了更高的要求。"
    assert top(before) == []
