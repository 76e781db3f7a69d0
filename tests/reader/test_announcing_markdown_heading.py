"""## 提三点要求 over - 一、… - 二、… - 三、… (a 讲话提纲 in Markdown, iq18 of the everyday suite): a lone heading that says
the count of the numbered headings right under it announces them; they are the points. Near miss: a lone heading that
says no count (## 工作要求) stays the part over them, as before."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

ITEMS = (
    "- 一、学以致用，把培训成果转化为支部工作实效\n  - 回去后一个月内，在本支部讲一次党课\n"
    "- 二、当好“领头雁”，切实履行第一责任人职责\n  - 抓党建不是“副业”，是主责主业\n"
    "- 三、从严要求，带头严守纪律规矩\n  - 带头落实中央八项规定精神，管好自己、带好队伍\n\n"
)


def outline(part: str) -> str:
    return (
        "# 在全市机关党支部书记培训班结业式上的讲话提纲\n\n同志们：\n\n- 为期五天的培训班今天结业，给大家提三点要求。\n\n"
        f"## {part}\n\n{ITEMS}## 结尾\n\n- 同志们，机关党建看支部，支部工作看书记。\n"
    )


def test_a_heading_saying_the_count_announces_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, outline("提三点要求"), "outline.md")
    assert headings(spec["points"]) == ["学以致用，把培训成果转化为支部工作实效", "当好“领头雁”，切实履行第一责任人职责", "从严要求，带头严守纪律规矩"]


def test_a_heading_saying_no_count_stays_the_part(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, outline("工作要求"), "outline.md")
    assert headings(spec["points"]) == ["工作要求"]
