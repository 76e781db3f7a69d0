"""先说成绩。 一个是… 再一个是… 还有一个是… 再说不足。… 还有就是老师们的负担。… 最后说说下学期。 (round ty, a
kindergarten head's summing-up): the count said with 说 goes on with 说; the going-on words after a 一个是 inside an item
go on with that item's list, and 还有就是 without 说 goes on with the text of the item before. 再说说 in its place is the
count's next."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "这个学期我们全面推开了课程游戏化，每个班都建了区角，家长开放日来了四百多位家长，大家都说孩子变化很大。"


def summing_up(first: str, more: str, last: str) -> list[str]:
    return [
        "在2024年春季学期教职工总结会上的讲话", "亲爱的老师们：", "下午好！孩子们昨天已经放假了，园里一下子安静下来。我简单说几句。",
        f"{first}成绩。" + TEXT, "一个是安全零事故。" + TEXT, "再一个是保教质量有提升。" + TEXT, "还有一个是家园共育更紧密了。" + TEXT,
        "再说不足。" + TEXT, "家长沟通上也有不到位的地方。" + TEXT, f"{more}老师们的负担。" + TEXT,
        f"{last}下学期。" + TEXT, "老师们，幼儿园的工作琐碎而辛苦。祝大家暑假愉快！",
    ]


def test_a_count_said_with_shuo_goes_on_with_shuo() -> None:
    o = outline_of(*summing_up("先说", "还有就是", "最后说说"))
    assert top_headings(o) == ["成绩", "不足", "下学期"]


def test_an_order_word_said_with_shuo_is_the_next() -> None:
    # near miss: 再说说老师们的负担。: said with 说, the count's next
    o = outline_of(*summing_up("先说", "再说说", "最后说说"))
    assert top_headings(o) == ["成绩", "不足", "老师们的负担", "下学期"]
