"""Unnumbered part lines (过去一年，我们… / 新的一年，我们要… / 我们要守住底线…) with a dash list under one of them that
the part's own text brings in (重点在四个方面下功夫：, round pr): the lines are the points, the list the second's
sub-points, though no list stands under the other lines."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

PARTS = (
    "在集团2026年度工作会议上的讲话\n\n同志们：\n\n今天召开年度工作会议，总结成绩，部署任务。\n\n"
    "过去一年，我们爬坡过坎、稳中有进\n\n2025年，集团完成货物发送量2860万吨，中欧班列开行1260列，营业收入突破150亿元，利润总额创历史新高。\n\n"
    "这些成绩，是全体干部职工一站一站跑出来的。\n\n"
    "新的一年，我们要迎难而上、奋勇争先\n\n2026年，外部环境更趋复杂，同行竞争更加激烈，运价下行的压力还在加大。{intro}\n\n"
    "——在稳班列上下功夫。巩固既有线路，提高回程班列占比。\n\n——在拓通道上下功夫。加密铁海联运班列。\n\n"
    "——在强枢纽上下功夫。加快国际陆港二期建设。\n\n——在增效益上下功夫。做大供应链服务业务。\n\n"
    "我们要守住底线、凝聚合力\n\n各单位要把安全生产放在首位，严格落实危险货物运输管理规定，确保全年不发生较大以上安全生产事故。\n\n"
    "同志们，路虽远，行则将至。让我们真抓实干，奋力推动集团高质量发展！\n"
)
LINES = ["过去一年，我们爬坡过坎、稳中有进", "新的一年，我们要迎难而上、奋勇争先", "我们要守住底线、凝聚合力"]


def test_part_lines_over_a_list_their_text_brings_in_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, PARTS.format(intro="我们要保持定力，重点在四个方面下功夫："))
    assert headings(spec["points"]) == LINES
    assert len(spec["points"][1]["items"]) == 4


def test_a_list_nothing_brings_in_stays_the_points(tmp_path: Path) -> None:
    # near miss: with no words that say a list comes, the dash list under one line alone is read as the points, as before
    spec, _ = mine(tmp_path, PARTS.format(intro="我们要保持定力，不断开创新局面。"))
    assert headings(spec["points"]) != LINES


HOSPITAL = (
    "在市第二人民医院职工代表大会上的讲话\n党委书记　庞立言\n各位代表，同志们：\n"
    "市第二人民医院第六届职工代表大会第三次会议今天开幕了。我代表医院党委，向各位代表表示问候。\n"
    "守正：把牢医院发展方向\n公立医院姓“公”，这是我们的根本属性。无论改革怎么推进，无论形势怎么变化，公益性这条底线都不能丢。\n"
    "提质：把医疗质量摆在首位\n医疗质量是医院的生命线。这方面今年要重点抓好三件事。\n"
    "1.抓核心制度落实。首诊负责、三级查房、疑难病例讨论等制度要落到每一个科室、每一位医生。\n"
    "2.抓重点学科建设。心血管内科、神经外科要冲刺省级重点专科。\n"
    "3.抓患者就医体验。门诊“挂号难、排队长”的问题，群众意见很大，年内要有明显改观。\n"
    "惠工：把职工冷暖放在心上\n职工是医院发展的主体。这几年，大家工作强度大、加班多、压力不小，这些医院党委都记在心里，也一直在想办法解决。\n"
    "同志们，让我们共同努力，把医院建设得更好！\n"
)


def test_topic_lines_over_a_list_of_things_counted_are_the_points(tmp_path: Path) -> None:
    # (这方面今年要重点抓好三件事。 brings the 1. 2. 3. list in under the second line, round qc)
    spec, _ = mine(tmp_path, HOSPITAL)
    assert headings(spec["points"]) == ["守正：把牢医院发展方向", "提质：把医疗质量摆在首位", "惠工：把职工冷暖放在心上"]


REPORT = (
    "奋楫争先　实干兴镇\n\n各位代表、同志们：\n\n现在，我代表中共芦溪镇第十三届委员会向大会作报告，请予审议。\n\n"
    "过去五年\n\n五年来，镇党委团结带领全镇党员群众，爬坡过坎、奋力前行。\n\n"
    "{mark}经济总量跃上新台阶。全镇地区生产总值突破35亿元，年均增长8.2%。\n\n"
    "{mark}乡村振兴迈出新步伐。建成高标准农田1.6万亩，培育示范家庭农场4家。\n\n"
    "今后五年\n\n今后五年，全镇工作的总体目标是：全力打造县域经济强镇，奋力建设文旅名镇和幸福美镇。\n\n"
    "从严治党\n\n坚持党要管党、全面从严治党，着力建设忠诚干净担当的干部队伍，为全镇发展提供坚强保证。\n\n"
    "各位代表、同志们！让我们撸起袖子加油干，奋力谱写芦溪发展新篇章！\n"
)


def test_a_line_over_a_short_sentence_and_marked_items_heads_a_part(tmp_path: Path) -> None:
    # (过去五年 / 五年来，…。 / ✔…。 / ✔…。, round qd: the items a symbol marks are the part's text)
    spec, _ = mine(tmp_path, REPORT.format(mark="✔"))
    assert headings(spec["points"]) == ["过去五年", "今后五年", "从严治党"]


def test_two_short_paragraphs_with_no_mark_do_not_make_the_text_under_a_line(tmp_path: Path) -> None:
    # near miss: the same short paragraphs with no symbol opening them: the first line is not found over text
    spec, _ = mine(tmp_path, REPORT.format(mark=""))
    assert headings(spec.get("points") or [])[:1] != ["过去五年"]
