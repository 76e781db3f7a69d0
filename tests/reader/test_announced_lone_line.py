"""An excerpt that stops after its first point's paragraph (``top_level._announced_heading_line``)."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.outline import SourceParagraph, parse_outline
from tests.reader.mining import headings, mine

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



def test_announced_thanks_after_one_more_paragraph_of_the_opening(tmp_path: Path) -> None:
    # 我想说三个感谢。 / 这些年的成绩是大家的… / 感谢组织的培养。… (r30): the first thanks a paragraph after the count,
    # each thanks with a second paragraph of its own
    text = "\n\n".join([
        "在退休欢送会上的发言", "各位领导、各位同事：", "千言万语汇成一句话，就是感谢。我想说三个感谢。",
        "这些年档案馆取得的一点成绩，是大家的，是集体的，我只是其中的一分子。",
        "感谢组织的培养。我是农村出来的孩子，是组织一步一步把我培养成一名档案工作者。",
        "我还记得第一次参加全省档案工作会议，紧张得连发言稿都拿不稳。",
        "感谢同事们的支持。这些年，我们一起抢救了大批珍贵档案，完成了数字化改造。",
        "特别要说的是几位年轻同志，加班加点从无怨言，我打心眼里感激。",
        "感谢家人的付出。我爱人是小学老师，这么多年家里的事都是她一个人扛着。",
        "说起来惭愧，这么多年，我陪家人的时间太少了。",
        "最后，祝各位领导、各位同事身体健康、工作顺利！",
    ])
    spec, _ = mine(tmp_path, text)
    assert [h.rstrip("。") for h in headings(spec["points"])] == ["感谢组织的培养", "感谢同事们的支持", "感谢家人的付出"]
