"""A wiki copy of an older report (stop 64: the 1984 report of blind66) sets each linked name on a line of its own,
cutting its sentence in three (今年是我国与 / 印度 / 、缅甸共同倡议…), and a linked name after a quotation
(“互相尊重…”/ 五项原则 / 早已载入宪法…) stands alone between two of a part's numbered headings. The cut sentence is
one paragraph again, and the name alone is no part line: the report's parts are its two 关于… lines, the numbered
headings that start again under each their sub-points."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.outline_records import SourceParagraph
from jianggao.reader.page_repair import rejoin_inline_breaks
from tests.reader.mining import headings, mine

BODY = "这一年来，各地区、各部门认真贯彻落实中央的决策部署，做了大量卓有成效的工作，取得了明显的成绩。"
REPORT = (
    "各位代表：\n我代表国务院向大会作政府工作报告，请予审议。\n关于国内建设\n"
    f"{BODY}\n一、坚持改革城市经济体制，增强企业活力\n{BODY}\n{BODY}\n"
    f"二、改革建筑业的管理体制，提高投资效益\n{BODY}\n三、改革流通体制，做到货畅其流\n{BODY}\n{BODY}\n"
    f"关于外交工作\n{BODY}\n一、维护世界和平是我国对外政策的首要目标\n{BODY}\n"
    "二、坚持在和平共处五项原则的基础上发展同各国的关系\n“互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处”\n"
    "五项原则\n早已载入我国宪法，它是我国处理同一切国家关系的基本准则。国家不分大小、强弱、贫富，都应当一律平等，互相尊重，"
    "和睦相处，友好合作；各国的事务应当由各国人民自己来管，我们将始终不渝地坚持这些原则。\n"
    "今年是我国与\n印度\n、缅甸共同倡议和平共处五项原则三十周年，五项原则经受了时间的考验。\n"
    f"三、加强同第三世界国家的团结与合作\n{BODY}\n结束语\n各位代表！让我们团结一致，为实现今年的各项任务而努力奋斗！\n"
)


def test_a_sentence_cut_around_a_linked_name_is_one_paragraph() -> None:
    lines = ["今年是我国与", "印度", "、缅甸共同倡议和平共处五项原则三十周年。"]
    joined = rejoin_inline_breaks([SourceParagraph(n, line) for n, line in enumerate(lines, start=1)])
    assert [p.text for p in joined] == ["今年是我国与印度、缅甸共同倡议和平共处五项原则三十周年。"]


def test_a_line_with_marks_before_a_comma_line_stays_its_own() -> None:
    lines = ["【专题】奋斗青春 不负韶华", "我已与学校结缘二十八年，深受导师周教授、黎教授", "、李教授等的教导与栽培。"]
    joined = rejoin_inline_breaks([SourceParagraph(n, line) for n, line in enumerate(lines, start=1)])
    assert [p.text for p in joined] == [lines[0], lines[1] + lines[2]]  # (a sentence, not a name: the title keeps its line)


def test_a_linked_name_between_numbered_headings_is_no_part_line(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, REPORT, "report.txt")
    assert headings(spec["points"]) == ["关于国内建设", "关于外交工作"]
    assert headings(spec["points"][1]["items"]) == [
        "维护世界和平是我国对外政策的首要目标", "坚持在和平共处五项原则的基础上发展同各国的关系", "加强同第三世界国家的团结与合作",
    ]


TEXT = "过去一年，各地区、各部门认真贯彻落实中央的决策部署，做了大量卓有成效的工作，取得了明显的成绩，值得充分肯定。"
LISTED = "主要做了以下工作：一是稳定粮食生产，粮食产量保持在较高水平；二是调整农业结构，优质农产品比重提高。"
HEADED = (
    "各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n\n**首先报告过去一年的工作**\n\n"
    f"{TEXT}\n\n**经济保持平稳较快发展。**\n\n{LISTED}\n\n**改革开放不断深化。**\n\n{TEXT}\n\n"
    f"**一、扩大国内需求，促进经济增长**\n\n{TEXT}\n\n**积极扩大投资需求。**\n\n{TEXT}\n\n**大力开拓消费市场。**\n\n{TEXT}\n\n"
    f"**二、加快农业发展，增加农民收入**\n\n{TEXT}\n\n**稳定粮食生产能力。**\n\n{TEXT}\n\n**拓宽农民增收渠道。**\n\n{TEXT}\n\n"
    f"**三、深化改革开放，增强发展活力**\n\n{TEXT}\n\n**推进国有企业改革。**\n\n{TEXT}\n\n**扩大对外开放。**\n\n{TEXT}\n\n"
    "各位代表！让我们团结一致，为完成今年的各项任务而努力奋斗！\n"
)


def test_lines_mostly_inside_the_numbered_list_are_its_text_not_parts(tmp_path: Path) -> None:
    # (a report whose headings and topic sentences are all set in bold: most of the bold lines stand between its
    # numbered headings, so none are part lines and the numbered headings stay the points; found by
    # bench/robustness.py's md_bold copy of the 2002 report)
    spec, _ = mine(tmp_path, HEADED, "report.md")
    assert headings(spec["points"]) == ["扩大国内需求，促进经济增长", "加快农业发展，增加农民收入", "深化改革开放，增强发展活力"]
