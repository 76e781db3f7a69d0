"""首先，… 其次，… 最后，我对全体老师提三点希望。 then 一要… 二要… 三要… (round td, a teachers' day speech): after a
run of 首先 and 其次 paragraphs, 最后 with a count is the last point, its list the point's sub-points. After 一、 二、
headings, or with no 首先 run before it, it still brings in a list of its own as before."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "过去的一年，学校中考成绩再创新高，学校获评省级智慧教育示范校，这些成绩离不开每一位老师的付出。"
HOPES = ["一要坚守育人初心。" + TEXT, "二要潜心钻研业务。" + TEXT, "三要涵养高尚师德。" + TEXT]
CLOSING = "老师们，三尺讲台连着千家万户，让我们以这次表彰为新的起点，为办好人民满意的教育作出新的更大贡献！"


def speech(first: str, second: str) -> list[str]:
    return [
        "在市实验中学教师节庆祝表彰大会上的讲话", "老师们、同志们：", "金秋九月，硕果飘香。今天我们隆重集会，庆祝教师节。",
        f"{first}我代表学校党委和校委会，向受到表彰的老师们表示热烈的祝贺！", TEXT,
        f"{second}我要向全体教职工和你们的家人表示衷心的感谢！", TEXT,
        "最后，我对全体老师提三点希望。", *HOPES, CLOSING,
    ]


def test_last_after_first_and_second_is_the_last_point() -> None:
    o = outline_of(*speech("首先，", "其次，"))
    assert top_headings(o) == [
        "我代表学校党委和校委会，向受到表彰的老师们表示热烈的祝贺", "我要向全体教职工和你们的家人表示衷心的感谢",
        "我对全体老师提三点希望",
    ]
    assert [i.heading.rstrip("。") for i in o.points[2].children] == ["坚守育人初心", "潜心钻研业务", "涵养高尚师德"]


def test_after_headings_last_still_brings_in_its_list() -> None:
    # near miss: 一、 二、 before it: 最后，… is no third heading
    o = outline_of(*speech("一、", "二、"))
    assert "我对全体老师提三点希望" not in top_headings(o)


def test_without_a_second_last_still_brings_in_its_list() -> None:
    # near miss: 首先 alone (its 其次 unwritten): no run for 最后 to close
    o = outline_of(*speech("首先，", ""))
    assert "我对全体老师提三点希望" not in top_headings(o)
