"""A page cut off soon after a lone 一是 said inside a point's paragraph: the item counts as the first of a cut
list (its 二是 was lost) unless its lead gives a reason, its subject 是 a need, a requirement, a means
(一是…是…的客观需要): then the speaker says why the point matters, and no sub-point starts."""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import outline_levels, read_copy

HEAD = (
    "在全县创建卫生县城动员大会上的讲话\n同志们：\n今天召开全县创建卫生县城动员大会，动员全县上下迅速行动起来。"
    "下面，我讲几点意见。\n"
)


def _levels(tmp_path: Path, point: str) -> tuple[list[str], list[str]]:
    return outline_levels(read_copy(tmp_path, HEAD + point))


def test_a_lone_item_giving_a_need_is_no_sub_point(tmp_path: Path) -> None:
    point = (
        "一、统一思想，充分认识创建工作的重大意义。创建卫生县城是县委作出的重要决策，全县上下要全力以赴。"
        "一是创建卫生县城是改善群众生活环境的迫切需要。近年来，县城面貌虽有改观，但背街小巷脏乱差的问题依然存在，群众"
    )
    levels = _levels(tmp_path, point)
    assert len(levels[0]) == 1
    assert levels[1] == []


def test_a_lone_item_giving_a_means_is_no_sub_point_either(tmp_path: Path) -> None:
    point = (
        "一、统一思想，充分认识创建工作的重大意义。创建卫生县城是县委作出的重要决策，全县上下要全力以赴。"
        "一是创建工作是提升县城品位的有效途径。通过创建，可以补齐基础设施短板，提高城市管理水平，让"
    )
    assert _levels(tmp_path, point)[1] == []


def test_a_lone_item_that_is_a_task_stays_the_first_of_a_cut_list(tmp_path: Path) -> None:
    """Near miss: 一是加快… names a task; the page lost its 二是, the item is a sub-point."""
    point = (
        "一、突出重点，全面改善县城环境卫生。环境卫生是创建工作的基础，必须下大力气抓好。"
        "一是加快背街小巷改造。今年要完成三十条背街小巷的路面硬化和排水改造，做到路平、灯亮、"
    )
    assert [h.rstrip("。") for h in _levels(tmp_path, point)[1]] == ["加快背街小巷改造"]
