"""Unnumbered parts that each open with the same short clause: one that charges the hearers after it (学习老周，就要
学习他…), or one that counts the parts by an ordinal and names them (第一种品格，是… / 第一个感谢，送给…), in a row or
apart. Not a connective said again (所以，就要…) nor ordinals out of order."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

STORY = "他在这个岗位上一干就是十几年，大事小事都想在前头、干在前头，同事们有什么难处都愿意找他说说，他也总是尽力帮忙，从不推辞。"


def _speech(leads: list[str], *, apart: bool) -> str:
    parts = []
    for lead in leads:
        parts.append(lead + STORY)
        if apart:
            parts.append("这些事，局里的同志们都看在眼里、记在心上。" + STORY)
    head = "在周建华同志退休欢送会上的讲话\n\n同志们：\n\n今天我们在这里欢送周建华同志光荣退休。我想，更重要的是把他身上的好东西传下去。\n\n"
    tail = "\n\n同志们，让我们祝周建华同志退休生活幸福美满、身体健康！谢谢大家！\n"
    return head + "\n\n".join(parts) + tail


def test_a_short_clause_that_charges_the_hearers(tmp_path: Path) -> None:
    leads = [
        "学习老周，就要学习他干一行爱一行的敬业精神。",
        "学习老周，就要学习他心里装着群众的为民情怀。",
        "学习老周，就要学习他清清白白做人的廉洁本色。",
    ]
    spec, _ = mine(tmp_path, _speech(leads, apart=True))
    assert headings(spec.get("points", [])) == [lead.rstrip("。") for lead in leads]


def test_parts_counted_by_an_ordinal_in_a_row(tmp_path: Path) -> None:
    leads = ["第一种品格，是对党忠诚、坚守信仰。", "第二种品格，是心系群众、求真务实。", "第三种品格，是清正廉洁、严于律己。"]
    spec, _ = mine(tmp_path, _speech(leads, apart=False).replace("同志们，让我们", STORY + "\n\n同志们，让我们"))
    assert headings(spec.get("points", [])) == [lead.rstrip("。") for lead in leads]


def test_thanks_counted_by_an_ordinal(tmp_path: Path) -> None:
    leads = ["第一个感谢，送给一线的每一位同事。", "第二个感谢，送给在座各位的家人。", "第三个感谢，送给我们的合作伙伴。"]
    spec, _ = mine(tmp_path, _speech(leads, apart=True))
    assert headings(spec.get("points", [])) == [lead.rstrip("。") for lead in leads]


def test_a_connective_said_again_or_ordinals_out_of_order(tmp_path: Path) -> None:
    connective = ["所以，就要把工作做细。", "所以，就要把责任压实。", "所以，就要把作风改实。"]
    spec, _ = mine(tmp_path, _speech(connective, apart=True))
    assert spec.get("points", []) == []
    shuffled = ["第二种品格，是心系群众、求真务实。", "第一种品格，是对党忠诚、坚守信仰。", "第三种品格，是清正廉洁、严于律己。"]
    spec, _ = mine(tmp_path, _speech(shuffled, apart=False), "shuffled.txt")
    assert spec.get("points", []) == []
