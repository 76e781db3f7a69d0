"""A sub-point's number written twice, then the list going on (（一）（二）（三）（三）（五） under 二、, jt22 of the
everyday suite): the second （三） is the list's, not a third point that the top count 一、 二、 goes on to."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "要对重点企业开展一对一服务，帮助解决用工、资金等实际困难，确保四季度生产稳中有进。"


def speech(subs: list[str]) -> str:
    listed = "".join(f"{sub}{TEXT}\n" for sub in subs)
    return (
        "在市政府全体会议上的讲话\n同志们：\n今天召开全体会议，分析形势，部署四季度工作。我讲两点意见。\n"
        f"一、客观分析前三季度经济形势\n{TEXT}\n二、全力冲刺四季度各项工作\n{listed}"
        "同志们，时间不等人，让我们全力以赴完成全年目标任务！\n"
    )


def test_a_sub_number_written_twice_stays_in_its_list(tmp_path: Path) -> None:
    subs = ["（一）全力抓好工业稳产增产。", "（二）全力推进项目建设。", "（三）全力促进消费增长。", "（三）全力抓好财政收支管理。", "（五）全力守牢安全稳定底线。"]
    spec, _ = mine(tmp_path, speech(subs))
    assert len(spec["points"]) == 2
    assert len(spec["points"][1]["items"]) == 5


def test_a_list_numbered_in_order_is_the_points_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech(["（一）全力抓好工业稳产增产。", "（二）全力推进项目建设。", "（三）全力抓好财政收支管理。"]))
    assert headings(spec["points"]) == ["客观分析前三季度经济形势", "全力冲刺四季度各项工作"]
    assert len(spec["points"][1]["items"]) == 3
