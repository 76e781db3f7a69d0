"""…必须注意下列几项原则。第一是自卫原则。…第二是胜利原则。…第三是休战原则。… inside a later paragraph of a point: 第一是
said inside a paragraph opens a list as 一是 and 第一， do (blind54's 1940 report lost its three principles, since only
a paragraph's opening 第一是 was a label). Near miss: 第一是的 / 第一是否 are no labels."""

from __future__ import annotations

from jianggao.zh.labels import sentence_starts
from tests.reader.mining import outline_of

TEXT = "各地要结合实际，抓紧制定具体办法，确保落到实处。"


def test_an_ordinal_with_shi_inside_a_paragraph_opens_a_counted_list() -> None:
    outline = outline_of(
        "在全县信访工作会议上的讲话",
        "同志们：",
        "今天召开全县信访工作会议，我讲两个问题。",
        "一、信访工作的基本要求",
        f"信访工作是群众工作的重要组成部分。{TEXT}",
        f"化解矛盾纠纷，必须注意下列几项原则。第一是属地原则。{TEXT}第二是及时原则。{TEXT}第三是依法原则。{TEXT}",
        "二、压实各级责任",
        f"各乡镇党委书记是第一责任人。{TEXT}",
        "同志们，让我们共同努力，把信访工作做得更好！",
    )
    assert [n.heading for n in outline.points[0].children] == ["属地原则。", "及时原则。", "依法原则。"]


def test_near_miss_di_yi_shi_de_is_no_label() -> None:
    text = "他说这是第一是的。第二是否可行还要再看。"
    assert sentence_starts(text) == []
