"""Talks published as Markdown blog posts (blind46, studied at stop 22), in our own wording:

- A level of Markdown headings whose headings are some numbered, some not (### 前言 / ### 1、… / ### 2、… /
  ### 总结): the level places them all, the numbers are labels, so the #### 1.1、 headings under ### 1、 are its
  sub-points and ### 2、 is not lost among 1. 2. 3. list items; a decimal section number with 、 (1.1、) is a label.
- ## 导语 (or ### 前言) among the first two headings: the page's introduction, and a notice printed above it, are read
  with the opening, not as points; so is a first heading that counts the parts after it (## 本次分享主要分为三部分：,
  blind53).
- ## 作者介绍, a Markdown ## Q&A, ## 关于 …Meetup and ### …活动推荐：… in the second half of the page: back matter, dropped
  and reported.
Near misses: a 前言 heading third among the headings stays a point; 作者介绍 in the first half of the page stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import headings, mine

BODY = "这一部分介绍我们的做法和体会，包括架构的演进、落地过程中遇到的问题，以及我们是怎样一步一步解决的。"
HEAD = "# 分布式事务的开源与实践\n\n"


def test_a_heading_level_with_numbered_and_unnumbered_headings(tmp_path: Path) -> None:
    text = HEAD + (
        f"### 前言\n\n{BODY}\n\n### 1、问题产生的背景\n\n#### 1.1、数据库的水平拆分\n\n{BODY}\n\n"
        f"#### 1.2、转账案例\n\n{BODY}\n\n1. 调用交易系统创建订单；\n2. 调用支付系统记录明细；\n3. 调用账务系统扣钱。\n\n"
        f"### 2、我们的方案\n\n#### 2.1、理论基础\n\n{BODY}\n\n#### 2.2、TCC 模式\n\n{BODY}\n\n"
        f"### 3、社区共建\n\n{BODY}\n\n### 总结\n\n{BODY}\n"
    )
    spec, _ = mine(tmp_path, text, name="talk.md")
    points = headings(spec["points"])
    assert points[:3] == ["问题产生的背景", "我们的方案", "社区共建"]  # (### 前言 first: read with the opening)
    assert headings(spec["points"][0]["items"]) == ["数据库的水平拆分", "转账案例"]
    assert headings(spec["points"][1]["items"]) == ["理论基础", "TCC 模式"]


def test_a_preface_heading_and_the_notice_above_it_open_the_talk(tmp_path: Path) -> None:
    text = HEAD + (
        f"## 项目完成孵化，启用独立社区\n\n{BODY}\n\n## 导语\n\n{BODY}\n\n## 网关的定义\n\n{BODY}\n\n"
        f"## 网关的实践\n\n{BODY}\n\n## 云原生下的思考\n\n{BODY}\n\n## 作者介绍\n\n张某某，某公司技术专家。\n"
    )
    spec, report = mine(tmp_path, text, name="talk.md")
    assert headings(spec["points"]) == ["网关的定义", "网关的实践", "云原生下的思考"]
    assert "文末的作者介绍" in report


@pytest.mark.parametrize("count", ["本次分享主要分为三部分：", "今天的分享分为三个部分："])
def test_a_first_heading_that_counts_the_parts_after_it_opens_the_talk(tmp_path: Path, count: str) -> None:
    text = HEAD + (
        f"## {count}\n\n{BODY}\n\n## 1、服务化架构演进\n\n{BODY}\n\n##  2、微服务体系\n\n{BODY}\n\n##  3、开源与社区\n\n{BODY}\n"
    )
    spec, _ = mine(tmp_path, text, name="talk.md")
    assert headings(spec["points"]) == ["服务化架构演进", "微服务体系", "开源与社区"]


def test_a_first_heading_that_counts_more_parts_than_follow_stays_a_point(tmp_path: Path) -> None:
    # near miss: the count is not the headings after it (四部分 over three), so nothing says it only announces them
    text = HEAD + f"## 本次分享主要分为四部分：\n\n{BODY}\n\n## 1、服务化架构演进\n\n{BODY}\n\n## 2、微服务体系\n\n{BODY}\n\n## 3、开源与社区\n\n{BODY}\n"
    spec, _ = mine(tmp_path, text, name="talk.md")
    assert headings(spec["points"]) == ["本次分享主要分为四部分：", "服务化架构演进", "微服务体系", "开源与社区"]


def test_the_questions_after_a_talk_under_a_markdown_heading(tmp_path: Path) -> None:
    text = HEAD + (
        f"## 数据库现状\n\n{BODY}\n\n## 什么是 NewSQL\n\n{BODY}\n\n## 我们学到的东西\n\n{BODY}\n\n"
        "## Q&A\n\n### 提问：是否做过性能对比？\n\n做过，结果在官网上。\n\n### 提问：是否会出商业版本？\n\n会的。\n"
    )
    spec, report = mine(tmp_path, text, name="talk.md")
    assert headings(spec["points"]) == ["数据库现状", "什么是 NewSQL", "我们学到的东西"]
    assert "讲后的问答" in report


@pytest.mark.parametrize(
    ("back", "reason"),
    [
        ("## 关于 Service Mesh Meetup\n\n本期是第九期杭州站，感谢各家公司的支持。\n", "文末的活动介绍"),
        ("### 云原生活动推荐：Service Mesh Meetup 成都站\n\n本期 Meetup 邀请社区大咖，分享服务网格的落地实践，欢迎报名。\n", "文末的活动推荐"),
    ],
)
def test_the_pages_word_on_the_event_series_and_its_next_event(tmp_path: Path, back: str, reason: str) -> None:
    text = HEAD + f"## 背景\n\n{BODY}\n\n## 变更\n\n{BODY}\n\n## 技术风险建设\n\n{BODY}\n\n" + back
    spec, report = mine(tmp_path, text, name="talk.md")
    assert headings(spec["points"]) == ["背景", "变更", "技术风险建设"]
    assert reason in report


def test_a_preface_heading_later_and_an_author_note_early_stay(tmp_path: Path) -> None:
    text = HEAD + (
        f"## 作者介绍\n\n{BODY}\n\n## 网关的定义\n\n{BODY}\n\n## 前言\n\n{BODY}\n\n## 网关的实践\n\n{BODY}\n\n"
        f"## 云原生下的思考\n\n{BODY}\n\n## 后续的计划\n\n{BODY}\n"
    )
    spec, report = mine(tmp_path, text, name="talk.md")
    assert "前言" in headings(spec["points"])
    assert "文末的作者介绍" not in report


def test_numbered_markdown_headings_over_a_numbered_list(tmp_path: Path) -> None:
    """## 1. … / ## 2. … (1. 2. 3. list items under it) / ## 3. … / ## 4. 要不要迁？我的建议 (stop 23, gl09): the points
    are the headings, the list items of the same label style are no points, and a heading is its whole line, a
    question in it included. Near miss: a plain 1. 2. 3. list with no headings stays the points."""
    steps = "1. 先把最热的内核抽成独立模块，用新语言重写。\n2. 压测加影子流量跑了六周，两个版本同时算。\n3. 最后才把外面那层服务也换掉。\n"
    text = HEAD + (
        f"## 1. 背景：我们遇到了什么问题？\n\n{BODY}\n\n## 2. 迁移怎么做的？\n\n{BODY}\n\n{steps}\n"
        f"## 3. 踩过的坑\n\n{BODY}\n\n## 4. 要不要迁？我的建议\n\n{BODY}\n"
    )
    spec, _ = mine(tmp_path, text, name="talk.md")
    assert headings(spec["points"]) == ["背景：我们遇到了什么问题？", "迁移怎么做的？", "踩过的坑", "要不要迁？我的建议"]
    spec, _ = mine(tmp_path, HEAD + f"{BODY}\n\n{steps}\n{BODY}\n", name="talk.md")
    assert len(spec["points"]) == 3
