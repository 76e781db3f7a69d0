"""从教学目标上看，这节课定位是准的。 / 从教学过程上看，… / 从教学效果上看，… (rounds tq and ty, a reviewer's comments on
a lesson or a site tour): with nothing numbered, three or more paragraphs in a row that each open with a point of view
of their own are the points, each lead sentence (frame included) its heading. Under numbered headings such paragraphs
(从国际看，… 从国内看，…, a situation weighed) stay text, as writers read them; two in a row are no run."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "一次函数是整个初中代数的重点，小蒋老师抓住了图像和解析式的对应关系，设计了三个层次的问题，学生跟得上。"
VIEWS = ["从教学目标上看，这节课定位是准的。", "从教学过程上看，节奏还可以再调一调。", "从教学效果上看，学生的参与度是高的。"]


def comments(*views: str, heading: str = "") -> list[str]:
    return [
        "在八年级数学组校本教研评课活动上的点评", "各位老师：", "今天上午我们一起听了小蒋老师的课，我简单谈谈看法。",
        *([heading] if heading else []), *(v + TEXT for v in views),
        "总的来说，这是一节有想法、有设计的课，希望大家多听多评，共同提高。",
    ]


def test_points_of_view_in_a_row_are_the_points() -> None:
    o = outline_of(*comments(*VIEWS))
    assert top_headings(o) == ["从教学目标上看，这节课定位是准的", "从教学过程上看，节奏还可以再调一调", "从教学效果上看，学生的参与度是高的"]


def test_two_points_of_view_are_no_run() -> None:
    # near miss: two framed paragraphs only
    assert top_headings(outline_of(*comments(*VIEWS[:2]))) == []


def test_points_of_view_under_a_numbered_heading_stay_text() -> None:
    # near miss: a numbered heading over them: they weigh its situation, no sub-points
    o = outline_of(*comments(*VIEWS, heading="一、客观看待这节课的得失"))
    assert top_headings(o) == ["客观看待这节课的得失"] and o.points[0].children == []
