"""Lines of one word each (读书 / 做事 / 做人; 真 / 韧 / 暖) over paragraphs of text, as many as the paragraph before the first says
(我想和大家聊三个词。, rounds pf and so): a commencement's words are its points, though too short for a heading line
otherwise. Without the count, or with another count, such lines are no points."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = (
    "大学最重要的事，是读书。这话听起来像是老生常谈，但我越来越觉得，能静下心来读几本好书的年轻人越来越少了，"
    "希望大家在这四年里，给自己定一个读书计划，每个学期读完几本经典。"
)
SPEECH = (
    "在2024级新生开学典礼上的讲话\n\n亲爱的同学们：\n\n大家好！\n\n"
    "今天，我们在这里隆重举行新生开学典礼。从今天起，你们的大学生活就正式开始了。怎样度过这几年？{count}\n\n"
    "读书\n\n" + TEXT + "\n\n做事\n\n" + TEXT + "\n\n做人\n\n" + TEXT + "\n\n"
    "同学们，四年时光转瞬即逝。希望你们不负韶华，在这里度过一段无悔的青春！\n\n谢谢大家！\n"
)


def test_word_lines_as_many_as_announced_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SPEECH.format(count="我想和大家聊三个词。"))
    assert headings(spec["points"]) == ["读书", "做事", "做人"]


def test_word_lines_with_no_count_are_no_points(tmp_path: Path) -> None:
    # near miss: nothing counts the words
    spec, _ = mine(tmp_path, SPEECH.format(count="我想和大家说几句心里话。"))
    assert headings(spec.get("points") or []) != ["读书", "做事", "做人"]


def test_word_lines_fewer_than_announced_are_no_points(tmp_path: Path) -> None:
    # near miss: four words announced, three lines found
    spec, _ = mine(tmp_path, SPEECH.format(count="我想和大家聊四个词。"))
    assert headings(spec.get("points") or []) != ["读书", "做事", "做人"]


CHARACTERS = (
    "在初三毕业典礼上的讲话\n\n亲爱的同学们：\n\n三年前的九月，你们走进了校园。临别之际，我想用{count}，和同学们说几句心里话。\n\n"
    "真\n\n第一个字，是“真”。做人要真诚。\n\n" + TEXT + "\n\n韧\n\n第二个字，是“韧”。百折不挠。\n\n" + TEXT + "\n\n"
    "暖\n\n第三个字，是“暖”。心怀感恩。\n\n" + TEXT + "\n\n同学们，祝你们前程似锦！\n"
)


def test_one_character_lines_counted_as_characters_are_the_points(tmp_path: Path) -> None:
    # (round td: 我想用三个字… / 真 / 第一个字，是“真”。… a short sentence under each, text after it)
    spec, _ = mine(tmp_path, CHARACTERS.format(count="三个字"))
    assert headings(spec["points"]) == ["真", "韧", "暖"]


def test_one_character_lines_with_no_count_are_no_points(tmp_path: Path) -> None:
    # near miss: nothing counts the characters
    spec, _ = mine(tmp_path, CHARACTERS.format(count="几句话"))
    assert headings(spec.get("points") or []) != ["真", "韧", "暖"]
