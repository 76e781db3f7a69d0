"""一点，关于教学质量。… 两点，关于“双减”的落实。… (rounds tq and ty, transcripts of principals and cadres): a speaker who
counts his points without 第 still counts them; the points are his. A paragraph that opens 一点，… alone (一点，也不
含糊) counts nothing."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "上学期期末的区统考，八年级数学和英语两科下滑比较明显，差距在哪里？差距在老师。这学期教务处要把八年级作为重点，推门听课、作业检查、单元检测，一样都不能少。"


def summing_up(*firsts: str) -> list[str]:
    return [
        "在2024年秋季开学工作会议上的总结讲话", "老师们：",
        "今天上午的会开得很紧凑。刚才，几个处室分别布置了新学期的工作，讲得都很具体，我就不重复了。时间关系，我讲几点。",
        *(first + TEXT for first in firsts),
        "老师们，新学期新气象。希望大家以饱满的精神投入到新学期的工作中去，咱们一起把学校的口碑再往上提一提。",
    ]


def test_points_counted_without_di_are_the_points() -> None:
    o = outline_of(*summing_up("一点，关于教学质量。", "两点，关于“双减”的落实。", "三点，关于师德师风。", "四点，关于安全。"))
    assert top_headings(o) == ["关于教学质量", "关于“双减”的落实", "关于师德师风", "关于安全"]


def test_a_lone_一点_counts_nothing() -> None:
    # near miss: one paragraph opens 一点，; no 两点 follows it
    o = outline_of(*summing_up("一点，也不能含糊。", "还要说的是，关于“双减”的落实。"))
    assert top_headings(o) == []
