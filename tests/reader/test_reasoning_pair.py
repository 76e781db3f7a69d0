"""一方面…另一方面 inside a later paragraph of a run-in point (第一，…): a list of two sub-points when a colon brings it in
(原因有两个：一方面…), a weighing of the sentence before it when it follows a full stop (``_reasoning_pair``)."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline

HEAD = ("在全县教育工作会议上的讲话", "同志们：", "今天召开全县教育工作会议，我讲三点意见。")
FIRST = "第一，统一思想，认清教育工作面临的形势。这是做好今年工作的前提，各乡镇各学校都要认真对待。"
TAIL = (
    "第二，抓住关键，建设一支高素质教师队伍。要完善教师培训制度，让每一位教师每年都有学习提高的机会。",
    "第三，强化保障，办好人民满意的教育。要把教育经费足额列入预算，确保只增不减。",
    "同志们，教育是民生之本。让我们共同努力，把全县教育事业推向新的高度！",
)


def second_level(first_paragraph: str) -> list[str]:
    outline = parse_outline(
        [SourceParagraph(i + 1, t) for i, t in enumerate((*HEAD, FIRST, first_paragraph, *TAIL))]
    )
    return [n.heading for n in outline.nodes() if n.depth == 2]


SIDES = (
    "一方面，农村学校的生源还在持续减少，一些教学点已经难以为继。"
    "另一方面，县城学校的大班额问题还没有根本解决，家长意见比较大。"
    "这两方面的问题，都要在今年的工作中拿出切实管用的办法来。"
)


def test_a_pair_after_a_full_stop_weighs_the_sentence_before_it() -> None:
    assert second_level("这几年全县教育有了长足进步，但城乡之间的差距仍然较大。" + SIDES) == []


def test_a_pair_after_an_exclamation_is_no_list_either() -> None:
    assert second_level("全县教育发展不平衡的问题必须引起高度重视！" + SIDES) == []


def test_a_pair_brought_in_by_a_colon_is_two_sub_points() -> None:
    """Near miss: 问题主要有两个方面： counts its parts; the pair is the point's sub-points."""
    assert second_level("全县教育发展不平衡，问题主要有两个方面：" + SIDES) == [
        "农村学校的生源还在持续减少，一些教学点已经难以为继。",
        "县城学校的大班额问题还没有根本解决，家长意见比较大。",
    ]


def test_a_pair_opening_paragraphs_of_their_own_is_two_sub_points() -> None:
    """Near miss: 一方面 opening its own paragraph is a sub-point, whatever precedes it."""
    outline = parse_outline([
        SourceParagraph(i + 1, t)
        for i, t in enumerate((
            *HEAD, FIRST, "这几年全县教育有了长足进步，但差距仍然较大。",
            "一方面，农村学校的生源还在持续减少。一些教学点已经难以为继，需要统筹调整布局。",
            "另一方面，县城学校的大班额问题还没有根本解决。家长意见比较大，要加快新建学校。", *TAIL,
        ))
    ])
    assert [n.heading for n in outline.nodes() if n.depth == 2] == [
        "农村学校的生源还在持续减少。", "县城学校的大班额问题还没有根本解决。",
    ]


def test_a_pair_in_the_points_own_paragraph_is_its_sub_points() -> None:
    """Near miss: right under the point's lead, in its own paragraph, the pair opens its sub-points."""
    outline = parse_outline([
        SourceParagraph(i + 1, t)
        for i, t in enumerate((*HEAD, "第一，统一思想，认清教育工作面临的形势。这几年全县教育有了长足进步。" + SIDES, *TAIL))
    ])
    assert [n.heading for n in outline.nodes() if n.depth == 2] == [
        "农村学校的生源还在持续减少，一些教学点已经难以为继。",
        "县城学校的大班额问题还没有根本解决，家长意见比较大。",
    ]


CLAUSES = "一方面，农村学校的生源还在减少，一些教学点难以为继；另一方面，县城学校的大班额还没有解决，家长意见比较大。"


def test_a_counted_pair_of_clauses_is_two_sub_points() -> None:
    """问题主要有两个方面：一方面，…；另一方面，…: the words before the pair count it as parts, so the two clauses
    of one sentence are the point's sub-points."""
    assert second_level("全县教育发展不平衡，问题主要有两个方面：" + CLAUSES) == [
        "农村学校的生源还在减少，一些教学点难以为继；",
        "县城学校的大班额还没有解决，家长意见比较大。",
    ]


def test_an_uncounted_pair_of_clauses_is_one_sentence() -> None:
    """Near miss: with no count before it, 一方面…；另一方面… is a turn of one sentence, no sub-points."""
    assert second_level("全县教育发展不平衡，问题是多方面的：" + CLAUSES) == []
