"""Part headings on lines of their own: 第一部分 (## 第一部分　过去三年我们做了什么, round or), the speech's parts, which
hold a heading list (（一）… （二）…) under one of them as a heading style's points do; and a WeChat article's section
numbers (01 / 02 / 03, round oq) over its heading lines; and 一、… 二、… 三、… run on inside one paragraph, each after a
sentence's end (round ot), points whose line breaks were lost."""

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


GLUED = (
    "在全镇秸秆禁烧工作动员会上的讲话\n同志们：\n今天召开这个会，部署今年的秸秆禁烧工作。下面我强调几点。\n"
    "一、思想上要高度重视。秸秆禁烧不是小事，关系到空气质量和交通安全。"
    "二、措施上要精准到位。镇干部包村、村干部包组，每一块田都要有责任人。"
    "三、责任上要层层压实。镇里和各村签订责任书，出现火点的要约谈。\n"
    "同志们，时间紧、任务重，希望大家回去以后立即行动。\n"
)


def test_points_whose_line_breaks_were_lost_are_split_where_each_numeral_follows_a_sentence(tmp_path: Path) -> None:
    # (一、… opening the paragraph, 二、 and 三、 each after a sentence's end, run on inside it)
    spec, _ = mine(tmp_path, GLUED)
    assert headings(spec.get("points") or []) == ["思想上要高度重视。", "措施上要精准到位。", "责任上要层层压实。"]


def test_numerals_after_a_colon_or_semicolon_stay_a_sentences_list(tmp_path: Path) -> None:
    # near miss: …：一、…；二、…；三、…。 is a list said inline, not points whose breaks were lost
    text = GLUED.replace("一、思想上要高度重视。秸秆禁烧", "要求有三条：一、思想上要高度重视；秸秆禁烧").replace("。二、措施", "；二、措施").replace("。三、责任", "；三、责任")
    spec, _ = mine(tmp_path, text)
    assert "措施上要精准到位" not in headings(spec.get("points") or [])
