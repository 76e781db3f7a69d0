"""Counts said with a measure word and the thing counted (第一重分量，是责任 / 第一张名片，是“灯” / 第一道防线，是车身):
a commencement's or a launch's way of numbering its points, read as 第一，… is; 第一重要的是 and 第一把手 are no count."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "从穿上白大衣的这一刻起，你们就要意识到，学医不是为自己学的，而是为将来把生命托付给你们的病人学的。"


def test_a_measure_word_and_its_noun_count_the_points() -> None:
    o = outline_of(
        "白大衣的重量",
        "亲爱的同学们：",
        "今天，我想和大家聊一聊这件白大衣的三重分量。",
        "第一重分量，是责任。" + TEXT,
        TEXT,
        "第二重分量，是敬畏。" + TEXT,
        "第三重分量，是温度。" + TEXT,
        "同学们，愿你们不负这身白衣。",
    )
    assert top_headings(o) == ["责任", "敬畏", "温度"]


def test_cards_and_gifts_counted_the_same_way() -> None:
    o = outline_of(
        "在文旅推介会上的致辞",
        "各位来宾：",
        "今天我给大家递上三张名片。",
        "第一张名片，是“灯”。" + TEXT,
        "第二张名片，是“水”。" + TEXT,
        "第三张名片，是“味”。" + TEXT,
        "欢迎大家常来。",
    )
    assert top_headings(o) == ["“灯”", "“水”", "“味”"]


def test_thanks_counted_by_voice() -> None:
    # (第一声感谢，送给…: a toast's thanks, round sz)
    o = outline_of(
        "在公司新春年会上的致辞",
        "各位同事、各位家属：",
        "借这个机会，我想说三声感谢。",
        "第一声感谢，送给一线的兄弟姐妹。" + TEXT,
        "第二声感谢，送给我们的家属。" + TEXT,
        "第三声感谢，送给我们的客户和合作伙伴。" + TEXT,
        "最后，我提议，为公司的明天干杯！",
    )
    assert top_headings(o) == ["送给一线的兄弟姐妹", "送给我们的家属", "送给我们的客户和合作伙伴"]


def test_first_important_and_the_first_hand_are_no_counts() -> None:
    o = outline_of(
        "在全县安全生产会议上的讲话",
        "同志们：",
        "第一重要的是，思想上要绷紧安全这根弦。" + TEXT,
        "第二重要的是，责任要落到人头。" + TEXT,
        "第一把手是，安全生产的第一责任人。" + TEXT,
        "第二把手是，分管负责人。" + TEXT,
        "同志们，安全无小事。",
    )
    assert top_headings(o) == []


def test_sums_of_wealth_counted_the_same_way() -> None:
    """第一笔财富，是坚韧不拔的意志品质 (stop 42, un21): three sums of wealth a training left, counted so."""
    o = outline_of(
        "在新生军训总结表彰大会上的讲话",
        "同学们：",
        "军训给大家留下了三笔宝贵的财富。",
        "第一笔财富，是坚韧不拔的意志品质。" + TEXT,
        "第二笔财富，是令行禁止的纪律观念。" + TEXT,
        "第三笔财富，是团结协作的集体精神。" + TEXT,
        "同学们，愿你们不负韶华。",
    )
    assert top_headings(o) == ["坚韧不拔的意志品质", "令行禁止的纪律观念", "团结协作的集体精神"]


def test_promises_counted_with_ge() -> None:
    """第一个约定，是做一个爱阅读的孩子。 (stop 42, ut16): a headmaster's promises to his pupils, counted with 个."""
    o = outline_of(
        "新学期，我们一起出发",
        "亲爱的老师们、同学们：",
        "同学们，新学期开始了，校长想和大家做三个约定。",
        "第一个约定，是做一个爱阅读的孩子。" + TEXT,
        "第二个约定，是做一个爱运动的孩子。" + TEXT,
        "第三个约定，是做一个讲文明、守规则的孩子。" + TEXT,
        "同学们，祝你们新学期快乐！",
    )
    assert top_headings(o) == ["做一个爱阅读的孩子", "做一个爱运动的孩子", "做一个讲文明、守规则的孩子"]
