"""A PDF copy cut at a number of characters (round td): a full line with half-width digits in it is narrower than
the page, and when it ends on a comma it runs on into the next line as the lines without digits do. A line as wide
that ends a sentence still ends its paragraph."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.reader.mining import mine

WIDTH = 36  # characters a page line


def page(*paragraphs: str) -> str:
    lines = ["在全区上半年经济运行分析会上的讲话", "同志们："]
    for p in paragraphs:
        while p:
            cut = WIDTH + (p[WIDTH : WIDTH + 1] in "，。、；！？”")  # a mark no line opens with stays on the line
            lines.append(p[:cut])
            p = p[cut:]
    return "\n".join(lines) + "\n"


OPENING = "今年以来，全区上下认真贯彻市委、市政府决策部署，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济运行总体平稳、稳中有进。"
POINTS = [
    "一、坚定信心，全力以赴稳住经济基本盘。",
    "当前经济运行面临的困难和挑战依然不少，我们要保持战略定力，坚持问题导向，一企一策帮助企业解决融资、用工、用地方面的实际困难，推动各项政策落地见效。",
    "二、突出重点，扎实推进重大项目建设。",
    "项目是经济发展的生命线。各牵头单位要对照年度计划，倒排工期、挂图作战，确保新开工项目早开工、在建项目早竣工、竣工项目早达产，形成更多实物工作量。",
    "同志们，下半年任务艰巨、时间紧迫，让我们团结一心、真抓实干，确保全面完成全年目标任务！",
]


def figures(end: str) -> str:
    # 36 characters, the digits half-width: the line is narrower than the page's full lines
    first = "上半年，全区地区生产总值同比增长6.2%，比全市平均水平高0.8个百分点" + end
    return first + "规上工业增加值增长9.1%，新开工亿元以上项目23个，这些成绩来之不易，凝聚着全区广大干部群众的心血和汗水。"


def texts(tmp_path: Path, text: str) -> str:
    spec, _ = mine(tmp_path, text)
    return yaml.safe_dump(spec, allow_unicode=True, width=10_000)


def test_a_narrower_full_line_ending_on_a_comma_runs_on(tmp_path: Path) -> None:
    dumped = texts(tmp_path, page(OPENING, figures("，"), *POINTS))
    assert "高0.8个百分点，规上工业增加值增长9.1%" in dumped


def test_a_line_as_wide_that_ends_a_sentence_ends_its_paragraph(tmp_path: Path) -> None:
    # near miss: the same line ends 。: the next line opens a paragraph of its own
    dumped = texts(tmp_path, page(OPENING, figures("。"), *POINTS))
    assert "高0.8个百分点。规上工业" not in dumped and "规上工业增加值增长9.1%" in dumped
