"""Part headings on lines of their own: 第一部分 (## 第一部分　过去三年我们做了什么, round or), the speech's parts, which
hold a heading list (（一）… （二）…) under one of them as a heading style's points do; and a WeChat article's section
numbers (01 / 02 / 03, round oq) over its heading lines."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

PARTS = (
    "在医学院科研工作会议上的讲话\n各位老师：\n今天召开科研工作会议，我讲三个部分。\n"
    "## 第一部分　过去三年我们做了什么\n三年来，学院科研工作稳中有进，国家自然科学基金立项明显增加。\n"
    "## 第二部分　我们的短板在哪里\n对照“双一流”建设的要求，我们还缺少大团队、大成果和大平台。\n"
    "## 第三部分　下一步我们怎么办\n学院决定实施“科研提升三年行动”。\n"
    "### （一）组建有组织的科研团队\n围绕三个方向，由学院牵头组建团队。\n"
    "### （二）打通基础与临床的通道\n推动基础研究人员和临床医生结对。\n"
    "### （三）改进科研评价办法\n不再简单以论文数量论英雄。\n"
    "谢谢大家！\n"
)


def test_part_heading_lines_hold_the_heading_list_under_the_last(tmp_path: Path) -> None:
    # (第一部分… on lines of their own are the speech's parts: the （一） list under the third is its sub-points)
    spec, _ = mine(tmp_path, PARTS)
    assert headings(spec.get("points") or []) == ["过去三年我们做了什么", "我们的短板在哪里", "下一步我们怎么办"]
    assert [i["heading"] for i in spec["points"][2]["items"]] == ["组建有组织的科研团队", "打通基础与临床的通道", "改进科研评价办法"]


def test_parts_said_in_sentences_do_not_hold_a_heading_list(tmp_path: Path) -> None:
    # near miss: 第一部分 opening paragraphs of text is a count said in passing; the （一） headings stay the points
    said = PARTS.replace("## 第一部分　过去三年我们做了什么\n", "第一部分是回顾，三年来成绩不小。")
    said = said.replace("## 第二部分　我们的短板在哪里\n", "第二部分是短板，大家都清楚。").replace("## 第三部分　下一步我们怎么办\n", "第三部分是打算。")
    spec, _ = mine(tmp_path, said)
    assert headings(spec.get("points") or []) == ["组建有组织的科研团队", "打通基础与临床的通道", "改进科研评价办法"]


SECTIONS = (
    "在人工智能产业大会上的致辞\n尊敬的各位来宾：\n大家上午好！很高兴和大家相聚。\n"
    "01\n从“能用”到“好用”\n这几年，人工智能从实验室走进了千行百业，已经能用，但还远谈不上好用。\n"
    "02\n三个着力点\n要夯实算力和数据的基础，突破关键核心技术，培育开放的产业生态。\n"
    "03\n守住安全和伦理的底线\n发展越快，越要守住底线，让技术始终服务于人。\n"
    "谢谢大家！\n"
)


def test_a_wechat_articles_section_numbers_count_the_heading_lines_under_them(tmp_path: Path) -> None:
    # (01 / 02 / 03 on lines of their own, each over a short heading line)
    spec, _ = mine(tmp_path, SECTIONS)
    assert headings(spec.get("points") or []) == ["从“能用”到“好用”", "三个着力点", "守住安全和伦理的底线"]


def test_a_lone_number_line_over_text_is_no_section_number(tmp_path: Path) -> None:
    # near miss: one 01 only, over a paragraph of text; nothing joined
    text = SECTIONS.replace("02\n三个着力点\n", "").replace("03\n守住安全和伦理的底线\n", "")
    spec, _ = mine(tmp_path, text.replace("01\n从“能用”到“好用”\n", "01\n"))
    assert "01｜" not in str(spec)
