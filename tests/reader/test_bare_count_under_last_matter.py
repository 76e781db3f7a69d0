"""第一件事，… 第四件事，明年我们往哪走。 then 第一，… 第二，… 第三，… (round sz, an all-hands transcript): a count
that names no unit, after a count of matters (件事), is a list under the last matter, not more points. After a
count that names no unit either (第一，… 第四，…), a second run is read as before."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "这一年大家都辛苦了，前三个季度的收入比去年同期增长了百分之十二，但是利润没有跟上，我们要把原因找准，把问题讲透。"


def speech(*labels: str) -> list[str]:
    a, b, c, d = labels
    return [
        "在第三季度全员大会上的讲话", "好，我们开始吧。今天我主要讲四件事。",
        f"{a}说说前三个季度的账。", TEXT, f"{b}讲讲组织调整。", TEXT, f"{c}关于绩效和年终奖。", TEXT,
        f"{d}明年我们往哪走。", "明年的预算和目标，管理层还在讨论，12月份会正式定下来。今天我先跟大家透个底，讲讲大的方向。",
        "第一，明年不追求规模的高速增长。" + TEXT, "第二，明年要在AI上下更大的功夫。" + TEXT,
        "第三，明年要把组织的活力找回来。" + TEXT, "好，四件事就讲到这儿。谢谢大家！",
    ]


def test_a_bare_count_after_the_last_matter_is_its_list() -> None:
    o = outline_of(*speech("第一件事，", "第二件事，", "第三件事，", "第四件事，"))
    assert top_headings(o) == ["说说前三个季度的账", "讲讲组织调整", "关于绩效和年终奖", "明年我们往哪走"]


def test_after_a_bare_count_a_second_run_is_read_as_before() -> None:
    # near miss: the matters counted 第一，… 第四，: the unit rule says nothing (the runs follow one another as before)
    o = outline_of(*speech("第一，", "第二，", "第三，", "第四，"))
    assert len(top_headings(o)) == 7
