"""A Markdown heading with nothing under it but list items (## 技术社区需要什么样的文化？ / - 用实力赢得信任和尊重 / … ×6,
whatever their shape) has them as its sub-points: the list is the part's whole content (both annotators of the IAA
study counted such lists). A list after a paragraph of text is no such part (我关注这些话题： / - 开源文化现象，…: a
sentence's names, set out). A bullet the page kept after the Markdown mark (*	•	自律：…) is no part of the heading.
Our own talk, after the skeleton of a community conference keynote."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

TEXT = "社区的事情说到底是人的事情，规则写得再好，也要有人愿意遵守，有人愿意站出来维护，这一点我们体会很深。"
VALUES = ["用实力赢得信任和尊重", "自律：对结果负责", "自由的代价从来都是昂贵的", "相信明天会更好", "影响而不是控制"]


def _talk(bullet: str) -> str:
    values = "".join(f"{bullet}{v}\n" for v in VALUES)
    return (
        "# 东方文化与技术社区\n\n大家好，今天想和大家聊聊技术社区的文化。\n\n"
        f"## 一个社区的故事\n\n{TEXT}\n\n{TEXT}\n\n"
        f"## 自我介绍\n\n我这些年一直关注下面这些话题：\n\n- 开源文化现象，\n- 开源商业模式，\n- 开源社区治理\n\n{TEXT}\n\n"
        f"## 技术社区需要什么样的文化？\n\n{values}\n"
        f"## 怎么做\n\n{TEXT}\n\n谢谢大家！\n"
    )


def test_list_items_that_are_a_headings_whole_part_are_its_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("- "), "talk.md")
    points = spec["points"]
    assert headings(points) == ["一个社区的故事", "自我介绍", "技术社区需要什么样的文化？", "怎么做"]
    assert headings(points[2].get("items", [])) == VALUES
    assert not points[1].get("items")


def test_a_bullet_kept_from_the_copied_page_is_no_part_of_the_heading(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("*\t•\t"), "talk.md")
    assert headings(spec["points"][2].get("items", [])) == VALUES


def test_items_of_sentences_under_a_heading_stay_its_text(tmp_path: Path) -> None:
    notes = [
        "县委组织部将成立督导组，对各地开展情况进行督导",
        "冬训期间不搞形式主义，不搞层层加码",
        "督导结果纳入年度基层党建述职评议考核",
    ]
    text = _talk("- ").replace("".join(f"- {v}\n" for v in VALUES), "".join(f"- {n}\n" for n in notes))
    spec, _ = mine(tmp_path, text, "talk.md")
    assert headings(spec["points"])[2] == "技术社区需要什么样的文化？"
    assert not spec["points"][2].get("items")
