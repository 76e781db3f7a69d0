"""Unnumbered headings that end with a full stop, each on a line of its own over its text, once their bold or
heading markup is lost (a Markdown page pasted as plain text): short one-sentence lines that open alike and
are as many as announced, or four or more such lines spread over the body, are the points
(``unnumbered._sentence_lines``). Lines said again and again, or unlike ones nobody announced, are text.
"""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import outline_levels, read_copy

TEXT = "这一点说起来容易，做起来难。希望你们在今后的日子里时时对照、处处践行，遇到困难不退缩，取得成绩不骄傲，一步一个脚印往前走。"
LINES = ["愿你们以读书之勤涵养底气。", "愿你们以实践之真增长才干。", "愿你们以合作之诚凝聚力量。", "愿你们以奉献之心回报社会。"]
CLOSE = "最后，祝大家前程似锦，一路顺风！"


def _speech(intro: str, lines: list[str], tail: int = 1) -> str:
    paras = ["在毕业典礼上的致辞", "亲爱的同学们：", "今天，我们在这里为大家送行。四年时光转瞬即逝，你们收获了知识，也收获了友谊。" + intro]
    for line in lines:
        paras += [line, TEXT]
    paras += [TEXT] * tail + [CLOSE]
    return "\n".join(paras)


def test_alike_sentence_lines_as_many_as_announced_are_the_points(tmp_path: Path) -> None:
    # three lines announced, and a long closing after the last: no spread over the body asked
    read = read_copy(tmp_path, _speech("临别之际，我有三点希望与大家共勉：", LINES[:3], tail=6))
    assert outline_levels(read)[0] == LINES[:3]


def test_two_announced_sentence_lines_are_the_points_too(tmp_path: Path) -> None:
    read = read_copy(tmp_path, _speech("临别之际，我讲两点希望：", LINES[:2]))
    assert outline_levels(read)[0] == LINES[:2]


def test_four_alike_sentence_lines_spread_over_the_body_need_no_announcement(tmp_path: Path) -> None:
    read = read_copy(tmp_path, _speech("临别之际，我想说几句心里话。", LINES))
    assert outline_levels(read)[0] == LINES


def test_repeated_or_unannounced_unlike_sentence_lines_stay_text(tmp_path: Path) -> None:
    # the same call said before each paragraph: no headings
    read = read_copy(tmp_path, _speech("临别之际，我讲三点希望：", ["家长朋友们、同学们！"] * 3))
    assert outline_levels(read)[0] == []
    # three short sentences that open differently, with no count announced for them
    unlike = ["时间过得真快啊。", "我们永远是一家人。", "母校永远等你回来。"]
    read = read_copy(tmp_path, _speech("临别之际，我想说几句心里话。", unlike))
    assert outline_levels(read)[0] == []
    # three alike lines where four were announced: the count is not met, and three lines are too few alone
    read = read_copy(tmp_path, _speech("临别之际，我有四点希望与大家共勉：", LINES[:3]))
    assert outline_levels(read)[0] == []
