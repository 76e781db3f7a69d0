"""A Markdown keynote whose parts are short bold lines that end as sentences (**人比模型更重要。**), one over a numbered
list (1. … 4.) and one over counted paragraphs (第一种人，…) (yv12 of the everyday suite): the bold lines are the points,
the lists under them their sub-points. A single bold sentence line stays the emphasis it is."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "很多企业一上来就想做“企业大脑”，想用一个模型解决所有问题，结果投入很大，效果很难衡量，一线员工也不买账。"
HEAD = "# 大模型落地，别急着造火箭\n\n各位来宾、各位同行：\n\n大家上午好！感谢大会组委会的邀请。" + TEXT + "\n\n"
FIRST = "**算力不再是门槛，数据才是。**\n\n" + TEXT + "\n\n" + TEXT + "\n\n"
SECOND = (
    "**先把小事做透，再谈大模型。**\n\n" + TEXT + "\n\n"
    "1. 先找一个最痛的环节。" + TEXT + "\n\n2. 再定一个算得清的指标。" + TEXT + "\n\n3. 最后才考虑扩展。" + TEXT + "\n\n"
)
THIRD = (
    "**人比模型更重要。**\n\n" + TEXT + "\n\n"
    "第一种人，是懂业务又愿意学技术的人。" + TEXT + "\n\n第二种人，是被技术影响的普通员工。" + TEXT + "\n\n"
)
END = "各位，技术的浪潮来得很快，但企业的变化是一步一步来的。\n\n谢谢大家！\n"


def test_bold_sentence_lines_over_lists_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + FIRST + SECOND + THIRD + END, name="keynote.md")
    assert headings(spec["points"]) == ["算力不再是门槛，数据才是。", "先把小事做透，再谈大模型。", "人比模型更重要。"]
    assert headings(spec["points"][1]["items"]) == ["先找一个最痛的环节", "再定一个算得清的指标", "最后才考虑扩展"]


def test_one_bold_sentence_line_is_no_part_heading(tmp_path: Path) -> None:
    # near miss: one bold line only, over the numbered list; the list is the speech's points
    spec, _ = mine(tmp_path, HEAD + SECOND.replace("**", "") + THIRD + END, name="keynote.md")
    assert headings(spec["points"])[:3] == ["先找一个最痛的环节。", "再定一个算得清的指标。", "最后才考虑扩展。"]
