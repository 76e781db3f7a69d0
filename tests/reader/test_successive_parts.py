"""A body with no headings, told in parts that each number their own list (``top_level._successive``):
a dash list of results, a list announced inside a paragraph, then the speaker's numbered points."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline


def top(*texts: str) -> list[str]:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    return [n.heading.rstrip("。") for n in outline.nodes() if n.depth == 1]


BODY = "这方面的工作，各地各部门都下了很大功夫，群众看得见、摸得着，今后还要一以贯之地抓下去，不能松劲。"

HEAD = ("在全市山区发展大会上的讲话", "同志们：", "今天我们在这里开会，回顾十年来山区发展的历程，研究今后的工作。")

# three points by the speaker, announced
POINTS = (
    "今后五年，山区发展进入了爬坡过坎的关键阶段。在这里，我提三点希望。",
    "第一，着力壮大山区特色产业。" + BODY,
    "第二，着力补齐山区公共服务短板。" + BODY,
    "第三，着力守护好山区绿水青山。" + BODY,
    "同志们，让我们携起手来，为山区的明天共同奋斗！",
)

# results, each a dash thesis of two clauses a little longer than a short heading
DASHES = (
    "十年来，全市山区面貌发生了历史性变化。",
    "——基础设施短板加快补齐，村村通硬化路、通动力电、通宽带网络全面实现。" + BODY,
    "——特色产业从无到有由弱变强，茶叶、中药材、高山蔬菜三大产业链初具规模。" + BODY,
    "——群众收入持续较快增长，山区农民人均可支配收入增速连续十年快于全市平均。" + BODY,
)


def test_a_dash_list_of_results_before_the_points_is_a_part_of_the_body() -> None:
    assert top(*HEAD, *DASHES, *POINTS) == [
        "基础设施短板加快补齐，村村通硬化路、通动力电、通宽带网络全面实现",
        "特色产业从无到有由弱变强，茶叶、中药材、高山蔬菜三大产业链初具规模",
        "群众收入持续较快增长，山区农民人均可支配收入增速连续十年快于全市平均",
        "着力壮大山区特色产业",
        "着力补齐山区公共服务短板",
        "着力守护好山区绿水青山",
    ]


def test_a_two_item_dash_list_with_long_leads_counts_too() -> None:
    dashes = (
        "这几年，我们在山区工作中形成了两条基本经验。",
        "——把群众增收摆在山区工作的首位，一切政策措施都围绕让群众口袋鼓起来展开。" + BODY,
        "——坚持生态优先绿色发展不动摇，决不以牺牲山区的青山绿水换取一时的经济增长。" + BODY,
    )
    assert top(*HEAD, *dashes, *POINTS)[:2] == [
        "把群众增收摆在山区工作的首位，一切政策措施都围绕让群众口袋鼓起来展开",
        "坚持生态优先绿色发展不动摇，决不以牺牲山区的青山绿水换取一时的经济增长",
    ]


def test_dash_items_that_tell_news_at_length_are_not_points() -> None:
    """Near miss: dash items whose first sentences run far past a heading's length stay text."""
    news = (
        "十年来，全市山区面貌发生了历史性变化。",
        "——三月份，市里组织了二十多个部门的负责同志深入到北部山区的十几个乡镇开展了为期一周的走访调研活动。" + BODY,
        "——五月份，全市第一条通往最偏远山村的旅游公路正式建成通车，沿线的村民敲锣打鼓像过节一样庆祝。" + BODY,
    )
    headings = top(*HEAD, *news, *POINTS)
    assert headings == ["着力壮大山区特色产业", "着力补齐山区公共服务短板", "着力守护好山区绿水青山"]


def announced_count(intro: str, style: tuple[str, str, str]) -> str:
    a, b, c = style
    return (
        "山区发展的实践告诉我们，" + intro + a + "坚持规划先行、一张蓝图绘到底。规划定了就要一任接着一任干。"
        + b + "坚持因地制宜、宜农则农宜游则游。不能一个模子套所有的村。"
        + c + "坚持群众主体、让群众唱主角。群众的事情要多和群众商量。"
    )


def test_a_list_announced_by_its_count_inside_a_paragraph_is_a_part() -> None:
    headings = top(*HEAD, announced_count("要把握好以下三条：", ("一要", "二要", "三要")), *POINTS)
    assert headings == [
        "坚持规划先行、一张蓝图绘到底",
        "坚持因地制宜、宜农则农宜游则游",
        "坚持群众主体、让群众唱主角",
        "着力壮大山区特色产业",
        "着力补齐山区公共服务短板",
        "着力守护好山区绿水青山",
    ]


def test_a_list_announced_by_naming_its_parts_counts_too() -> None:
    headings = top(*HEAD, announced_count("做好山区工作必须具备以下几个条件：", ("一是", "二是", "三是")), *POINTS)
    assert headings[:3] == ["坚持规划先行、一张蓝图绘到底", "坚持因地制宜、宜农则农宜游则游", "坚持群众主体、让群众唱主角"]


def test_both_parts_and_the_points_read_in_order() -> None:
    headings = top(*HEAD, *DASHES, announced_count("有三个方面：", ("一是", "二是", "三是")), *POINTS)
    assert len(headings) == 9 and headings[3] == "坚持规划先行、一张蓝图绘到底"


def test_a_list_led_in_by_what_it_shows_is_not_a_part() -> None:
    """Near miss: 主要表现在： leads into effects, it counts no parts; the list stays in its paragraph."""
    headings = top(*HEAD, announced_count("成效主要表现在：", ("一是", "二是", "三是")), *POINTS)
    assert headings == ["着力壮大山区特色产业", "着力补齐山区公共服务短板", "着力守护好山区绿水青山"]


def test_an_announced_list_after_the_last_point_begins_belongs_to_that_point() -> None:
    """Near miss: the same announced list after 第三， opens is said inside the third point."""
    headings = top(*HEAD, *POINTS[:-1], announced_count("要把握好以下三条：", ("一要", "二要", "三要")), POINTS[-1])
    assert headings == ["着力壮大山区特色产业", "着力补齐山区公共服务短板", "着力守护好山区绿水青山"]


# Two parts of the body, each numbering its own points, with a salutation between: the paragraph that brings
# in the second list says 再强调 of something else before it announces the points.
SECOND_PART = (
    "同志们！前面讲的是今年的任务，下面讲讲干部队伍自身。",
    "三年前的大会上，我说过，干部是事业成败的关键。这个话，今天我再强调一遍。这里，我提几点希望，同大家共勉。",
    "第一，坚定理想信念。" + BODY,
    "第二，强化责任担当。" + BODY,
    "第三，全面增强本领。" + BODY,
)


def test_a_second_numbered_part_brought_in_by_points_is_points_though_its_paragraph_repeats_a_word() -> None:
    assert top(*HEAD, *POINTS[:4], *SECOND_PART, POINTS[4]) == [
        "着力壮大山区特色产业",
        "着力补齐山区公共服务短板",
        "着力守护好山区绿水青山",
        "坚定理想信念",
        "强化责任担当",
        "全面增强本领",
    ]


def test_a_list_brought_in_as_added_on_in_its_last_sentence_stays_under_the_points() -> None:
    """Near miss: 下面，我再强调两点。 brings in a list added on to the points, not points of its own."""
    added = (
        "下面，我再强调两点。",
        "第一，坚守安全底线。" + BODY,
        "第二，严守纪律规矩。" + BODY,
    )
    assert top(*HEAD, *POINTS[:4], *added, POINTS[4]) == [
        "着力壮大山区特色产业",
        "着力补齐山区公共服务短板",
        "着力守护好山区绿水青山",
    ]


def test_a_closing_wish_after_the_last_point_is_the_closing_not_a_point() -> None:
    """最后，预祝…圆满成功！ after 第一…第三 closes the speech as 最后，祝… does."""
    for wish in ("最后，预祝本次大会圆满成功！", "最后，祝大家工作顺利！"):
        outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate((*HEAD, *POINTS[:4], wish, "谢谢大家。"))])
        assert [n.heading.rstrip("。") for n in outline.points] == ["着力壮大山区特色产业", "着力补齐山区公共服务短板", "着力守护好山区绿水青山"]
        assert wish in [t.text for t in outline.closing]


def test_a_last_point_that_wishes_is_still_a_point() -> None:
    """Near miss: 最后，要预防… is the last point of 首先/其次, no wish."""
    items = ("首先，要抓好安全生产。" + BODY, "其次，要抓好森林防火。" + BODY, "最后，要预防汛期灾害。" + BODY)
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate((*HEAD, *items, POINTS[4]))])
    assert [n.heading.rstrip("。") for n in outline.points] == ["要抓好安全生产", "要抓好森林防火", "要预防汛期灾害"]


# A review told in dash theses, then the speaker's points after a salutation: heading leads of three parallel
# clauses each, longer than a short heading.
REVIEW = (
    "这些年，我们在实践中形成了一些规律性认识。",
    "——我们坚持党对山区工作的领导，健全领导体制，发挥统筹协调作用。" + BODY,
    "——我们坚持把群众增收摆在首位，一切政策措施都围绕群众展开。" + BODY,
    "——我们坚持生态优先绿色发展，决不以牺牲环境换取一时增长。" + BODY,
)
LONG_POINTS = (
    "同志们！形势逼人，挑战逼人，使命逼人。对今后的工作，我讲三点意见。",
    "第一，充分认识产业是第一支撑，提供高质量要素供给，着力壮大特色经济。" + BODY,
    "第二，矢志不移改善民生，坚定发展信心，着力补齐公共服务短板。" + BODY,
    "第三，全面深化山区改革，提升治理体系效能，着力激发内生活力。" + BODY,
)


def test_points_of_parallel_clauses_after_a_dash_review_are_points_too() -> None:
    assert top(*HEAD, *REVIEW, *LONG_POINTS, POINTS[4])[3:] == [
        "充分认识产业是第一支撑，提供高质量要素供给，着力壮大特色经济",
        "矢志不移改善民生，坚定发展信心，着力补齐公共服务短板",
        "全面深化山区改革，提升治理体系效能，着力激发内生活力",
    ]


def test_news_told_one_by_one_after_a_review_stays_text() -> None:
    """Near miss: 第一，7月26日，…。 items past a short heading's length carry dates: news, not heading leads,
    though their clauses are alike."""
    news = (
        "同志们！今年以来，我县体育健儿捷报频传。",
        "第一，7月26日，我县短跑选手在全省第十届运动会上，获得男子百米决赛金牌。" + BODY,
        "第二，8月10日，我县女子篮球队在全市篮球联赛决赛中，夺得冠军称号并创纪录。" + BODY,
        "第三，9月3日，我县青少年代表队在全省田径邀请赛中，取得团体总分第二名。" + BODY,
    )
    assert len(top(*HEAD, *REVIEW, *news, POINTS[4])) == 3


def test_a_last_paragraph_that_announces_a_count_brings_in_a_list() -> None:
    """最后，我再强调两点。 is no last item of 首先/其次: it brings in the list after it."""
    added = ("最后，我再强调两点。", "第一，坚守安全底线。" + BODY, "第二，严守纪律规矩。" + BODY)
    assert "我再强调两点" not in top(*HEAD, *POINTS[:4], *added, POINTS[4])
