"""首先，我代表区委…表示祝贺！ 其次，我要向…表示感谢。 最后，我对服务中心提几点希望。… (round tw, a ceremony's address):
最后 that counts the hopes it brings in is the list's last item, a point, however the hopes are said after it. 最后，
我祝… after the same items is still the closing."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

HOPES = "牌子挂起来了，关键是要把服务做实。一要热情接待每一位来访的退役军人，二要用心办好每一件实事，三要主动上门走访。"


def address(last: str) -> list[str]:
    return [
        "在区退役军人服务中心揭牌仪式上的致辞", "各位老首长、各位退役军人朋友们，同志们：",
        "今天是八一建军节，在这个特殊的日子里，我们在这里为南溪区退役军人服务中心揭牌，这是全区退役军人工作中的一件大事。",
        "首先，我代表区委、区政府，向服务中心的正式启用表示热烈的祝贺！服务中心建筑面积两千多平方米，设有综合服务大厅和就业创业指导室。",
        "其次，我要向所有为服务中心建设付出辛勤努力的同志们表示感谢。从选址、设计到装修，大家加班加点，只用了四个月就建成投用。",
        last, "谢谢大家！",
    ]


def test_the_last_item_that_counts_its_hopes_is_a_point() -> None:
    o = outline_of(*address("最后，我对服务中心提几点希望。" + HOPES))
    assert top_headings(o) == [
        "我代表区委、区政府，向服务中心的正式启用表示热烈的祝贺", "我要向所有为服务中心建设付出辛勤努力的同志们表示感谢",
        "我对服务中心提几点希望",
    ]


def test_last_wishes_after_the_items_are_the_closing() -> None:
    # near miss: 最后，我祝… counts nothing; it opens the closing
    o = outline_of(*address("最后，我祝各位老首长、各位退役军人朋友们节日快乐、身体健康、阖家幸福！"))
    assert len(top_headings(o)) == 2 and o.closing[0].text.startswith("最后，我祝")
