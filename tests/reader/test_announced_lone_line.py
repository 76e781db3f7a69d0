"""An excerpt that stops after its first point's paragraph (``top_level._announced_heading_line``)."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline

TEXT_UNDER = (
    "防汛的事情，最怕的是临时抱佛脚。各村要把责任落实到具体的人，哪段河堤谁来守、哪户群众谁来转移、"
    "物资放在哪里，都要写在纸上、贴在墙上，汛期到来之前逐一演练一遍，发现漏洞立即补上。"
)


def top(*texts: str) -> list[str]:
    head = ("在全镇防汛工作会议上的讲话", "同志们：")
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(head + texts)])
    return [n.heading for n in outline.nodes() if n.depth == 1]


def test_a_lone_first_line_after_an_announcement_with_a_colon_is_the_first_point() -> None:
    opening = "刚才几位同志的发言都很实在，我都同意。下面，我再强调三点要求："
    assert top(opening, "第一，要把防汛责任压实到村到户到人", TEXT_UNDER) == ["要把防汛责任压实到村到户到人"]


def test_a_lone_first_sentence_without_an_announcement_stays_text() -> None:
    """Near miss: the paragraph before announces nothing, so a lone 第一， is a turn of phrase."""
    opening = "刚才几位同志的发言都很实在，我都同意，回去以后要认真抓好落实。"
    assert top(opening, "第一，要把防汛责任压实到村到户到人", TEXT_UNDER) == []
