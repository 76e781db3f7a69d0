"""一要… / 一要… / 一要…: a speaker who opens every point with the same first label counts them all the same
way (``top_level.repeated_first_labels``); near misses keep their reading. Speeches of our own wording."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在机关党支部组织生活会上的讲话\n\n同志们：\n\n刚才，支部书记作了对照检查，每位党员都作了发言。借此机会，我讲三点意见。\n\n"
BODY = "支部要把查摆出来的问题汇总梳理，形成清单，一项一项抓落实，整改情况要在下次支部会上通报。"
TOPICS = ["抓好问题整改", "注重日常经常", "发挥战斗堡垒作用"]
END = "\n\n希望支部以这次组织生活会为契机，把支部建设得更加坚强有力。"


def _speech(labels: list[str], topics: list[str] = TOPICS) -> str:
    return HEAD + "\n\n".join(f"{label}{topic}。{BODY}" for label, topic in zip(labels, topics, strict=True)) + END


def test_three_points_that_each_open_with_one_yao_are_three_points(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _speech(["一要"] * 3))
    assert headings(spec["points"]) == TOPICS
    assert spec["numbering"]["points"] == "一要"
    assert "“一要”“一要”重新生成时写作“二要”“三要”" in report  # (the writer is told the labels change)


def test_two_alike_labels_or_a_second_numeral_somewhere_are_no_repeated_count(tmp_path: Path) -> None:
    two, _ = mine(tmp_path, _speech(["一要"] * 2, TOPICS[:2]))
    assert not two.get("points")
    # 一要 twice at paragraph starts, and a 二要 said: the speaker does count (一要…二要… is a list of its own)
    told = HEAD + "\n\n".join([f"一要{TOPICS[0]}。{BODY}", f"一要{TOPICS[1]}。{BODY}二要按时报送。", f"一要{TOPICS[2]}。{BODY}"]) + END
    spec, _ = mine(tmp_path, told)
    assert not spec.get("points")  # (as before: no run the reader can vouch for, the paragraphs kept as written)


def test_one_is_said_three_times_is_no_repeated_count(tmp_path: Path) -> None:
    # near miss: 一个是…。/ 一个是…。/ 一个是…。 ("one is…") in a talk: not counted 1, 2, 3 as 一要 repeated is
    spec, _ = mine(tmp_path, _speech(["一个是"] * 3))
    assert not spec.get("points")
