"""A note app's rule (---) under a paragraph of sentences or under a byline of facts parted by bars is a rule, not a
Setext heading underline: the paragraph stays text and the headings keep their ranks (hp19 of the everyday suite); a
short line with no sentence over --- is still a heading."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "现在是七月，雨季来了，台风也要来了，能干活的日子不多了，大家要把每一天都用好。"


def note(under: str) -> str:
    return (
        "## 项目部班子会讲话\n项目经理 唐文军｜2024-07-08 晚 项目部二楼会议室\n---\n今天班子会，主要是把下半年的事捋一捋。\n"
        f"### 第一个方面：抢进度\n{TEXT}\n### 第二个方面：说说成本\n{TEXT}\n### 第三个方面：安全质量\n{under}\n---\n"
        "最后，班子成员要带头。晚上加班，班子成员要在现场。\n"
    )


def test_a_rule_under_sentences_is_no_heading_underline(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, note("这个不多说，天天讲。高温天气，中午十二点到三点停止室外作业。"), "note.md")
    assert spec["title"] == "项目部班子会讲话"
    assert headings(spec["points"])[:3] == ["抢进度", "说说成本", "安全质量"]


def test_a_short_line_over_a_rule_is_a_heading(tmp_path: Path) -> None:
    # near miss: 安全要点 over --- is a Setext heading of its own, ranked with the ## title
    spec, _ = mine(tmp_path, note("安全要点"), "note.md")
    assert "安全要点" in headings(spec["points"])
