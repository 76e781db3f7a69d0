"""Spoken lists under a count's points (everyday gw05; stop 24), in our own wording: 第一，… 第二，… with 一个是…
再一个是… under it, then 第三，… with 一个是… 一个是… 还有一个是… under it. The points are the count's three; the lists
are their sub-points: a spoken list does not run on from one point's list into the next's (一个是 said again starts
the next list), nor does the later list join the points.

Near miss: 一个是… said three times with nothing that goes on is no list (tests/reader/test_repeated_first_label.py).
"""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "这个事情我讲过不止一次了，今天再强调一下，各部门回去以后要认真研究，拿出具体办法，月底前报上来。"


def test_spoken_lists_stay_under_their_points(tmp_path: Path) -> None:
    text = (
        "在公司年会上的讲话\n同事们：\n今天讲三个词。\n"
        f"第一，感谢。{BODY}\n第二，反思。去年也有做得不好的地方。\n"
        f"一个是交期。{BODY}\n再一个是内部协同。{BODY}\n"
        f"第三，2024年怎么干。今年的目标已经定了。\n一个是聚焦。{BODY}\n一个是数字化。{BODY}\n还有一个是人。{BODY}\n"
        "好了，不多说了。最后，祝大家新春快乐，身体健康，阖家幸福！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["感谢", "反思", "2024年怎么干"]


def test_one_more_named_by_what_it_counts(tmp_path: Path) -> None:
    # (还有一点体会，就是要用好政策。: the order word with the thing it counts, all of it the label; gz07, stop 24)
    text = (
        "在企业家分享会上的发言\n各位朋友：\n今天讲几点体会。\n"
        f"第一点体会，出海不是赌。{BODY}\n第二点体会，标准要跟上。{BODY}\n第三点体会，人最关键。{BODY}\n"
        f"还有一点体会，就是要用好政府的政策。{BODY}\n各位朋友，出海这条路不好走，但值得走。谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 4 and headings(spec["points"])[-1] == "就是要用好政府的政策"  # (not 体会，…)
