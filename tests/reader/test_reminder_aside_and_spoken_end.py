"""After a count, 还有一点我要特别提醒：… / 还有一点要提醒的，就是… is an aside the speaker reminds his hearers of, no
point of the count (hk17, gs07 of the everyday suite); 还有一个事，我顺便说一下，… is one more point, as most writers read
it. 好，就这些吧。 opens a spoken end as 好，就这些。 does (hl15, gr10)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TALK = (
    "院长在中层干部例会上的讲话\n（录音整理）\n好，那我简单讲几句，我就讲两点。\n"
    "第一点，就是这个医疗安全的问题。上个礼拜急诊收进来一个胸痛的病人，肌钙蛋白的结果出来以后没有人去看，还好病人没出大事。\n"
    "第二点，讲讲这个成本的问题。上半年医院的收入是涨了，但是支出涨得比收入还快，科主任、护士长要算账。\n"
    "{added}，国家医保局对医保基金使用的监管越来越严，飞行检查常态化开展，各位主任回去后认真排查，立即整改。\n"
    "{end}下半年事情很多，评审也快来了，大家辛苦一点。散会。\n"
)


NOTES = (
    "在中医院中层干部会议上的讲话\n各位中层干部：\n刚才，肖院长对上半年工作做了全面总结，我就不重复了，主要讲三件事。\n"
    "第一，关于医疗质量安全。上半年医院发生医疗纠纷7起，比去年同期多了2起，问题出在值班医生没有按规定交接班。\n"
    "第二，关于中医特色优势。有的科室中医药参与率低，开出去的处方几乎全是西药，这是本末倒置。\n"
    "第三，关于干部作风。中层干部是医院的“腰部力量”，要当好执行者、带头人、守门员。\n"
    "{added}：国家医保局对医保基金使用的监管越来越严，飞行检查常态化开展。请各位主任回去后认真排查，立即整改。\n"
    "同志们，下半年时间紧、任务重，希望大家统一思想、振奋精神。谢谢！\n"
)


def test_a_reminder_after_the_count_is_no_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, NOTES.format(added="还有一点我要特别提醒"))
    assert headings(spec["points"]) == ["关于医疗质量安全", "关于中医特色优势", "关于干部作风"]


def test_one_more_point_after_the_count_is_read(tmp_path: Path) -> None:
    # near miss: 还有一点， with no reminder adds a point
    spec, _ = mine(tmp_path, NOTES.format(added="还有一点，关于医保基金"))
    assert len(spec["points"]) == 4


def test_one_more_thing_said_in_passing_after_the_count_is_one_more_point(tmp_path: Path) -> None:
    # near miss: 顺便说一下 adds a point (e10, gi20, go02, z17)
    spec, _ = mine(tmp_path, TALK.format(added="还有一个事，我顺便说一下，就是医保", end="好，就这些吧。"))
    assert len(spec["points"]) == 3


def test_so_much_said_with_a_spoken_particle_opens_the_end(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TALK.format(added="还有一点我要特别提醒", end="好，就这些吧。"))
    assert spec["closing"][0].startswith("好，就这些吧。")
