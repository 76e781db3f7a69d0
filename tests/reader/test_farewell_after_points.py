"""第一，… 第二，… 第三，… then 最后，我想对大家说，母校永远是你们的家。… (round tu, commencement speeches): 最后 before
what the speaker says to them goes on after 说 is his farewell, the closing's first words, not a fourth point; a
WeChat mark before it (💡最后，…) is set aside as before a label. 最后，我想对年轻老师们说几句。, a part it announces,
is still the last point."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine, outline_of, top_headings

TEXT = "人这一辈子，最怕的不是吃苦，而是迷茫。希望你们走出校门以后，始终记得自己为什么出发，把理想落在每一天的工作里。"


def commencement(last: str) -> list[str]:
    return [
        "在2024届毕业典礼上的讲话", "亲爱的同学们：", "今天，我们在这里隆重集会，为2024届毕业生送行。临别之际，我送大家三句话。",
        "第一，心里要有光。" + TEXT, TEXT, "第二，眼里要有人。" + TEXT, TEXT, "第三，脚下要有路。" + TEXT, TEXT,
        last, "同学们，愿你们心里有光，眼里有人，脚下有路。祝同学们前程似锦，一路顺风！",
    ]


FAREWELL = "最后，我想对大家说，母校永远是你们的家。无论你们走到哪里，遇到什么困难，母校的大门永远为你们敞开。"


def test_a_farewell_after_the_points_opens_the_closing() -> None:
    o = outline_of(*commencement(FAREWELL))
    assert top_headings(o) == ["心里要有光", "眼里要有人", "脚下要有路"]
    assert o.closing[0].text == FAREWELL


def test_a_mark_before_the_farewell_is_set_aside(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "\n\n".join(commencement("💡" + FAREWELL)) + "\n")
    assert headings(spec["points"]) == ["心里要有光", "眼里要有人", "脚下要有路"]
    assert spec["closing"][0] == FAREWELL


def test_a_part_announced_after_最后_is_still_the_last_point() -> None:
    # near miss: 说几句。 announces what follows; nothing is said after 说 in its sentence
    o = outline_of(*commencement("最后，我想对年轻老师们说几句。" + TEXT))
    assert top_headings(o)[-1] == "我想对年轻老师们说几句"
