"""Unnumbered heading lines (关于物业服务 / 关于停车难 / 关于垃圾分类) are the points though the speaker counts them again
as he opens each part (第二件事是停车。… right under 关于停车难) and says a short list inside the first (一方面，… /
另一方面，…); and a speaker's 第一个话题， counts points as 第一个问题， does (the stop-51 work, on two everyday speeches of
round ym)."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "这件事大家反映了很多次，社区也开过几次协调会，今天我把社区的想法跟大家说一说，请大家会后再提意见。"


def _community(second: str, third: str) -> list[str]:
    o = outline_of(
        "在锦绣花园小区居民代表大会上的讲话",
        "各位居民代表：",
        "大家晚上好！感谢大家吃过晚饭就赶过来。今年的居民代表大会，我先跟大家说说社区这半年在忙的几件事。",
        "关于物业服务",
        "先说物业。锦绣花园现在的物业公司是2019年进来的，合同今年八月到期，续不续、换不换，大家意见很多。" + TEXT,
        "物业的事怎么办，我说说社区的想法。",
        "一方面，合同到期前，给现在这家物业一个整改期。" + TEXT,
        "另一方面，不管换不换物业，物业费的收支都要公开。" + TEXT,
        "关于停车难",
        second + TEXT,
        "这个问题，光靠小区自己解决不了。社区跟街道、交警部门协调了好几次，准备在小区东侧划一批夜间停车位。",
        "关于垃圾分类",
        third + TEXT,
        "垃圾分类做得好的楼栋，社区年底要表扬，做得不好的，楼长要上门一户一户讲。",
        "各位代表，小区是大家的家，家里的事，要大家一起来商量着办。",
    )
    return top_headings(o)


def test_heading_lines_counted_again_under_each_are_the_points() -> None:
    assert _community("第二件事是停车。", "第三件事是垃圾分类。") == ["关于物业服务", "关于停车难", "关于垃圾分类"]


def test_topics_counted_by_the_speaker_are_the_points() -> None:
    o = outline_of(
        "在七年级家长会上的讲话",
        "各位家长：",
        "大家上午好！今天是星期六，本来是大家休息的日子，感谢各位家长抽出时间来参加家长会。",
        "第一个话题，孩子的手机。",
        "这是家长问得最多的问题。手机的事，我想分两头说。",
        "一个是学校管什么。学校的规定是，手机原则上不带进校园，确实需要带的，进校交给班主任统一保管。",
        "再一个是家里怎么管。说实话，手机管理的主战场在家里，不在学校，家长要和孩子一起定规矩。",
        "第二个话题，孩子的睡眠。",
        "我们去年参加了一个省里的抽样调查，七年级学生平均每天睡不到八个小时，离标准差了一个多小时。",
        "第三个话题，孩子的情绪。",
        "十二三岁的孩子，正是青春期开始的时候，情绪说来就来，说走就走，家长要多留意。",
        "各位家长，孩子的成长只有一次，学校和家庭一起努力，孩子才能走得更稳。",
    )
    assert top_headings(o) == ["孩子的手机", "孩子的睡眠", "孩子的情绪"]


def test_a_count_that_is_not_the_lines_places_is_no_recount() -> None:
    # near miss: 第一件事 under the second line counts something else than the lines (a transcript's speaker turns
    # over a speaker's own count, 说话人2： / 第一点，…): the run crosses the lines, which are then no sections of it
    assert _community("第一件事是停车。", "第二件事是垃圾分类。") != ["关于物业服务", "关于停车难", "关于垃圾分类"]
