"""Damaged copies (rounds pp and ps): a dash point glued on after a sentence inside the paragraph of the one before
it (…严肃追责问责。——阵地管理必须严之又严，不留死角。…); a heading set apart from its text by a space, the text's
sentence bringing in a list (…拧成一股绳 主要抓好三个联动：一是…); and a heading glued to a text whose subject it
takes up with 各级 before it (…妇联干部队伍各级妇联干部要…)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

DASHES = (
    "在全县意识形态工作责任制专题会议上的讲话\n\n同志们：\n\n今天召开专题会议，我强调三点。\n\n"
    "——意识形态工作是“一把手”工程，必须扛在肩上。各级党委书记要履行第一责任人职责，重大问题亲自过问。{glued}"
    "讲座、论坛、报告会要严格落实“一会一报”制度，各类宣传栏要有专人管理。\n\n"
    "——网络舆情必须快速反应、妥善处置。要健全舆情监测、研判、处置机制，做到早发现、早报告、早处置。\n\n"
    "同志们，意识形态工作责任重大，希望大家切实担起责任。\n"
)


def test_a_dash_point_glued_on_after_a_sentence_opens_its_own_paragraph(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, DASHES.format(glued="对履职不力的，严肃追责问责。——阵地管理必须严之又严，不留死角。"))
    assert headings(spec["points"]) == ["意识形态工作是“一把手”工程，必须扛在肩上", "阵地管理必须严之又严，不留死角", "网络舆情必须快速反应、妥善处置"]


def test_a_quotations_source_after_a_dash_is_no_point(tmp_path: Path) -> None:
    # near miss: …。——《论语》 with no text of its own after it names where a saying comes from
    spec, _ = mine(tmp_path, DASHES.format(glued="正所谓“其身正，不令而行”。——《论语》\n\n"))
    assert len(spec["points"]) == 2


SPACED = (
    "党建引领基层治理的“东湖实践”\n\n尊敬的各位领导，同志们：\n\n我从三个方面作交流。\n\n"
    "一、建强“一张网”，让治理触角延伸到最末端 我们把街道划分为86个网格，每个网格配备专职网格员。\n\n"
    "二、做实“三联”机制，把各方力量拧成一股绳 主要抓好三个联动：一是联驻区单位，签订共建协议；"
    "二是联物业企业，推行“红色物业”；三是联社会组织，引入服务项目。\n\n"
    "三、{third}要加强学习，提升本领，增强服务群众的能力。\n\n"
    "下一步，我们将继续探索，谢谢大家。\n"
)


def test_a_spaced_heading_ends_at_its_space_before_a_sentence_that_brings_in_a_list(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SPACED.format(third="锻造一支让党放心、让群众满意的社区干部队伍 社区干部"))
    assert headings(spec["points"])[1] == "做实“三联”机制，把各方力量拧成一股绳"


def test_a_glued_text_whose_subject_is_picked_out_by_ge_ji_starts_before_it(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SPACED.format(third="锻造一支让党放心、让群众满意的社区干部队伍各级社区干部"))
    assert headings(spec["points"])[2] == "锻造一支让党放心、让群众满意的社区干部队伍"
