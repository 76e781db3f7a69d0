"""Paragraphs under a point that open with the same counted noun, 1, 2, 3 in order (第一难，是… / 第二难，是… /
第三难，是…; 第一件大事，是…; 第一步，…), are its sub-points, whether the point is a heading line or a run-in
paragraph (第二个问题：…？); not days or years told in order (第一天，…), nor pieces read out (第一篇，是从…摘下来的)
(the stop-50 work, on the writers' reading of 22 older everyday speeches)."""

from __future__ import annotations

from .mining import outline_of

TEXT = "化肥、农药、种子、人工、土地流转费，样样都在涨，粮食价格却涨得不多，一亩地算下来，好年景也就挣个三四百块钱。"


def _subs(*lines: str) -> list[list[str]]:
    outline = outline_of(
        "在全县高素质农民培训班开班仪式上的讲话",
        "各位学员、各位乡亲：",
        "今天，全县高素质农民培训班正式开班了。我围绕三个问题，和大家交流交流。",
        "第一个问题：种了一辈子地，为什么还要来培训？",
        "种地的门道变了，光靠老经验已经不够用了，大家来学新技术、新办法，是为了把地种得更好。",
        "第二个问题：现在种地难在哪里，出路又在哪里？",
        *lines,
        "第三个问题：政府能为大家做些什么？",
        "县里将拿出专项资金，对规模种植户给予补贴，并组织农技人员下乡，把技术送到田间地头。",
        "各位学员、各位乡亲，这个培训班要上二十天，希望大家学有所获，把学到的本领用到自家的田里。",
    )
    return [[c.heading.rstrip("。") for c in p.children] for p in outline.points]


def test_paragraphs_opening_with_one_counted_noun_in_order_are_the_sub_points_of_a_run_in_point() -> None:
    lines = ["第一难，是成本高、收益低。" + TEXT, "第二难，是缺人手。" + TEXT, "第三难，是卖不上价。" + TEXT]
    assert _subs(*lines)[1] == ["第一难，是成本高、收益低", "第二难，是缺人手", "第三难，是卖不上价"]


def test_days_told_in_order_are_no_sub_points() -> None:
    lines = ["第一天，我们去了东岭村。" + TEXT, "第二天，我们去了西岭村。" + TEXT, "第三天，我们去了南岭村。" + TEXT]
    assert _subs(*lines)[1] == []


def test_pieces_read_out_in_order_are_no_sub_points() -> None:
    lines = ["第一篇，是从县志上摘下来的。" + TEXT, "第二篇，是从老农的日记里摘下来的。" + TEXT, "第三篇，是从报纸上摘下来的。" + TEXT]
    assert _subs(*lines)[1] == []
