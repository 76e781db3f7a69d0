"""A Markdown talk whose ``##`` sections are its points and whose parts inside a section are headed by a short line
set wholly in bold (**运行时能力抽象**), as blogs print a minor heading: those lines are the point's sub-points, as a
``###`` heading would be (stop 63). A bold sentence said for emphasis (**这一点非常关键。**), a bold line with a
label, and a section that has ``###`` headings of its own are read as before."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TALK = (
    "# 数据平台建设的探索和实践\n\n"
    "大家好，今天和大家分享我们数据平台这几年的建设经验。\n\n"
    "## 平台的由来\n\n"
    "三年前，各业务线各建一套报表系统，口径不一，重复建设严重。\n\n"
    "## 平台的架构\n\n"
    "平台分为采集、计算、服务三层，下面分别介绍。\n\n"
    "**统一采集**\n\n"
    "所有业务数据经同一条通道进入平台，格式在入口处校验。\n\n"
    "**这一点非常关键。**\n\n"
    "入口不统一，后面的治理就无从谈起。\n\n"
    "**分层计算**\n\n"
    "明细层、汇总层、应用层各司其职，任务按层调度。\n\n"
    "**指标服务**\n\n"
    "指标只定义一次，各个报表按名称取用。\n\n"
    "## 下一步的计划\n\n"
    "### 开放接口\n\n"
    "明年把指标服务开放给合作伙伴。\n\n"
    "**按量计费**\n\n"
    "接口调用按量计费，先在两家合作伙伴试点。\n\n"
    "### 社区共建\n\n"
    "采集端的插件向社区开源。\n\n"
    "谢谢大家。\n"
)


def test_bold_lines_in_a_section_with_no_headings_of_its_own_are_its_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TALK, "talk.md")
    assert headings(spec["points"]) == ["平台的由来", "平台的架构", "下一步的计划"]
    assert headings(spec["points"][1]["items"]) == ["统一采集", "分层计算", "指标服务"]
    # (the section's own ### headings are its sub-points; the bold line under one of them is no heading beside them)
    assert headings(spec["points"][2]["items"]) == ["开放接口", "社区共建"]


def test_one_bold_line_in_a_talk_is_no_sub_point(tmp_path: Path) -> None:
    once = TALK.replace("**分层计算**", "分层计算这一层最复杂。").replace("**指标服务**", "指标服务是最后一层。")
    spec, _ = mine(tmp_path, once, "talk.md")
    assert headings(spec["points"]) == ["平台的由来", "平台的架构", "下一步的计划"]
    assert [i for i in spec["points"][1].get("items", []) if isinstance(i, dict) and i.get("heading")] == []
