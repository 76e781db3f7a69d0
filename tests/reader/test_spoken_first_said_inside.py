"""…从图上看，这里面的第一个挑战就是部署方式多变。… / … / 第二个挑战就是数据缺失。… / 第三个挑战就是口径不一。…: a spoken
count whose second and third items open paragraphs, its first said inside a paragraph a little before in the same
words: the first item is read there (blind54's live talk lost it, and its count with it). Near miss: when the first
opens a paragraph of its own (先说第一个事，…), the same words in a preview before it are no item."""

from __future__ import annotations

from tests.reader.mining import outline_of

TEXT = "这个问题在很多团队里都出现过，处理起来要花不少工夫，我们也踩过不少坑。"


def test_a_spoken_first_said_inside_a_paragraph_before_its_second() -> None:
    outline = outline_of(
        "可观测性在服务网格中的实践",
        "大家好，今天跟大家分享三部分内容。",
        "一、项目的由来",
        f"项目最早是为了解决调用链追踪的问题。{TEXT}",
        "二、面对的挑战",
        f"从架构图上看，这里面的第一个挑战就是部署方式多变。{TEXT}",
        f"有的团队用边车模式，有的团队不用。{TEXT}",
        f"第二个挑战就是追踪数据缺失。{TEXT}",
        f"第三个挑战就是指标口径不一。{TEXT}",
        "三、总结",
        f"以上就是今天的分享。{TEXT}",
        "谢谢大家！",
    )
    assert [n.heading for n in outline.points[1].children] == ["部署方式多变。", "追踪数据缺失。", "指标口径不一。"]


def test_near_miss_a_preview_before_a_first_that_opens_its_paragraph() -> None:
    outline = outline_of(
        "在村民大会上的讲话",
        "乡亲们：",
        "今天我主要说两个事。第一个事，说说修路；第二个事，说说流转。",
        f"先说第一个事，修路。{TEXT}",
        f"第二个事，说说土地流转。{TEXT}",
        "好，就说这些。",
    )
    assert len(outline.points) == 2
    assert outline.points[0].paragraph == 4
