"""A bracketed or numbered list a sentence brings in with a colon and runs on inside its paragraph
(规划要分三级：（一）村的规划。…（二）乡的规划。…（三）县的规划。…): annotators count its items as the point's
sub-points, as they count 一是…二是… said inside a paragraph (``page_repair.colon_list_items``)."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline


def levels(*texts: str) -> tuple[list[str], list[str], list[str]]:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    by_depth: dict[int, list[str]] = {1: [], 2: [], 3: []}
    for n in outline.nodes():
        by_depth.setdefault(n.depth, []).append(n.heading.rstrip("。；"))
    return by_depth[1], by_depth[2], by_depth[3]


def speech(*first_point: str) -> tuple[str, ...]:
    return (
        "在全县农村工作会议上的讲话", "同志们：", "今天我讲两个问题。",
        "一、关于规划问题", *first_point,
        "二、关于干部问题", "干部是决定因素，各级党委要把干部选好、用好、管好，让他们放开手脚干事。",
        "同志们，让我们把今年的农村工作做得更好。",
    )


PLANS = (
    "规划要分三级来做：（一）村的规划。每个村都要有自己的规划，小也要有，让村干部学会这一套。"
    "（二）乡的规划。全县二十一个乡，每个乡都要拿出规划来，乡党委书记亲自抓。"
    "（三）县的规划。县委要统筹全县，把各乡的规划汇总起来，年底前拿出全县的规划。"
)


def test_a_bracketed_list_a_colon_brings_in_is_the_points_sub_points() -> None:
    top, subs, _ = levels(*speech(PLANS))
    assert top == ["关于规划问题", "关于干部问题"]
    assert subs == ["村的规划", "乡的规划", "县的规划"]


def test_a_colon_list_after_an_inline_list_of_an_earlier_paragraph_is_its_sibling_not_nested() -> None:
    earlier = "规划的内容有这么几项：一是生产的规划；二是副业的规划；三是文教卫生的规划。这几项都要有，缺一不可，各乡要对照检查。"
    _, subs, deeper = levels(*speech(earlier, PLANS))
    assert subs == ["生产的规划", "副业的规划", "文教卫生的规划", "村的规划", "乡的规划", "县的规划"]
    assert deeper == []


def test_a_numbered_list_a_colon_brings_in_is_read_too() -> None:
    text = PLANS.replace("（一）", "1.").replace("（二）", "2.").replace("（三）", "3.")
    assert levels(*speech(text))[1] == ["村的规划", "乡的规划", "县的规划"]


def test_near_misses_stay_text() -> None:
    """Items out of order; one item alone; a list inside another's words in brackets; items parted by commas."""
    out_of_order = PLANS.replace("（二）", "（四）")
    alone = "规划要从村做起：（一）村的规划。每个村都要有自己的规划，小也要有，让村干部学会这一套。"
    quoted = "（老支书的话：（一）村的规划。每个村都要有。（二）乡的规划。每个乡都要有。）这话今天听来还是对的。"
    commas = "规划要分三级：（一）村的规划，（二）乡的规划，（三）县的规划，各级都要抓紧。"
    for text in (out_of_order, alone, quoted, commas):
        assert levels(*speech(text))[1] == [], text
