"""Unnumbered part lines over a spoken list (everyday b24, h23; stop 23), in our own wording:

- 关于今年的形势 / 关于几项重点工作 / 关于干部队伍: heading lines over text, one of them over a short sentence that
  announces what follows (…就强调三件。) and then a paragraph of text, are the parts.
- 一个是…。 / 再一个是…。 / 还有一个是…。 opening paragraphs under a part: the speaker's count, its sub-points (the
  going-on words say the next item as 二是 would).
Near misses: a line over a short sentence with no text after it is no part line; 一个是… said once, with no
going-on words after it, is text.
"""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "这个事情我每次开会都讲，大家回去以后要专门研究，拿出具体办法，一项一项抓落实，年底我要一个一个过问。"
HEAD = "在公司中层以上干部大会上的讲话\n同志们：\n今天把大家召集起来，开一个中层以上干部大会，讲一讲今年的工作。\n"
END = "同志们，今年的担子很重，只要我们上下一条心，就一定能够打个翻身仗。\n"


def _speech(under_second: str) -> str:
    return HEAD + (
        f"关于今年的形势\n{BODY}\n{BODY}\n关于几项重点工作\n今年的重点工作，报告里都写了，我就强调三件。\n"
        f"{under_second}关于干部队伍\n{BODY}\n{BODY}\n"
    ) + END


SPOKEN = f"一个是项目管理。{BODY}\n再一个是清欠回款。{BODY}\n还有一个是安全质量。{BODY}\n"


def test_part_lines_over_a_spoken_list(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _speech(SPOKEN))
    assert headings(spec["points"]) == ["关于今年的形势", "关于几项重点工作", "关于干部队伍"]
    assert headings(spec["points"][1]["items"]) == ["项目管理", "清欠回款", "安全质量"]


def test_one_yige_shi_with_no_going_on_is_text(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _speech(f"一个是项目管理。{BODY}\n{BODY}\n"))
    assert headings(spec["points"]) == ["关于今年的形势", "关于几项重点工作", "关于干部队伍"]
    assert "items" not in spec["points"][1]


def test_a_line_over_a_short_sentence_with_no_text_after_is_no_part(tmp_path: Path) -> None:
    """关于几项重点工作 / …就强调三件。 / 关于干部队伍: the short sentence has no paragraph of text after it."""
    text = HEAD + (
        f"关于今年的形势\n{BODY}\n关于几项重点工作\n今年的重点工作，报告里都写了，我就强调三件。\n"
        f"关于干部队伍\n{BODY}\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert "关于几项重点工作" not in headings(spec.get("points", []))


def _graduation(last_text: str) -> str:
    parts = "".join(f"{h}\n{BODY}{BODY}\n" for h in ("带着好奇心出发", "守住一张安静的书桌"))
    return (
        "在文学院2024届毕业典礼上的讲话\n亲爱的同学们：\n今天你们就要离开了，我想送给大家三句话。\n"
        f"{parts}学会与平凡相处\n{last_text}\n同学们，毕业不是告别，而是另一种出发。祝大家前程似锦！\n"
    )


def test_text_under_the_last_part_line_that_turns_to_the_audience_is_the_parts(tmp_path: Path) -> None:
    """… / 学会与平凡相处 / 同学们，你们中的大多数人…: the paragraph right under the last part line is its text, though it
    opens with the address; the closing is the address after it (stop 23, ge17)."""
    spec, _ = mine(tmp_path, _graduation(f"同学们，你们中的大多数人将来会成为普通人。{BODY}"))
    assert headings(spec["points"]) == ["带着好奇心出发", "守住一张安静的书桌", "学会与平凡相处"]
    assert spec["closing"][0].startswith("同学们，毕业不是告别")
