"""A count said in two styles with a heading list under its second item (一要…。 二要…。 （一）…（二）…（三）… 第三个方面，
要…。, round px): the nested list is the second item's; the count goes on past it in the other style."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TALK = (
    "在市属国有企业党建工作会议上的讲话\n同志们：\n今天召开会议，总结去年国企党建工作，部署今年任务。\n"
    "一要坚持把党的领导融入公司治理。各企业要把党委前置研究讨论重大事项落到实处，完善议事规则。\n"
    "二要推动党建和生产经营深度融合。党建工作做得好不好，最终要看企业发展的成效。\n"
    "（一）要开展“党建+项目”攻坚。在重大项目中成立党员突击队。\n"
    "（二）要开展“党建+创新”行动。围绕关键技术攻关组建党员创新工作室。\n"
    "（三）要开展“党建+服务”品牌。把服务群众、服务客户的成效作为检验标准。\n"
    "{third}要从严从实加强干部队伍建设。坚持党管干部原则，突出政治标准。\n"
    "同志们，国有企业是党执政兴国的重要支柱，希望大家扎实工作。\n"
)


def test_the_count_goes_on_past_the_list_under_its_second_item(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TALK.format(third="第三个方面，"))
    assert headings(spec["points"]) == ["坚持把党的领导融入公司治理", "推动党建和生产经营深度融合", "要从严从实加强干部队伍建设"]
    assert len(spec["points"][1]["items"]) == 3


def test_with_no_third_no_count_is_made_up(tmp_path: Path) -> None:
    # near miss: nothing counts on after the nested list: the two 一要 items are no three-item count, and the
    # heading list outweighs them, as before
    spec, _ = mine(tmp_path, TALK.format(third="同时，"))
    assert "要从严从实加强干部队伍建设" not in headings(spec["points"])
    assert len(spec["points"]) == 3


VILLAGE = (
    "镇党委书记在下沟村村民代表会议上的讲话（根据录音整理）\n\n各位村民代表、各位乡亲：\n\n"
    "今天我来，主要是跟大家一起商量商量村里今年的几件事。\n\n"
    "第一个，就是道路的事。从村口到后山那条路，一下雨就走不了车，今年一定要修好。\n\n"
    "其次是产业的事。咱们村种了这么多年的苹果，品种老了，要换新品种。\n\n"
    "{last}人居环境。说实话，我这次进村，看到路边还有不少垃圾，这个要改。\n\n"
    "好，就说这么多。谢谢大家。\n"
)


def test_a_count_of_two_said_in_two_styles_ends_with_its_last(tmp_path: Path) -> None:
    # (第一个，… / 其次是… / 最后一点，…, round px)
    spec, _ = mine(tmp_path, VILLAGE.format(last="最后一点，"))
    assert headings(spec["points"]) == ["就是道路的事", "产业的事", "人居环境"]


def test_without_its_last_a_count_of_two_in_two_styles_is_no_list(tmp_path: Path) -> None:
    # near miss: two items in two styles, nothing ending them, may be two lists: no points are made up
    spec, _ = mine(tmp_path, VILLAGE.format(last="还有就是"))
    assert "人居环境" not in headings(spec.get("points") or [])
