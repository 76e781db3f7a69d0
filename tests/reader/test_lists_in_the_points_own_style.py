"""An older government report numbers its parts 一、二、三、 and, inside part 二, the sections of its plan 一、…五、 in the
same style, then goes on with part 三、: the count that goes on tells the inner list from the parts, and the inner
list is part 二's sub-points (stop 63, the 1986 report of blind65). A list in the Markdown headings' style under
``### 2.`` whose last number ``### 3.`` repeats is the headings' count going on too. A counted principle whose
label stands alone on its line (第七、) is headed by the lead sentence of the paragraph under it."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

REPORT = (
    "关于第七个五年计划的报告\n\n各位代表：\n\n现在，我代表国务院，向大会作关于第七个五年计划的报告，请审议。\n\n"
    "一、“六五”计划执行情况的回顾\n\n过去五年，国民经济持续增长，人民生活明显改善，各项事业全面进步。\n\n"
    "二、“七五”时期的主要建设方针\n\n根据中央的建议，“七五”计划草案确定了以下几项主要方针：\n\n"
    "一、确定适度的经济增长率\n\n增长速度要同经济效益相统一，既要积极，又要稳妥，防止片面追求产值。\n\n"
    "二、规定恰当的投资规模\n\n投资规模必须同国力相适应，这是保证经济稳定发展的首要条件。\n\n"
    "三、坚持把科技进步放在重要的战略地位\n\n经济建设要依靠科学技术，科学技术要面向经济建设。\n\n"
    "三、“七五”时期的经济体制改革\n\n改革要从实际出发，积极稳妥，配套进行，逐步建立新的经济体制。\n\n"
    "四、对外政策\n\n我国对外政策的基本点是：\n\n第一、\n\n中国坚持独立自主的和平外交政策，决不依附于任何大国。\n\n"
    "第二、\n\n中国主张所有国家一律平等，坚决反对以大欺小。\n\n第三、\n\n中国重视各国人民之间的交往，促进相互了解。\n\n"
    "各位代表！让我们团结一致，为实现第七个五年计划而奋斗！\n"
)


def test_a_list_in_the_points_style_inside_a_part_is_its_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, REPORT, "report.txt")
    assert headings(spec["points"]) == [
        "“六五”计划执行情况的回顾", "“七五”时期的主要建设方针", "“七五”时期的经济体制改革", "对外政策",
    ]
    assert headings(spec["points"][1]["items"]) == ["确定适度的经济增长率", "规定恰当的投资规模", "坚持把科技进步放在重要的战略地位"]


def test_a_label_alone_on_its_line_is_headed_by_the_paragraph_under_it(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, REPORT, "report.txt")
    assert headings(spec["points"][3]["items"]) == [
        "中国坚持独立自主的和平外交政策，决不依附于任何大国", "中国主张所有国家一律平等，坚决反对以大欺小", "中国重视各国人民之间的交往，促进相互了解",
    ]
    assert "小标题断在两行" in report


MARKDOWN = (
    "# 在二季度经营形势分析会上的讲话\n\n同志们：\n\n下面讲四点意见。\n\n"
    "### 1. 抓负债，稳住存款基本盘\n\n存款是银行的立行之本，各支行要把稳存增存摆在首位。\n\n"
    "### 2. 抓资产，优化信贷投放结构\n\n信贷投放要有保有压，重点做好三件事：\n\n"
    "1. 普惠贷款要扩面。用好各类专项产品，扩大首贷户数量。\n"
    "2. 绿色贷款要提速。加强与相关部门对接，储备一批项目。\n"
    "3. 个人贷款要回稳。抓住住房交易回暖的时机，稳住按揭贷款。\n\n"
    "### 3. 抓风控，守牢资产质量底线\n\n对重点客户逐户排查，早发现、早处置。\n\n"
    "### 4. 抓作风，提振干事创业精气神\n\n干部要沉下去，到网点、到企业、到社区。\n\n同志们，下半年任务艰巨，大家要鼓足干劲。\n"
)


def test_a_heading_that_repeats_the_list_s_last_number_goes_on_with_the_headings(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, MARKDOWN, "talk.md")
    assert headings(spec["points"]) == [
        "抓负债，稳住存款基本盘", "抓资产，优化信贷投放结构", "抓风控，守牢资产质量底线", "抓作风，提振干事创业精气神",
    ]


LAST_PART = (
    "关于国内形势的报告\n\n各位代表：\n\n现在我讲两个问题。\n\n"
    "一、坚持长期稳定发展经济的方针\n\n国民经济要持续稳定协调地发展，防止大起大落。\n\n"
    "二、巩固和发展安定团结的政治局面\n\n为此，今年要着重抓好以下几项工作：\n\n"
    "一、继续深入批评错误观点；\n二、认真进行正面教育；\n三、进一步整顿和加强舆论阵地；\n"
    "四、切实加强和改进思想政治工作。\n\n"
    "各位代表！让我们同心同德，把各项工作做得更好！\n"
)


def test_a_list_of_one_line_items_in_the_points_style_under_the_last_part_is_its_sub_points(tmp_path: Path) -> None:
    """A list of one paragraph each, one after another, under the last part (its count cannot go on after it): the
    part's sub-points. A second speech's 一、… 三、 on the same page, each over its text, stays points
    (test_outline_evidence)."""
    spec, _ = mine(tmp_path, LAST_PART, "report.txt")
    assert headings(spec["points"]) == ["坚持长期稳定发展经济的方针", "巩固和发展安定团结的政治局面"]
    assert len(spec["points"][1]["items"]) == 4


LINE = (
    "关于一九九二年工作的报告\n\n各位代表：\n\n现在，我代表国务院向大会报告工作。\n\n"
    "一、坚持党的基本路线\n\n回顾几年来的工作，我们今后一定要更加坚定地贯彻这条路线，并把握住以下一些要点。\n\n"
    "紧紧抓住经济建设这个中心不放。各项工作都应当服从于和服务于这个中心，不能有丝毫动摇。\n\n"
    "改革开放是发展生产力的必由之路。我们要在坚持社会主义制度的前提下大胆探索。\n\n"
    "保持社会稳定是发展经济的前提条件。没有稳定的社会政治环境，什么事情也办不成。\n\n"
    "二、抓紧有利时机，加快经济发展\n\n今年经济工作的任务十分繁重，要在提高效益的前提下保持适当的增长速度。\n\n"
    "各位代表！让我们同心同德，为完成今年的各项任务而奋斗！\n"
)


def test_paragraphs_after_words_that_say_the_parts_follow_are_its_sub_points(tmp_path: Path) -> None:
    """…并把握住以下一些要点。 then every paragraph to the part's end opening with a short lead sentence: the part's
    sub-points, though nothing numbers them (the 1992 report of blind64)."""
    spec, _ = mine(tmp_path, LINE, "report.txt")
    assert headings(spec["points"]) == ["坚持党的基本路线", "抓紧有利时机，加快经济发展"]
    assert [h.rstrip("。") for h in headings(spec["points"][0]["items"])] == [
        "紧紧抓住经济建设这个中心不放", "改革开放是发展生产力的必由之路", "保持社会稳定是发展经济的前提条件",
    ]


PARTS_LOST_NUMBERS = (
    "各位代表！\n\n现在，我代表国务院，向大会报告政府工作，请审议。\n\n"
    "过去五年工作的基本总结\n\n五年来，国民经济持续发展，经济体制改革从农村到城市全面展开，对外开放不断扩大，城乡人民生活明显改善，各项社会事业都有新的进步。\n\n"
    "为了稳定市场，国务院决定采取以下措施：\n\n"
    "一、继续有步骤地改革价格体系，理顺价格关系。\n二、从增加供给和抑制需求两方面稳定市场。\n三、加强物价管理和工商行政管理。\n\n"
    "今后五年建设和改革的目标、方针和任务\n\n今后五年，要把稳定经济和深化改革结合起来，把建设和改革结合起来，保持国民经济持续稳定协调地发展，重点做好以下工作。\n\n"
    "一、大力发展农业生产\n\n农业是国民经济的基础，要增加投入，稳定粮食生产。\n\n"
    "二、加快科学技术和教育事业的发展\n\n经济建设要依靠科技进步和提高劳动者素质。\n\n"
    "三、以深化企业改革为中心进行配套改革\n\n企业改革要完善承包经营责任制，推进企业间的竞争。\n\n"
    "关于外交工作\n\n我国将继续奉行独立自主的和平外交政策，在和平共处五项原则的基础上发展同各国的友好合作关系，为维护世界和平而不懈努力。\n\n"
    "各位代表！让我们团结一致，为实现今后五年的任务而奋斗！\n"
)


def test_part_lines_of_any_length_over_lists_that_start_again_under_them_are_the_points(tmp_path: Path) -> None:
    """A copy that lost a report's part numbers keeps its part lines, of unlike lengths; its numbered lists start
    again under two of them: the lines are the points, the lists their sub-points (the 1988 report of blind66)."""
    spec, _ = mine(tmp_path, PARTS_LOST_NUMBERS, "report.txt")
    assert headings(spec["points"]) == ["过去五年工作的基本总结", "今后五年建设和改革的目标、方针和任务", "关于外交工作"]
    assert headings(spec["points"][1]["items"]) == ["大力发展农业生产", "加快科学技术和教育事业的发展", "以深化企业改革为中心进行配套改革"]


COUNTED_HEADINGS = (
    "各位代表：\n\n现在，我代表国务院向大会作政府工作报告，请予审议。\n\n"
    "一、加快社会主义经济建设\n\n要把规划变为现实，我们还必须采取有力措施，切实抓好以下几个方面的工作。\n\n"
    "第一，全国动员，大办农业\n\n农业是国民经济的基础，农业上不去，整个国民经济就上不去。\n\n"
    "（一）在普遍增产粮食的基础上抓好商品粮基地建设。\n（二）大力发展林业、牧业、副业、渔业。\n（三）充分发动群众，大搞农田基本建设。\n\n"
    "第二，加快发展基础工业，发挥工业的主导作用\n\n工业特别是基础工业的发展，对整个国民经济具有决定意义。\n\n"
    "第三，搞好商业工作，发展对外贸易\n\n社会主义商业是联结工业同农业、城市同农村的纽带。\n\n"
    "二、繁荣社会主义科学教育文化事业\n\n科学技术现代化是实现四个现代化的关键。\n\n"
    "各位代表！让我们团结起来，为实现新时期的总任务而奋斗！\n"
)


def test_headings_under_a_counted_item_that_is_a_heading_line_are_its_own(tmp_path: Path) -> None:
    """第一，全国动员，大办农业 on a line of its own over （一）…（三）: the numbered headings are the counted item's, one
    level below it, not its neighbours (the 1978 report of blind67)."""
    spec, _ = mine(tmp_path, COUNTED_HEADINGS, "report.txt")
    assert headings(spec["points"]) == ["加快社会主义经济建设", "繁荣社会主义科学教育文化事业"]
    items = spec["points"][0]["items"]
    assert headings(items) == ["全国动员，大办农业", "加快发展基础工业，发挥工业的主导作用", "搞好商业工作，发展对外贸易"]
    assert len(items[0]["items"]) == 3
