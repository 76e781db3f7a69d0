"""The award decision read out in the opening (一、授予以下10名同志“…功勋员工”称号 / 二、授予以下单位… / 三、授予…) is no
run of points when a run of the same style after it holds them (一、回顾二十年… 二、… 三、…: iy14 of the everyday suite
had read the decision's three items). Near miss: with no later run, the decision's items stay what is read."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "二十年来，集团干部职工艰苦奋斗、开拓进取，为全省交通事业发展作出了重要贡献。"
DECISION = (
    "经集团党委研究决定，对以下先进集体和个人予以表彰：\n"
    "一、授予以下10名同志“集团成立二十周年功勋员工”称号：\n侯天明、白振宇、林建华等10名同志。\n"
    "二、授予以下单位“集团成立二十周年突出贡献单位”称号：\n高速公路建设指挥部、路桥养护公司。\n"
    "三、授予集团所属85个集体“先进集体”称号。\n"
)


def speech(points: str) -> str:
    return f"在集团成立二十周年暨先进表彰大会上的讲话\n同志们：\n今天我们隆重集会。\n{DECISION}{TEXT}\n{points}同志们，让我们携手奋进！\n"


def test_the_decision_gives_way_to_the_points_after_it(tmp_path: Path) -> None:
    points = f"一、回顾二十年，集团发展取得了历史性成就\n{TEXT}\n二、总结二十年，我们积累了宝贵的经验\n{TEXT}\n三、展望新征程，开创高质量发展新局面\n{TEXT}\n"
    spec, _ = mine(tmp_path, speech(points))
    assert headings(spec["points"])[0] == "回顾二十年，集团发展取得了历史性成就"
    assert len(spec["points"]) == 3


def test_the_decision_alone_is_still_read(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech(f"{TEXT}\n"))
    assert headings(spec["points"])[0].startswith("授予以下10名同志")
