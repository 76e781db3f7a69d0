"""A PDF copy cut at a number of characters, each paragraph's first line indented by two full-width spaces counted
among them, half-width digits and curly quotes in its lines (so their display widths differ): every full line runs
on into the next, the indented first lines too, and the heading lines of their own stay apart."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

WIDTH = 30  # characters a line, the indent counted


def _wrap(paragraph: str) -> list[str]:
    """The paragraph cut every WIDTH characters, a mark no line may open with kept at the end of the line above
    (避头尾: that line one character longer)."""
    text, lines = "\u3000\u3000" + paragraph, []
    while text:
        cut = WIDTH + (len(text) > WIDTH and text[WIDTH] in "，。、！；：”")
        lines.append(text[:cut])
        text = text[cut:]
    return lines


PLAIN = "这些年我在学校里见过许多学生，有的走得快，有的走得慢，可是走得远的人，往往是那些肯下笨功夫、不怕吃苦的人。"
PARAGRAPHS = [
    "今天，我们欢聚一堂，为2024届的4260名毕业生举行毕业典礼。首先，我代表学院，向全体毕业生表示热烈的祝贺！",
    "今天，我也想送给大家三个关键词。它们不是什么时髦的词，但都是我这些年在学校、在社会上摸爬滚打悟出来的。" + PLAIN,
    "关键词一：守拙",
    "守拙这个词，出自陶渊明的诗，意思是守住自己的朴拙，不去投机取巧。" + PLAIN + "一张凭证写得不工整，也要学生重新誊抄。",
    "关键词二：扎根",
    "树要长得高，根就要扎得深。我们学院有一位毕业生，没有留在大城市，而是回到家乡的县城，从柜员干起。" + PLAIN,
    "关键词三：生长",
    "扎根是为了生长。我经常听到一些年轻人说要躺平，我理解这种情绪背后的压力，但我更希望大家向着阳光长高。" + PLAIN,
    "同学们，守拙、扎根、生长，这是我送给大家的三个关键词。祝大家前程似锦！",
]


def _copy() -> str:
    head = "在2024届毕业典礼上的讲话\n\u3000\u3000\u3000\u3000学院院长　柯文涛\n亲爱的同学们：\n"
    return head + "\n".join(line for p in PARAGRAPHS for line in _wrap(p)) + "\n"


def test_indented_full_lines_run_on_and_heading_lines_stay(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _copy())
    assert headings(spec["points"]) == ["关键词一：守拙", "关键词二：扎根", "关键词三：生长"]
    first = spec["points"][0]
    said = first.get("intro") or first.get("paragraphs") or [first.get("text", "")]
    assert said[0] == PARAGRAPHS[3]
    assert spec["opening"]["purpose"] == PARAGRAPHS[0]  # (its first line indented, with digits in it)
