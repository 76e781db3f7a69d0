"""A short talk that announces its parts (送给大家三句话。) and sets them as short heading lines that open alike, each
over a sentence or two (做一个爱读书的孩子 / 书是最好的朋友。…): the lines are its points, though the text under each
is shorter than a longer speech's. Lines that open differently, or more alike lines than the count, give no points."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine


def _talk(announce: str, lines: list[str]) -> str:
    texts = [
        "书是好朋友，希望大家每天读书半小时，把好故事讲给家里人听。",
        "见到老师主动问好，同学之间互相帮助，上下楼梯靠右慢行。",
        "下课了走出教室，跳跳绳、踢踢毽子，做一个健康快乐的人。",
    ]
    body = "".join(f"{line}\n{text}\n" for line, text in zip(lines, texts, strict=True))
    return (
        "新学期，做更好的自己\n——秋季开学国旗下讲话\n东湖路小学校长　秦慧文\n亲爱的同学们：\n早上好！\n"
        "暑假结束了，我们又回到了美丽的校园，看到大家晒黑了、长高了，我真高兴。\n"
        f"{announce}\n{body}同学们，新学期就像一本新的作业本，让我们一笔一画写好第一页！\n谢谢大家！\n"
    )


LINES = ["做一个爱读书的孩子", "做一个讲礼貌的孩子", "做一个爱运动的孩子"]


def test_announced_lines_that_open_alike_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("新学期，校长想送给大家三句话。", LINES))
    assert headings(spec.get("points", [])) == LINES


def test_lines_opening_differently_or_a_count_that_does_not_match(tmp_path: Path) -> None:
    for announce, lines in (
        ("新学期，校长想送给大家三句话。", ["爱读书的孩子最快乐", "讲礼貌是好习惯吧", "每天运动身体好呀"]),
        ("新学期，校长想送给大家两句话。", LINES),
    ):
        spec, _ = mine(tmp_path, _talk(announce, lines))
        assert headings(spec.get("points", [])) == [], announce
