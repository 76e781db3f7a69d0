"""A livestream's speech-to-text transcript (everyday gl10; stop 23), in our own wording: each line opens with a time
code ([00:02:30]), dropped and listed; the speaker counts the pitfalls he fell into (首先第一个坑，就是… / 然后第二个坑，
是… / 第三个坑，… / 第四个坑是什么呢，就是…), things a talk outside officialdom counts as a meeting counts 问题 and
方面. Near miss: a time code with nothing after it is no line of the speech, and 第一个阶段，… of a plan is no count."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "我们那时候觉得产品线越多越好，结果库存压了一大堆，现金流差点断掉，这个教训我一辈子都记得。"


def test_a_time_coded_transcripts_counted_pitfalls(tmp_path: Path) -> None:
    lines = [
        "创业十年，我踩过的五个坑",
        "[00:00:12] 欢迎各位老朋友新朋友来到直播间，今天跟大家聊聊我踩过的几个坑。",
        "[00:02:30] 首先第一个坑，就是太早扩品类。",
        f"[00:02:41] {BODY}",
        "[00:05:30] 然后第二个坑，是用错了人。",
        f"[00:05:42] {BODY}",
        "[00:08:15] 第三个坑，就是不重视财务。",
        f"[00:08:30] {BODY}",
        "[00:11:20] 第四个坑是什么呢，就是过度依赖一个平台。",
        f"[00:11:25] {BODY}",
        "[00:13:45] 好，那今天就先讲这四个。谢谢大家！",
    ]
    spec, report = mine(tmp_path, "\n".join(lines) + "\n")
    assert [h.rstrip("。") for h in headings(spec["points"])] == ["太早扩品类", "用错了人", "不重视财务", "过度依赖一个平台"]
    assert "时间码" in report


def test_a_plans_stages_are_no_count(tmp_path: Path) -> None:
    text = (
        "在全市发展大会上的讲话\n同志们：\n今天我讲一个问题。\n"
        f"第一个阶段，从现在到二〇三〇年，基本完成改造。{BODY}\n第二个阶段，从二〇三〇年到二〇三五年，全面完成改造。{BODY}\n"
        "同志们，让我们共同努力！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert not spec.get("points")
