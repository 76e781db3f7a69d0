"""Forms of a report's second level from the stop-49 work: sub-headings of clauses that a copy set on lines of their
own with no number (五年来，…，… ×3, their bold lost), beside a numbered list under the same part; topic lines over text at the head of a part (经济运行保持平稳 / 重大项目
扎实推进。), whether or not they end with a full stop; and a second list
whose lessons a paragraph of its own brings in after a run-in list's last item, a photo caption between (as
captions between the first list's items, too, leave the lessons paragraph no other sign)."""

from __future__ import annotations

from .mining import outline_of

FIVE_YEARS = [
    "五年来，县域经济稳步增长，产业结构持续优化",
    "五年来，城乡面貌明显改善，基础设施更加完善",
    "五年来，民生事业全面进步，群众生活持续改善",
]
TEXT = "全县生产总值年均增长百分之六点五，规模以上工业增加值年均增长百分之八，三次产业结构调整为十二比四十六比四十二，新增市场主体一万二千户。"


def _report(*lines: str) -> list[tuple[str, list[str]]]:
    outline = outline_of(
        "政府工作报告",
        "各位代表：",
        "现在，我代表县人民政府，向大会报告工作，请予审议。",
        "一、过去五年工作回顾",
        "过去五年，是全县发展极不平凡的五年。",
        *lines,
        "二、今后五年的目标任务",
        "今后五年，全县经济社会发展的主要目标是：经济保持中高速增长，城乡居民收入与经济增长同步。",
        "各位代表，让我们团结一心，为建设美好家园而努力奋斗！",
    )
    return [(p.heading, [c.heading.rstrip("。") for c in p.children]) for p in outline.points]


def test_clause_lines_that_open_alike_are_sub_headings_that_lost_their_numbers() -> None:
    lines = [x for heading in FIVE_YEARS for x in (heading, TEXT)]
    assert _report(*lines)[0][1] == FIVE_YEARS


def test_clause_lines_before_a_numbered_list_are_the_parts_first_list() -> None:
    lines = [x for heading in FIVE_YEARS for x in (heading, TEXT)]
    numbered = [
        "五年来，我们的主要体会是：",
        "（一）坚持发展第一要务，在扩大总量中提升质量",
        "发展是解决一切问题的基础和关键。我们始终把项目建设作为主抓手，五年累计完成固定资产投资八百亿元。",
        "（二）坚持改革创新，在破解难题中增强动力",
        "我们深入推进放管服改革，企业开办时间压缩到一个工作日，新设立各类市场主体数量年均增长一成以上。",
    ]
    assert _report(*lines, *numbered)[0][1] == [
        *FIVE_YEARS,
        "坚持发展第一要务，在扩大总量中提升质量",
        "坚持改革创新，在破解难题中增强动力",
    ]


def test_long_clause_lines_that_open_differently_are_no_sub_headings() -> None:
    lines = [
        "我们始终把项目建设作为推动高质量发展的主抓手，全力以赴扩大有效投资",
        TEXT,
        "城乡面貌在这几年里发生了明显的变化，基础设施和公共服务更加完善",
        TEXT,
        "群众关心的事情多了起来，办事的渠道也多了起来，满意度逐年提高",
        TEXT,
    ]
    assert _report(*lines)[0][1] == []


def test_lessons_brought_in_after_a_run_in_list_make_a_second_list_beside_it() -> None:
    outline = outline_of(
        "在全市乡村振兴工作推进会上的讲话",
        "同志们：",
        "下面，我讲两个问题。",
        "第一个问题：充分肯定乡村振兴取得的成效。",
        "三年来，全市上下齐心协力，乡村振兴取得明显成效。",
        "第一，农业生产稳中有进。粮食总产量连续三年稳定在九十万吨以上，特色产业产值突破一百亿元。",
        "第二，农村面貌焕然一新。全市行政村全部通了硬化路，农村卫生厕所普及率达到百分之九十二。",
        "图为青禾县新建成的农村公路。（资料图片）",
        "前不久，几位返乡创业的年轻人给市里写信，讲了他们在村里办电商的经历。",
        "第三，农民收入持续增长。农村居民人均可支配收入年均增长百分之八，高于城镇居民收入增速。",
        "在推进乡村振兴的实践中，我们积累了许多宝贵经验，主要包括以下几个方面。",
        "图为青禾县农民在合作社分拣刚采摘的猕猴桃。（资料图片）",
        "一是坚持党建引领，把村党组织建强。乡村振兴，关键在人、关键在组织，我们选优配强了村党组织书记。",
        "二是坚持因地制宜，把特色产业做强。我们不搞一刀切，一个村一个村地研究发展路子。",
        "三是坚持群众主体，把内生动力激发出来。我们让群众参与规划、参与建设、参与管理。",
        "第二个问题：扎实做好今年乡村振兴重点工作。",
        "今年的任务依然很重，各地要对照目标，抓好落实。",
        "同志们，让我们共同努力。",
    )
    assert [c.heading.rstrip("。") for c in outline.points[0].children] == [
        "农业生产稳中有进",
        "农村面貌焕然一新",
        "农民收入持续增长",
        "坚持党建引领，把村党组织建强",
        "坚持因地制宜，把特色产业做强",
        "坚持群众主体，把内生动力激发出来",
    ]


TOPICS = ["经济运行保持平稳", "重大项目扎实推进。", "改革任务有序落地", "民生保障更加有力。"]


def test_topic_lines_over_text_at_the_head_of_a_part_are_its_sub_headings() -> None:
    lines = [x for heading in TOPICS for x in (heading, TEXT)]
    assert _report(*lines)[0][1] == [t.rstrip("。") for t in TOPICS]


def test_short_sentences_said_in_passing_through_a_part_are_no_sub_headings() -> None:
    lines = [
        TEXT,
        "这件事我印象很深。",
        TEXT,
        "后来情况变了。",
        "大家都着急。",
        "我也着急。",
        TEXT,
        "问题就出在这里。",
        TEXT,
        "这就是我们的教训。",
        TEXT,
    ]
    assert _report(*lines)[0][1] == []


def test_topic_lines_some_ending_no_sentence_are_one_list_with_the_others() -> None:
    topics = ["经济运行保持平稳", "重大项目扎实推进。", "改革任务有序落地", "民生保障更加有力。", "营商环境持续优化"]
    lines = [x for heading in topics for x in (heading, TEXT)]
    assert _report(*lines)[0][1] == [t.rstrip("。") for t in topics]
