"""Under a heading line, a first paragraph that counts what follows (重点要解决好四个方面的突出问题。) and as many
paragraphs that open with alike short leads (着力解决“不作为”问题。… 着力解决“慢作为”问题。…), other paragraphs between
them, are its sub-points (hk14 of the everyday suite), under unnumbered heading lines too; a count that does not match
makes none. An account's call to read before a bar (重磅｜) is no part of the title."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

WORK = (
    "在全县卫生健康系统作风建设年动员大会上的讲话\n陈立新\n同志们：\n今天召开作风建设年动员大会，我讲三个方面。\n"
    "{first}充分认识作风建设的重要意义\n作风建设永远在路上，卫生健康系统直接面对群众，作风好不好群众感受最直接，我们必须把作风建设摆在更加突出的位置来抓。\n"
    "{second}准确把握作风建设的重点任务\n这次活动从今年2月开始，到12月结束，要聚焦群众反映强烈的问题，重点要解决好{count}个方面的突出问题。\n"
    "着力解决“不作为”问题。重点整治在其位不谋其政、遇到困难绕道走等问题。\n"
    "各单位领导班子要带头查摆问题，逐条对照检查，形成问题清单和整改措施。\n"
    "着力解决“慢作为”问题。重点整治办事拖沓、效率低下等问题，持续优化就医流程。\n"
    "着力解决“乱作为”问题。重点整治医药购销领域不正之风，严肃查处违规收费等行为。\n"
    "着力解决“冷作为”问题。重点整治服务态度差、对群众诉求漠不关心等问题。\n"
    "{third}切实加强作风建设的组织领导\n各单位主要负责同志是本单位作风建设的第一责任人，要亲自抓、负总责，局里将成立督查组，对各单位活动开展情况进行督导。\n"
    "同志们，作风建设关乎民心向背，让我们以优良作风推动卫生健康事业高质量发展！\n"
)
FOUR = ["着力解决“不作为”问题", "着力解决“慢作为”问题", "着力解决“乱作为”问题", "着力解决“冷作为”问题"]


def test_counted_alike_leads_under_an_unnumbered_heading_line_are_its_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, WORK.format(first="", second="", third="", count="四"))
    assert headings(spec["points"]) == ["充分认识作风建设的重要意义", "准确把握作风建设的重点任务", "切实加强作风建设的组织领导"]
    assert headings(spec["points"][1]["items"]) == FOUR


def test_counted_alike_leads_under_a_numbered_heading_are_its_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, WORK.format(first="一、", second="二、", third="三、", count="四"))
    assert headings(spec["points"][1]["items"]) == FOUR


def test_alike_leads_a_count_does_not_match_are_no_sub_points(tmp_path: Path) -> None:
    # near miss: the paragraph counts three, four leads follow: none is read as a sub-point
    spec, _ = mine(tmp_path, WORK.format(first="", second="", third="", count="三"))
    assert "items" not in spec["points"][1]


def test_an_accounts_call_to_read_before_a_bar_is_no_part_of_the_title(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "重磅｜" + WORK.format(first="", second="", third="", count="四"))
    assert spec["title"] == "在全县卫生健康系统作风建设年动员大会上的讲话"
