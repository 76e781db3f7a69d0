"""A list inside one paragraph (…两个方面的考虑。一是…。二是…。) ends with that paragraph: a label that opens a
later paragraph (第一，…) is no item under its last item, but a list of its own beside it."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline

TEXT = "这一条在起草过程中反复斟酌，征求了各方面意见，大家普遍赞成，认为切合实际、管用有效。"

HEAD = ("关于方案稿的说明", "同志们：", "受委托，我就方案稿作说明。")


def levels(*texts: str) -> tuple[list[str], list[str], list[str]]:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    return tuple([n.heading.rstrip("。") for n in outline.nodes() if n.depth == d] for d in (1, 2, 3))  # type: ignore[return-value]


def test_paragraph_items_after_an_inline_list_are_its_siblings() -> None:
    body = (
        "一、关于起草的背景",
        TEXT,
        "二、关于方案稿的主要考虑",
        "方案稿起草，突出了两个方面的考虑。一是坚持问题导向，解决突出矛盾。二是坚持统筹兼顾，处理好各方面关系。",
        "这里，我就几个问题介绍一下考虑。",
        "第一，关于加强统一领导。" + TEXT,
        "第二，关于优化职能配置。" + TEXT,
        "三、关于抓好落实",
        TEXT,
    )
    top, second, third = levels(*HEAD, *body)
    assert top == ["关于起草的背景", "关于方案稿的主要考虑", "关于抓好落实"]
    assert second == [
        "坚持问题导向，解决突出矛盾",
        "坚持统筹兼顾，处理好各方面关系",
        "关于加强统一领导",
        "关于优化职能配置",
    ]
    assert third == []


def test_an_inline_list_that_goes_on_in_the_next_paragraph_keeps_its_items() -> None:
    """Near miss: 三是… opening the next paragraph goes on with the list begun inside the paragraph before."""
    body = (
        "一、关于方案稿的主要考虑",
        "方案稿起草，突出了三个方面的考虑。一是坚持问题导向，解决突出矛盾。二是坚持统筹兼顾，处理好各方面关系。",
        "三是坚持依法依规，确保改革于法有据。" + TEXT,
        "二、关于抓好落实",
        TEXT,
    )
    top, second, _ = levels(*HEAD, *body)
    assert top == ["关于方案稿的主要考虑", "关于抓好落实"]
    assert second == ["坚持问题导向，解决突出矛盾", "坚持统筹兼顾，处理好各方面关系", "坚持依法依规，确保改革于法有据"]
