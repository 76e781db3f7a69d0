"""Two part lines over text that open alike (做一个心中有光的人 / 做一个脚下有路的人) and a third like them whose text
under it is too short to count on its own (做一个身边有人的人 / 身边有人，就是要…。 / a short paragraph): all three are the
speech's points (hs04 of the everyday suite); a third line that opens otherwise is none."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

LONG = "这几年，一些词很流行。我理解年轻人的压力，但我更希望你们明白，人这一辈子，总要有一点向上的东西撑着自己往前走。"


def speech(third: str) -> str:
    return (
        "愿你们成为有光的人\n——在江南理工大学2024届本科生毕业典礼上的讲话\n校长　李明远\n亲爱的同学们：\n"
        "今天，我们在这里隆重举行毕业典礼。离别之际，我想送给大家三句话。\n"
        f"做一个心中有光的人\n心中有光，就是要有理想、有信念。\n{LONG}\n{LONG}\n"
        f"做一个脚下有路的人\n脚下有路，就是要脚踏实地、行稳致远。\n{LONG}\n{LONG}\n"
        f"{third}\n身边有人，就是要心怀他人、与人为善。\n一个人的光再亮，也只能照亮一小片地方。\n"
        "同学们，“各美其美，美美与共”。祝愿大家前程似锦！\n"
    )


def test_a_third_alike_line_over_short_text_is_a_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech("做一个身边有人的人"))
    assert headings(spec["points"]) == ["做一个心中有光的人", "做一个脚下有路的人", "做一个身边有人的人"]


def test_a_third_line_that_opens_otherwise_is_no_point(tmp_path: Path) -> None:
    # near miss: 要学会与人相处 opens unlike the two: two lines, no count of two announced, no points
    spec, _ = mine(tmp_path, speech("要学会与人相处好"))
    assert "要学会与人相处好" not in headings(spec.get("points", []))
