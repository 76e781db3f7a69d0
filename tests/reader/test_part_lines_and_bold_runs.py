"""Two structures a page leaves without numbers at the top:

- a work report whose two part titles stand unnumbered on lines of their own (回顾 / 目标和重点工作), with a
  —— list under the first and the numbered headings 一、二、三、 wholly under the second: the two lines are
  the points, the lists their sub-points (``_unnumbered_sections``, two lines being enough here);
- lines set wholly in bold over their text that open alike in two runs (我们坚持… ×3, then 中方愿同… ×4): all
  are the points, though the four short sentence lines among them (…。) are found on their own first.
"""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.outline import SourceParagraph, parse_outline
from jianggao.reader.speech_file import read_speech


def _text(topic: str) -> str:
    return f"{topic}方面，我们做了大量工作，群众的获得感明显增强，但也还有一些短板需要在今后的工作中加以补齐。"


REVIEW = [
    "过去五年工作回顾",
    "过去五年，全市上下团结奋斗、攻坚克难，经济社会发展取得了新的成绩，为今后发展打下了坚实基础。",
    "——这五年经济实力明显增强。" + _text("经济"),
    "——这五年城乡面貌持续改善。" + _text("城建"),
    "——这五年民生福祉不断增进。" + _text("民生"),
    "成绩来之不易，这是全市人民共同奋斗的结果。",
]
PLAN = [
    "今后五年目标和今年重点工作",
    "今后五年是全市发展的关键时期，今年是开局之年，做好今年的工作意义重大，我们要重点抓好以下几个方面。",
    "一、坚定不移推动产业升级",
    _text("产业"),
    "二、持续用力改善城乡环境",
    _text("环境"),
    "三、千方百计增进民生福祉",
    _text("民生"),
]
HEAD = ["各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。"]
END = ["各位代表！让我们团结一心，奋力开创全市发展新局面！"]


def _outline(lines: list[str]):
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)])


def test_two_part_lines_over_a_dash_list_and_the_numbered_headings() -> None:
    outline = _outline([*HEAD, *REVIEW, *PLAN, *END])
    assert [n.heading for n in outline.points] == ["过去五年工作回顾", "今后五年目标和今年重点工作"]
    first, second = outline.points
    assert [n.heading for n in second.children] == ["坚定不移推动产业升级", "持续用力改善城乡环境", "千方百计增进民生福祉"]
    assert len(first.children) == 3 and first.children[0].heading.startswith("这五年经济实力明显增强")


def test_one_part_line_or_headings_across_the_lines_leave_the_numbered_headings_on_top() -> None:
    """Near misses: with the review's line gone, or with 一、 under the first line and 二、三、 under the
    second, the numbered headings are the points, as before."""
    numbered = ["坚定不移推动产业升级", "持续用力改善城乡环境", "千方百计增进民生福祉"]
    outline = _outline([*HEAD, *REVIEW[1:], *PLAN, *END])
    assert [n.heading for n in outline.points] == numbered
    across = [*REVIEW[:2], *PLAN[2:4], *REVIEW[2:], PLAN[0], *PLAN[4:]]
    outline = _outline([*HEAD, *across, *END])
    assert [n.heading for n in outline.points] == numbered


REVIEWED = ["我们坚持扩大开放，做区域合作的积极推动者。", "我们坚持创新驱动，做新兴产业的勇敢开拓者。", "我们践行绿色理念，做生态文明的坚定守护者。"]
AHEAD = ["中方愿同各方共筑发展的基础。", "中方愿同各方共享合作的机遇。", "中方愿同各方共走开放的大道。", "中方愿同各方共创繁荣的未来。"]
TOPICS = ["港口", "科技", "林草", "交通", "贸易", "文旅", "教育"]  # (the text under each line opens differently)


def _markdown(tmp_path: Path, bold: list[str], between: str = "展望新的一年，我们满怀信心。") -> list[str]:
    parts = ["# 在新春招待会上的致辞", "", "各位来宾，朋友们：", "", "大家好！很高兴同各位新老朋友欢聚一堂。", ""]
    for k, line in enumerate(bold):
        if k == len(REVIEWED):
            parts += [between, ""]
        parts += [f"**{line}**", _text(TOPICS[k]), ""]
    parts += ["谢谢大家！", ""]
    path = tmp_path / "speech.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return [n.heading for n in read_speech(path).outline.points]


def test_bold_lines_opening_alike_in_two_runs_are_all_the_points(tmp_path: Path) -> None:
    assert _markdown(tmp_path, [*REVIEWED, *AHEAD]) == [*REVIEWED, *AHEAD]


def test_bold_lines_alike_in_no_run_are_no_points(tmp_path: Path) -> None:
    """Near miss: bold lines that open differently, one after another, unannounced: no points from them."""
    mixed = ["我们坚持扩大开放，做区域合作的积极推动者。", "各方携手共享合作的机遇。", "未来充满希望和光明。"]
    assert _markdown(tmp_path, mixed) == []
