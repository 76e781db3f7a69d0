"""A roll of names read out in the opening (1.杨家坪镇杨家坪村党总支书记　杨德才 … 10.…), short lines that say no sentence,
filling half the body, gives way to the points that spread over the rest (一要… 四要…: iy19 of the everyday suite had
read the ten names as its points). Near miss: a list of sentences as long is no roll, and stays the top as before."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "村党组织书记是农村的“领头雁”，责任重大，希望大家珍惜荣誉、再接再厉。"
TOWNS = ["杨家坪", "龙潭", "清水", "青山", "大湾", "桃花", "双桥", "石板", "马场", "茶园"]


def speech(item: str) -> str:
    roll = "".join(item.format(n=n, town=town) + "\n" for n, town in enumerate(TOWNS, 1))
    return (
        "在全县“十佳村党组织书记”表彰大会上的讲话\n同志们：\n经县委研究，决定表彰以下10名同志：\n" + roll
        + f"这10名同志是全县村党组织书记的优秀代表。{TEXT}\n"
        + f"一要带头学习，不断提升履职能力。{TEXT}\n二要带头发展，壮大村集体经济。{TEXT}\n"
        + f"三要带头服务，为群众办实事。{TEXT}\n四要带头廉洁，干干净净做事。{TEXT}\n以上几点意见，和大家共勉。\n"
    )


def test_a_roll_of_names_gives_way_to_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech("{n}.{town}村党支部书记　王{n}"))
    assert headings(spec["points"]) == ["带头学习，不断提升履职能力", "带头发展，壮大村集体经济", "带头服务，为群众办实事", "带头廉洁，干干净净做事"]


def test_a_list_of_sentences_is_no_roll(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech("{n}.{town}村党支部书记扎根农村二十年，带领群众脱贫致富。"))
    assert len(spec["points"]) == 10
