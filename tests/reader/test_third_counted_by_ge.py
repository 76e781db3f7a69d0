"""一个是，… 再一个是，… 第三个，… 最后一个，… (round tq, a vice mayor on site): a speaker who counts "one is…, another
is…" may count his third by its number; it is the third point, not text of the second. Under a count of his own said
before (第二个问题，… 一个是… 再一个是… 第三个，…) the list keeps to that item, as before."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "农村公路弯多、坡陡、临水临崖的路段不少，去年全市农村公路发生的事故比前年多了三起，这个问题必须引起高度重视。"


def onsite(*before: str) -> list[str]:
    return [
        "在全市“四好农村路”建设现场推进会上的讲话", "同志们：", "今天这个会是在现场开的。上午大家跟着看了三个县的路，下面我讲几点。",
        *before,
        "一个是，要看到我们和先进地区的差距。" + TEXT, "再一个是，要抓住建、管、养、运这几个重点环节。" + TEXT,
        "第三个，要把安全放在突出位置。" + TEXT, "最后一个，要压实各级责任。" + TEXT,
        "同志们，要致富，先修路，这句话我们讲了几十年，现在仍然没有过时。",
    ]


def test_a_third_counted_by_its_number_is_the_third_point() -> None:
    assert top_headings(outline_of(*onsite())) == [
        "要看到我们和先进地区的差距", "要抓住建、管、养、运这几个重点环节", "要把安全放在突出位置", "要压实各级责任",
    ]


def test_under_a_count_said_before_the_list_keeps_to_its_item() -> None:
    # near miss: 第一个问题，… 第二个问题，… before it: the one-is list is the second problem's, as before
    o = outline_of(*onsite("第一个问题，为什么要抓农村公路。" + TEXT, "第二个问题，今年重点抓什么。"))
    assert top_headings(o)[:2] == ["为什么要抓农村公路", "今年重点抓什么"]
