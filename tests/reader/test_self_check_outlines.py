"""A 组织生活会 member's self-check outline (everyday gf20; stop 23), in our own wording: the title ends in 发言提纲 and
the byline under it names the party branch and the member (机关第二党支部  刘晓明); the parts are topics before a
colon (一、查摆的问题：一是… / 二、问题产生的原因：主要是…。 / 三、整改措施：一是…), so the one whose text runs on after
its colon ends there too. Near miss: when the other parts are no topics before a colon, a colon inside the lead
sentence ends nothing."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "在学习上满足于完成规定动作，主动学、深入学不够，学用结合还有差距，今后要切实加以改进。"
HEAD = "2023年度组织生活会个人对照检查发言提纲\n机关第二党支部  刘晓明\n根据支部安排，我认真学习了规定篇目，对照检查如下。\n"
END = "以上对照检查，请同志们批评指正。\n"


def test_topics_before_a_colon_and_the_branch_byline(tmp_path: Path) -> None:
    text = HEAD + (
        f"一、查摆的问题：一是理论学习主动性不够。{BODY}二是工作标准不够高。{BODY}\n"
        f"二、问题产生的原因：主要是放松了主观世界的改造。{BODY}\n"
        f"三、整改措施：一是每天坚持学习一小时。{BODY}二是对标先进找差距。{BODY}\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "2023年度组织生活会个人对照检查发言提纲"
    assert spec.get("speaker") == "刘晓明"
    assert [h.rstrip("：") for h in headings(spec["points"])] == ["查摆的问题", "问题产生的原因", "整改措施"]


def test_a_colon_in_a_lead_among_leads_with_none_ends_nothing(tmp_path: Path) -> None:
    text = HEAD + (
        f"一、查摆的问题。{BODY}\n二、问题产生的原因：主要是放松了主观世界的改造。{BODY}\n三、整改措施。{BODY}\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[1].rstrip("。") == "问题产生的原因：主要是放松了主观世界的改造"
