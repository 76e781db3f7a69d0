"""A paragraph of its own that brings in a list as more, besides what was said (同时，要着力抓好以下三项基础性工作。),
after the last heading of a point's list and that heading's own 1. 2. 3., opens a list of the point's, beside its
first list: not one inside the last heading (the stop-51 work, on round yt's union congress report). In a Markdown
copy the writer's heading marks say where a section ends: such a paragraph under a ### heading brings in that
section's list (a tech talk's ### 框架与网格 / … / 此外，…考虑以下因素： / - **性能**：…, as the stop-66 reading of a
CloudWeGo talk found; the two annotators of stop 65 kept those items out of the ## section's list)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine, outline_of

TEXT = "要结合实际制定具体方案，明确时间表和责任人，确保各项任务落地见效。"


def _sub_points(intro: str) -> list[str]:
    outline = outline_of(
        "在市总工会第十五次代表大会上的报告",
        "各位代表：",
        "现在，我代表市总工会第十四届委员会向大会作报告，请予审议。",
        "一、今后五年的目标任务",
        "今后五年，全市各级工会要紧紧围绕市委中心工作，团结动员广大职工建功新时代。",
        "（一）着力强化思想政治引领",
        "1.深化理论武装。" + TEXT,
        "2.弘扬劳模精神。" + TEXT,
        "（二）着力深化工会改革创新",
        "1.扩大组织覆盖。" + TEXT,
        "2.激发基层活力。" + TEXT,
        intro,
        "一是抓好工会法治建设。" + TEXT,
        "二是抓好工会经费保障。" + TEXT,
        "三是抓好工会理论研究。" + TEXT,
        "二、切实加强工会自身建设",
        "各级工会要加强政治建设、能力建设和作风建设，努力建设让党放心、让职工满意的工会组织。",
        "各位代表，让我们更加紧密地团结在党的周围，为建设现代化城市贡献工会力量！",
    )
    return [n.heading.rstrip("。") for n in outline.points[0].children]


def test_a_list_brought_in_as_more_stands_beside_the_first() -> None:
    assert _sub_points("同时，要着力抓好以下三项基础性工作。") == [
        "着力强化思想政治引领", "着力深化工会改革创新", "抓好工会法治建设", "抓好工会经费保障", "抓好工会理论研究",
    ]


def test_a_list_brought_in_without_more_stays_under_the_last_heading() -> None:
    # near miss: 要着力抓好以下三项工作。 says no "besides": the list is the last heading's
    assert _sub_points("激发基层活力，要着力抓好以下三项工作。") == ["着力强化思想政治引领", "着力深化工会改革创新"]


MARKDOWN_TALK = """# 从零搭建微服务框架的几点体会

大家好，今天和大家聊聊我们团队在微服务框架上的一些实践。

## 01 为什么自研框架

早期我们直接使用开源框架，随着业务规模扩大，性能和治理能力都跟不上了，于是决定自研。

## 02 框架的治理能力

框架提供了完整的服务治理能力，下面分几块介绍。

### 熔断

熔断在下游出现故障时快速失败，防止故障在调用链上扩散，保护上游服务。

### 限流

限流控制单位时间内的请求数量，在流量突增时保护服务不被压垮。

### 框架与网格

框架和服务网格同时使用时，框架要能够卸载部分治理能力，交给网格统一处理。

此外，在决定是否开发一项新的治理功能时，我们往往还需要考虑以下因素：

- **性能**：大部分业务都很在意，这也是团队一直努力的方向；
- **普遍性**：要评估是不是所有业务都需要这项能力；
- **简洁**：不希望引入太多线上问题或复杂的使用说明。

## 03 开源之路

内部版本依赖开源版本，内外同源，社区的改进也会回到内部。

谢谢大家！
"""


def test_a_list_brought_in_as_more_under_a_markdown_sub_heading_stays_in_its_section(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, MARKDOWN_TALK, name="talk.md")
    sections = spec["points"][1]["items"]
    assert headings(sections) == ["熔断", "限流", "框架与网格"]
    assert [h.rstrip("：") for h in headings(sections[2]["items"])] == ["性能", "普遍性", "简洁"]
