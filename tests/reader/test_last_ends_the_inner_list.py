"""第三个问题，怎么办？ / 首先，… / 其次，… / 再次，… / 最后，还要强调一点，…: the 最后 ends the order-word list inside the
third point, not the count of 问题 (ik06 of the everyday suite had a fourth point). Near miss: 第一，… 第二，… 第三，…
最后，… with no list inside: 最后 is the count's last item, as before."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "这个问题不解决，干部作风就转不过来，企业和群众就不满意，我们的工作就没有说服力。"


def test_last_ends_the_order_word_list_inside_the_third_point(tmp_path: Path) -> None:
    text = (
        "在全县干部作风建设专题党课上的讲话\n赵明远\n（根据录音整理，未经本人审阅）\n同志们：\n我今天主要讲三个问题。\n"
        f"第一个问题，我们为什么要在这个时候抓作风？{TEXT}\n下面我讲第二个问题，就是当前干部作风上存在哪些突出问题。{TEXT}\n"
        f"好，第三个问题，怎么办？我想对大家提几点要求。\n首先，要敢于担当。{TEXT}\n其次，要讲求效率。{TEXT}\n"
        f"再次，要真抓实干。{TEXT}\n最后，还要强调一点，就是领导干部要带头。{TEXT}\n"
        "好，今天我就讲这些。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 3
    assert "领导干部要带头" not in " ".join(headings(spec["points"]))


def test_last_after_a_count_with_no_list_inside_is_its_item(tmp_path: Path) -> None:
    text = (
        "在全县干部作风建设大会上的讲话\n同志们：\n今天我讲几点意见。\n"
        f"第一，要敢于担当。{TEXT}\n第二，要讲求效率。{TEXT}\n第三，要真抓实干。{TEXT}\n最后，要领导干部带头。{TEXT}\n"
        "好，今天我就讲这些。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 4
