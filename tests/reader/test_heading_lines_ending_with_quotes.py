"""Unnumbered heading lines that end with a quoted term (工程教育面临的“变” / 工程教育坚守的“不变” / 我们能做些什么,
hc23 of the everyday suite) end no sentence: they are the points, the counted lists under them (第一个变化，… / 其一，…)
their sub-points. A line wholly in brackets (（通报）) is a stage direction, no heading; a line that quotes a whole
sentence (…说：“干实事。”) ends one."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "变与不变：新时代工程教育的再思考\n——在2024中国高等工程教育论坛上的主旨报告\n清源理工大学校长　杜文渊\n各位同仁：\n大家好！非常荣幸在这里和大家分享我们学校在工程教育改革方面的一些思考。\n"
BODY = (
    "{first}\n第一个变化，是技术本身的变化。人工智能、新能源、生物技术日新月异，知识更新的周期越来越短。\n"
    "第二个变化，是工程问题本身的变化。今天的工程问题，越来越复杂，越来越需要跨学科的团队来解决。\n"
    "{second}\n但是，在这么多变化之中，我认为有些东西是不能变、也不应该变的。\n"
    "其一，工程的本质不会变。工程就是运用科学知识，创造性地解决实际问题，为人类造福。\n"
    "其二，扎实的基础不能丢。数学、物理这些基础课，是工程师一辈子的本钱，任何时候都不能削弱。\n"
    "我们能做些什么\n面对变与不变，我们学校这几年做了一些探索，推行了校企联合培养，聘请了两百多位企业导师。\n"
    "以上是我的一些粗浅思考，不当之处请各位批评指正。谢谢大家！\n"
)


def test_heading_lines_ending_with_a_quoted_term_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + BODY.format(first="工程教育面临的“变”", second="工程教育坚守的“不变”"))
    assert headings(spec["points"]) == ["工程教育面临的“变”", "工程教育坚守的“不变”", "我们能做些什么"]
    assert headings(spec["points"][0]["items"]) == ["技术本身的变化", "工程问题本身的变化"]


def test_lines_wholly_in_brackets_are_no_headings(tmp_path: Path) -> None:
    # near miss: the same lines as stage directions in brackets: the counted lists are the points
    spec, _ = mine(tmp_path, HEAD + BODY.format(first="（播放短片）", second="（现场互动）"))
    assert "工程教育面临的“变”" not in headings(spec["points"])
    assert "（播放短片）" not in headings(spec["points"]) and "（现场互动）" not in headings(spec["points"])
