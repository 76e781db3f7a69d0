"""Heading lines that mix Latin words with Chinese (AI for Science 正在改变研究范式): a Latin word is measured
as one word, not letter by letter, when the reader asks whether a line is short enough to head a part
(``unnumbered.short_heading``). Speeches of our own wording."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = (
    "在全国计算生物学学术会议开幕式上的致辞\n\n尊敬的各位专家学者，女士们、先生们：\n\n"
    "欢迎大家来到西湖之畔参加本届会议。借开幕的机会，我想分三个部分谈谈我对这个领域的一点看法。\n\n"
)
TEXT = "过去几年，蛋白质结构预测、单细胞数据分析等方向都因为深度学习而发生了根本变化，这对我们既是机遇，也是挑战。"
END = "\n\n各位代表，未来三天，会议安排了十二场大会报告，预祝会议圆满成功！"


def test_part_lines_with_latin_words_are_the_points(tmp_path: Path) -> None:
    # (unnumbered: Part 1  … is a label of its own since stop 36, tests/reader/test_english_part_labels.py)
    lines = ["AI for Science 正在改变研究范式", "Open Science 需要共同建设", "青年学者是 Future 的希望"]
    spec, _ = mine(tmp_path, HEAD + "\n\n".join(f"{line}\n\n{TEXT}" for line in lines) + END)
    assert headings(spec["points"]) == lines


def test_long_lines_of_latin_words_are_no_headings(tmp_path: Path) -> None:
    # the same places, each line thirty words and more: sentences in two languages, not headings
    words = "we have seen that deep learning changes how structures are predicted and how single cells are read in every lab we know today"
    lines = [f"{words} 正在改变研究范式", f"{words} 需要共同建设", f"{words} 青年学者是希望"]
    spec, _ = mine(tmp_path, HEAD + "\n\n".join(f"{line}\n\n{TEXT}" for line in lines) + END)
    assert not spec.get("points")
