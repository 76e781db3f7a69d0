"""Unnumbered sub-points under a numbered heading: three or more paragraphs in a row whose short lead
sentences are the same words but for a short end, words the heading names them by
(一、把握这座城市的鲜明特性 / 这座城市具有鲜明的开放性。… / 这座城市具有鲜明的包容性。…);
``unnumbered._alike_leads``. Four or more such paragraphs whose leads are a few words (要聚焦重点领域。…
要聚焦重点品种。…), or verb leads sharing their verb (抓订单。… 抓生产。…), are sub-points though the heading does not name
them (jr15, lh18); ``unnumbered._short_alike_leads``."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline

TEXT = "这一点，从老城的街巷到新区的园区都看得很清楚，大家在工作中也有切身体会，这里不再展开。"


def levels(*texts: str) -> tuple[list[str], list[str]]:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    nodes = list(outline.nodes())
    return [n.heading for n in nodes if n.depth == 1], [n.heading.rstrip("。") for n in nodes if n.depth == 2]


def speech(heading: str, leads: list[str], second: str = "二、接续奋斗，书写城市发展新篇章") -> tuple[str, ...]:
    return (
        "在建城七十周年座谈会上的讲话", "同志们：", "今天我们座谈，回顾这座城市七十年来走过的路。我讲两点。",
        heading, "七十年来，这座城市从一个小渔村成长为现代化都市，形成了自己鲜明的特性。",
        *(lead + TEXT for lead in leads),
        second, "新的征程上，我们要再接再厉，把这座城市建设得更加美好。",
        "同志们，让我们携手并肩，共同创造这座城市更加美好的明天！",
    )


LEADS = ["这座城市具有鲜明的开放性。", "这座城市具有鲜明的包容性。", "这座城市具有鲜明的创新性。"]


def test_alike_leads_the_heading_names_are_its_sub_points() -> None:
    l1, l2 = levels(*speech("一、深刻把握这座城市的鲜明特性", LEADS))
    assert len(l1) == 2
    assert l2 == ["这座城市具有鲜明的开放性", "这座城市具有鲜明的包容性", "这座城市具有鲜明的创新性"]


def test_five_alike_leads_with_ends_of_different_length() -> None:
    leads = ["城市精神体现在敢闯。", "城市精神体现在敢试。", "城市精神体现在敢为人先。", "城市精神体现在务实。", "城市精神体现在包容并蓄。"]
    _, l2 = levels(*speech("一、大力弘扬城市精神", leads))
    assert l2 == [lead.rstrip("。") for lead in leads]


def test_alike_leads_the_heading_does_not_name_stay_text() -> None:
    """Near miss: the heading says nothing of what the paragraphs share; they are not its parts."""
    _, l2 = levels(*speech("一、回顾七十年的奋斗历程", LEADS))
    assert l2 == []


def test_two_alike_leads_are_too_few() -> None:
    """Near miss: two such paragraphs are a pair of remarks, not a list."""
    _, l2 = levels(*speech("一、深刻把握这座城市的鲜明特性", LEADS[:2]))
    assert l2 == []


def test_long_leads_with_commas_are_sentences_not_sub_points() -> None:
    """Near miss: lead sentences that run on in clauses are text told alike, not headings."""
    leads = [
        "这座城市具有鲜明的开放性，早在上世纪八十年代就率先对外打开了大门。",
        "这座城市具有鲜明的包容性，来自五湖四海的建设者在这里安家落户。",
        "这座城市具有鲜明的创新性，一批批新技术新产品从这里走向全国。",
    ]
    _, l2 = levels(*speech("一、深刻把握这座城市的鲜明特性", leads))
    assert l2 == []


SHORT = ["要聚焦重点领域。", "要聚焦重点品种。", "要聚焦新兴业态。", "要聚焦农村市场。"]


def test_four_short_alike_leads_are_sub_points_though_the_heading_does_not_name_them() -> None:
    _, l2 = levels(*speech("一、回顾七十年的奋斗历程", SHORT))
    assert l2 == [lead.rstrip("。") for lead in SHORT]


def test_three_short_alike_leads_or_leads_that_exclaim_stay_text() -> None:
    """Near misses: three short leads the heading does not name; four addresses (各位代表！) repeated."""
    assert levels(*speech("一、回顾七十年的奋斗历程", SHORT[:3]))[1] == []
    assert levels(*speech("一、回顾七十年的奋斗历程", ["各位代表！"] * 4))[1] == []


def test_short_alike_leads_of_a_dozen_characters_are_sub_points() -> None:
    leads = ["要着力提升企业创新能力。", "要着力建设高能级创新平台。", "要着力加速科技成果转移转化。", "要着力优化科技创新生态。"]
    _, l2 = levels(*speech("一、回顾七十年的奋斗历程", leads))
    assert l2 == [lead.rstrip("。") for lead in leads]


def test_alike_leads_too_long_for_headings_stay_text() -> None:
    """Near miss: sentences of twenty characters that open alike are the text's, not headings."""
    leads = ["要着力提升全市规模以上工业企业的自主创新能力。", "要着力建设一批服务全市主导产业的高能级创新平台。",
             "要着力加速高校和科研院所科技成果的转移转化。", "要着力优化有利于人才干事创业的科技创新生态。"]
    assert levels(*speech("一、回顾七十年的奋斗历程", leads))[1] == []


def test_four_verb_leads_sharing_only_their_verb_are_sub_points() -> None:
    # (lh18, ii16: 抓审批改革。… 抓政策兑现。… 抓监管执法。… 抓要素保障。…)
    leads = ["抓审批改革。", "抓政策兑现。", "抓监管执法。", "抓要素保障。"]
    assert levels(*speech("一、回顾七十年的奋斗历程", leads))[1] == [lead.rstrip("。") for lead in leads]


def test_longer_leads_sharing_only_their_first_character_stay_text() -> None:
    # near miss: leads of more than a verb and its object that share one character only
    leads = ["要把群众的事放在心上。", "要让企业办事更加方便。", "要使审批流程再减一半。", "要对违规行为严肃问责。"]
    assert levels(*speech("一、回顾七十年的奋斗历程", leads))[1] == []
