"""A lecture whose parts are lines 第一个问题：… / 第二个问题：… / 第三个问题：…, the paragraph under each saying the
part again (先讲第一个问题。… / 下面讲第二个问题。… / 最后讲第三个问题，怎么办。…, round pu): the lines are the points,
the paragraphs under them their text; and 留一点时间 in the opening counts nothing."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.announcements import count_in
from tests.reader.mining import mine

LECTURE = (
    "运用法治思维推动工作\n\n各位领导、同志们：\n\n"
    "这里讲三个问题。第一个问题，什么是法治思维；第二个问题，存在哪些短板；第三个问题，怎么办。"
    "大概讲一个小时，最后留一点时间和大家交流。\n\n"
    "第一个问题：什么是法治思维\n\n{first}法治思维这个词，大家经常听，但要真正说清楚它是什么，其实不那么容易。\n\n"
    "法治思维，就是以法治的价值和原则为指引来认识问题、处理问题的思维方式。\n\n"
    "第二个问题：当前存在的几个短板\n\n下面讲第二个问题。这些年，领导干部的法治意识总体上有了很大提高。\n\n"
    "一是不想学。有的同志认为法律是司法局的事。\n\n二是不会用。有的同志条文背得熟，一到具体问题就不知道怎么用。\n\n"
    "第三个问题：怎样提升运用法治思维的能力\n\n最后讲第三个问题，怎么办。我提几点建议，供大家参考。\n\n"
    "（一）在学法上下功夫\n\n领导干部要带头学法，做到心中有法。\n\n"
    "（二）在决策上守底线\n\n重大决策必须经过合法性审查。还有一个问题是执法人员的素质，要加强培训。\n\n"
    "（三）在执法上讲规范\n\n执法要规范、公正、文明。\n\n"
    "好，三个问题讲完了。谢谢大家！\n"
)
PARTS = ["第一个问题：什么是法治思维", "第二个问题：当前存在的几个短板", "第三个问题：怎样提升运用法治思维的能力"]


def test_part_lines_whose_text_says_the_part_again_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, LECTURE.format(first="先讲第一个问题。"))
    assert [p["heading"].split("：")[-1] for p in spec["points"]] == [p.split("：")[1] for p in PARTS]


def test_a_little_time_left_is_no_count() -> None:
    assert count_in("这里讲三个问题。大概讲一个小时，最后留一点时间和大家交流。") == 3
    assert count_in("我讲一点体会。") == 1
