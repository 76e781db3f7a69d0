"""Forms of a report's second level from the stop-50 work: topic lines of a part (加快产业结构优化升级。) each over
text or over a numbered list of their own (一要… 二要…), the lines going on over text after the list, so the lists
are the lines' and the lines the part's sub-points; and a numbered list after a paragraph that ends on the lessons
it then lays out (…积累了宝贵的经验。 / 第一，…), beside the topic lines above it rather than under the last."""

from __future__ import annotations

from .mining import outline_of

TEXT = "全年安排专项资金三亿元，支持重点企业实施技术改造项目四十个，带动社会投资八十亿元，规模以上工业增加值增长百分之九。"
SHORT_TEXT = "年内完成改革任务清单，争取上半年全面推开。"
OWN_LIST = [
    "一要用先进适用技术改造提升传统产业。",
    TEXT,
    "二要加快发展新材料和生物医药产业。",
    TEXT,
    "三要积极发展现代服务业。",
    TEXT,
]


def _report(*lines: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    outline = outline_of(
        "政府工作报告",
        "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议。",
        "一、推进产业结构调整和重点领域改革",
        "调整结构和深化改革，是今年经济工作的重中之重，必须抓紧抓好，务求在重点领域和关键环节取得新的突破。",
        *lines,
        "二、切实保障和改善民生",
        "今年要继续把财政支出的七成以上用于民生，办好十件民生实事，让群众得到更多实惠和更大便利。",
        "各位代表，让我们团结一心，为建设美好家园而努力奋斗！",
    )
    return [
        (p.heading, [(c.heading.rstrip("。"), [g.heading.rstrip("。") for g in c.children]) for c in p.children])
        for p in outline.points
    ]


def test_topic_lines_over_lists_of_their_own_and_over_text_are_the_parts_sub_points() -> None:
    lines = [
        "加快产业结构优化升级。",
        *OWN_LIST,
        "继续实施园区提升工程，促进区域协调发展。",
        TEXT,
        "深化以国有企业改革为中心的各项改革。",
        "一是切实加强现代企业制度建设。",
        TEXT,
        "二是积极推进企业重组改组。",
        TEXT,
        "推进公用事业改革。",
        TEXT,
        "坚持以公有制为主体、多种所有制经济共同发展。",
        SHORT_TEXT + SHORT_TEXT,
    ]
    assert _report(*lines)[0][1] == [
        ("加快产业结构优化升级", ["用先进适用技术改造提升传统产业", "加快发展新材料和生物医药产业", "积极发展现代服务业"]),
        ("继续实施园区提升工程，促进区域协调发展", []),
        ("深化以国有企业改革为中心的各项改革", ["切实加强现代企业制度建设", "积极推进企业重组改组"]),
        ("推进公用事业改革", []),
        ("坚持以公有制为主体、多种所有制经济共同发展", []),
    ]


def test_a_numbered_list_under_a_short_line_with_no_topic_lines_after_it_stays_the_parts() -> None:
    lines = [
        "今年重点抓好以下工作。",
        *OWN_LIST,
    ]
    assert _report(*lines)[0][1] == [
        ("用先进适用技术改造提升传统产业", []),
        ("加快发展新材料和生物医药产业", []),
        ("积极发展现代服务业", []),
    ]


def test_a_numbered_list_after_a_paragraph_ending_on_the_lessons_stands_beside_the_topic_lines() -> None:
    topics = ["工业经济稳中有进。", "城乡面貌明显改善。", "民生事业全面进步。"]
    lines = [x for topic in topics for x in (topic, TEXT)]
    lessons = [
        "五年的实践，丰富了我们在新形势下抓发展、抓改革的经验。",
        "第一，坚持用发展的办法解决前进中的问题。发展是硬道理。",
        TEXT,
        "第二，坚持把扩大内需和调整结构结合起来。",
        TEXT,
        "第三，正确处理改革、发展、稳定的关系。",
        TEXT,
    ]
    assert [heading for heading, _ in _report(*lines, *lessons)[0][1]] == [
        "工业经济稳中有进",
        "城乡面貌明显改善",
        "民生事业全面进步",
        "坚持用发展的办法解决前进中的问题",
        "坚持把扩大内需和调整结构结合起来",
        "正确处理改革、发展、稳定的关系",
    ]


def test_a_sentence_of_its_own_that_brings_the_list_in_may_stand_between_a_topic_line_and_its_list() -> None:
    # (全面展开，突出重点。 / 紧紧围绕当前的突出问题，着力抓好以下几个方面： / 一是…: the stop-62 work, a 2002 report)
    lines = [
        "全面推开，突出重点。",
        "围绕群众反映强烈的突出问题，着力抓好以下几个方面：",
        *OWN_LIST,
        "标本兼治，重在治本。",
        TEXT,
        "健全长效机制。",
        TEXT,
    ]
    assert _report(*lines)[0][1] == [
        ("全面推开，突出重点", ["用先进适用技术改造提升传统产业", "加快发展新材料和生物医药产业", "积极发展现代服务业"]),
        ("标本兼治，重在治本", []),
        ("健全长效机制", []),
    ]

