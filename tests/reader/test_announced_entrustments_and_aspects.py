"""Points announced in more words (vd02, ve09 of the everyday suite), in speeches of our own wording: 我有三点嘱托，送给
大家。 (the count, then whom it is given to) over three paragraphs opening 希望你们…; 要重点抓好以下几个方面。 over five
paragraphs opening 要…. Near misses: the count followed by a clause about something else (…三点嘱托，是老校长留下的。);
以下几个方面 inside a sentence that goes on."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HOPES = (
    "在2024届毕业典礼上的讲话\n亲爱的同学们：\n"
    "四年前，你们带着憧憬走进校园；今天，你们即将带着收获奔赴四方。\n"
    "同学们，今天是你们的毕业典礼。作为老师，作为长辈，临别之际，{announce}\n"
    "希望你们永远做一个心中有光的人。心中有光，就不会迷路，遇到困难也能找到方向。\n"
    "心中有光，还要懂得感恩，感恩父母，感恩老师，也感恩那些帮助过你们的人。\n"
    "希望你们永远做一个脚下有泥的人。到基层去，到一线去，那里最能长本事。\n"
    "脚下有泥，还意味着耐得住寂寞，刚参加工作的头几年往往最难熬。\n"
    "希望你们永远做一个终身学习的人。毕业不是学习的终点，而是真正学习的开始。\n"
    "同学们，母校永远是你们的家，欢迎你们常回家看看！\n"
)
HOPE_HEADINGS = ["希望你们永远做一个心中有光的人", "希望你们永远做一个脚下有泥的人", "希望你们永远做一个终身学习的人"]


def test_entrustments_counted_then_given_announce_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HOPES.format(announce="我有三点嘱托，送给大家。"))
    assert headings(spec["points"]) == HOPE_HEADINGS


def test_a_count_with_a_clause_about_something_else_announces_nothing(tmp_path: Path) -> None:
    # near miss: the count is a fact said in passing
    spec, _ = mine(tmp_path, HOPES.format(announce="我想起老校长的三点嘱托，那是很多年前的事了。"))
    assert headings(spec.get("points", [])) != HOPE_HEADINGS


TASKS = (
    "在集团2024年度总结表彰大会上的讲话\n各位同事，同志们：\n"
    "过去的一年，集团上下迎难而上，新签合同额、营业收入、利润总额均创历史新高。\n"
    "2025年是集团转型发展的攻坚之年。{announce}\n"
    "要坚定不移调结构、拓市场。房建市场的黄金时代已经过去，我们要向基础设施和城市更新要市场。\n"
    "要持之以恒抓管理、降成本。向管理要效益，是应对行业寒冬最现实的办法。\n"
    "要下大力气清欠款、保现金流。现金流就是企业的生命线，应收账款要一笔一笔清。\n"
    "同志们，新的一年，让我们在转型的路上迈出更大的步子！\n"
)


def test_the_following_aspects_announce_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TASKS.format(announce="全集团上下要重点抓好以下几个方面。"))
    assert headings(spec["points"]) == ["要坚定不移调结构、拓市场", "要持之以恒抓管理、降成本", "要下大力气清欠款、保现金流"]


def test_the_following_aspects_inside_a_sentence_that_goes_on(tmp_path: Path) -> None:
    # near miss: the words announce nothing where the sentence goes on after them
    spec, _ = mine(tmp_path, TASKS.format(announce="以下几个方面的情况，大家在材料里都看到了，我不再重复。"))
    assert spec.get("points", []) == []
