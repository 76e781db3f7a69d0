"""A headline telling whom the speaker met, then his words (院长孔德民与青年医师座谈：科研这件事，我想和大家聊透 /
伍嘉林与新入职干部座谈：… / 唐伯钧书记与毕业生座谈：…: vm21, uy25, vg22, tq06, sp11, sv14 of the everyday suite):
he is the speaker, and the headline stays the title whole, as the writers give it (座谈 was read as a name before).
Near miss: a headline naming only an office (董事长与青年员工座谈：…) names no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = (
    "\n\n原创　市人民医院　2024-05-06 18:30\n\n各位青年医师：\n\n"
    "今天请大家来，就是想听听大家在科研上遇到的难处，也说说我的一些想法。\n\n"
    "科研不是评职称的敲门砖，而是解决临床问题的钥匙。希望大家从病人身边找题目。\n\n"
    "希望大家沉下心来，十年磨一剑，把一个方向做深做透。\n"
)


@pytest.mark.parametrize(
    ("headline", "office", "name"),
    [
        ("院长孔德民与青年医师座谈：科研这件事，我想和大家聊透", "院长", "孔德民"),
        ("伍嘉林与新入职干部座谈：把根扎在基层", "", "伍嘉林"),
        ("五四青年节｜县委书记罗劲松与青年干部面对面：做“四有”青年干部", "县委书记", "罗劲松"),
    ],
)
def test_a_headline_telling_whom_he_met_names_the_speaker(tmp_path: Path, headline: str, office: str, name: str) -> None:
    spec, _ = mine(tmp_path, headline + BODY)
    assert spec["speaker"] == name
    assert spec.get("speaker_title", "") == office
    assert spec["title"] == headline


def test_a_headline_naming_only_an_office_names_no_one(tmp_path: Path) -> None:
    # near miss: no name before 与
    spec, _ = mine(tmp_path, "董事长与青年员工座谈：把青春写在一线" + BODY)
    assert spec.get("speaker") is None
