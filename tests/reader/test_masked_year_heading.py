"""A template's masked year (20XX年 / 20**年) after a heading label run into a long line (``page_repair``)."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.speech_file import read_speech

OPENING = (
    "乡长在全乡农业工作会议上的讲话\n同志们：\n"
    "今天我们召开全乡农业工作会议，主要任务是总结过去一年的农业农村工作，分析当前面临的形势，部署今年的重点任务。"
    "过去一年，天气反常，市场波动，乡里的同志们顶着压力做了大量工作，成绩来之不易，我代表乡党委、乡政府向大家表示感谢。"
    "下面，我讲两个方面的工作："
)
BODY = (
    "20XX年，全乡粮食播种面积稳中有增，新修机耕道十二公里，新建冷库两座，村级集体经济收入全部超过十万元，"
    "农民人均可支配收入增长百分之七，这些成绩是全乡干部群众一起拼出来的，也为今年的工作打下了较好的基础，"
    "但是也要看到，产业链条短、品牌弱、增收后劲不足等老问题依然存在，需要我们在今年下大力气加以"
)


def top(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "speech.txt"
    path.write_text(text, encoding="utf-8")
    return [n.heading for n in read_speech(path).outline.nodes() if n.depth == 1]


def test_a_masked_year_after_the_first_label_opens_a_heading(tmp_path: Path) -> None:
    assert top(tmp_path, OPENING + "一、20XX年工作回顾" + BODY) == ["20XX年工作回顾"]


def test_a_figure_after_the_label_opens_no_heading(tmp_path: Path) -> None:
    """Near miss: 一、25个村… is a figure counted off, not a heading."""
    assert top(tmp_path, OPENING + "一、25个村全部通了硬化路" + BODY) == []
