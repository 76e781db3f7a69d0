"""一、… / 第一阶段为… 第二阶段为… 第三阶段为… (a list of paragraphs) / 以上每一个阶段，…。同时要抓住两个关键点：一是…；
二是…: the paragraph that opens by taking up the whole list above (以上每一个阶段 / 上述几项措施) closes it, so the list it
brings in is the point's second list, beside the first, not words of the last item (a parents' meeting talk of the
studied set lost its 一是 and 二是). Near miss: a paragraph that goes on about the last item (这一阶段…) leaves the list
open, and its 一是… is the item's reasoning, no sub-point."""

from __future__ import annotations

import pytest

from tests.reader.mining import outline_of

TEXT = "这段时间要把基础打牢，学校会安排专门的课程和辅导。"


def lines(after: str) -> list[str]:
    return [
        "在高一新生家长会上的讲话",
        "各位家长：",
        "今天和大家交流两件事。",
        "一、关于高中三年的安排",
        f"第一阶段为入学至第一次月考。{TEXT}",
        f"第二阶段为第一次月考至高一结束。{TEXT}",
        f"第三阶段为高二至高三。{TEXT}",
        f"{after}同时我们会关注孩子学习中的两个关键点：一是保持孩子学习的信心。信心比什么都重要；二是培养孩子科学的方法。方法对了事半功倍。",
        "二、关于家校配合",
        f"家长要多和老师沟通，{TEXT}",
        "谢谢大家！",
    ]


@pytest.mark.parametrize("after", ["以上每一个阶段，学校都会通过选修课和社团穿插落实。", "上述三个阶段的安排会在开学后发给大家。"])
def test_a_list_brought_in_after_the_paragraph_that_sums_up_the_first_is_the_points(after: str) -> None:
    point = outline_of(*lines(after)).points[0]
    assert [n.heading for n in point.children] == [
        "第一阶段为入学至第一次月考。",
        "第二阶段为第一次月考至高一结束。",
        "第三阶段为高二至高三。",
        "保持孩子学习的信心。",
        "培养孩子科学的方法。",
    ]


def test_near_miss_a_paragraph_going_on_about_the_last_item_leaves_its_list_open() -> None:
    point = outline_of(*lines("这一阶段任务最重，学校会加强指导。")).points[0]
    assert len(point.children) == 3
