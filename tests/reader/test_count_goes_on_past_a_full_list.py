"""第一，… 第二，… 三、… (1. 2. 3. 4. under it) 四是… 五是…: a count said in switching styles goes on past the list
under its third point when that list ended at its own last number (4.), so 五是 is the fifth point (iv10 of the
everyday suite stopped at four). Near miss: under 三、 a list that ended at 3., which the 四是 after it may go on: the
五是 is not taken for the count (four points, as before)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "全县空气质量排名靠后，秋冬季攻坚任务很重，各单位务必高度重视、加压推进。"


def speech(items: int) -> str:
    listed = "".join(f"{n}.重点企业第{n}类。{TEXT}\n" for n in range(1, items + 1))
    return (
        "在全县大气污染防治攻坚调度会上的讲话\n同志们：\n今天开个调度会，我讲几点意见。\n"
        f"第一，要正视差距，树立攻坚的决心。{TEXT}\n第二，要盯住重点，扬尘管控要再加力。{TEXT}\n"
        f"三、工业企业要严格管控\n{listed}四是秸秆和烟花爆竹禁烧禁放要管住。{TEXT}\n五是要严格考核问责。{TEXT}\n"
        "同志们，让我们坚决打赢蓝天保卫战！\n"
    )


def test_the_count_goes_on_past_a_list_that_ended(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech(4))
    assert len(spec["points"]) == 5
    assert headings(spec["points"])[-1].endswith("严格考核问责")


def test_a_list_that_ended_one_short_may_be_gone_on(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech(3))
    assert len(spec["points"]) == 4
