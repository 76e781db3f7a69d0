"""A short speech of one paragraph that counts its words inside it, each joined to its word by 是 (我简单讲两句话。
第一句话是感谢。…第二句话是承诺。…, round te): its points. A count said once in passing (第一点是…, no second) is none."""

from __future__ import annotations

from jianggao.reader.outline import Outline
from tests.reader.mining import outline_of, top_headings


def leads(*lines: str) -> Outline:
    return outline_of(*lines, unnumbered_leads=True)


BODY = (
    "大家新年好！刚才几位老总讲得很实在，我都记下了。时间关系，我简单讲两句话。第一句话是感谢。去年全镇工业产值突破四十亿元，"
    "税收增长一成多，这里面每一分都有在座各位的功劳。{second}今年镇里要把大家反映最多的园区路灯、污水管网、员工宿舍三件事办好，"
    "上半年路灯全部亮起来，年底前污水管网全部接通。说到做不到，大家可以来找我。"
)


def test_two_counted_words_in_one_paragraph_are_the_points() -> None:
    o = leads("在新春企业家座谈会上的讲话", "各位企业家朋友：", BODY.format(second="第二句话是承诺。"), "最后，祝大家龙年生意兴隆！")
    assert top_headings(o) == ["感谢", "承诺"]


def test_a_count_said_once_is_no_point() -> None:
    # near miss: no second count
    o = leads("在新春企业家座谈会上的讲话", "各位企业家朋友：", BODY.format(second="我也有个承诺。"), "最后，祝大家龙年生意兴隆！")
    assert top_headings(o) == []
