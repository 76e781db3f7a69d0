"""A flattened page whose title has no title word (党课：…) or is in traditional characters (…講話), glued to
the salutation: the words before 同志们： / 同志們： are the title. Speeches of our own wording (studied on
corpus/blind16), beside a near miss: a salutation's own list is no title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.speech_files import read_copy

BODY = (
    "今天把大家请来，一起交流基层治理的做法和体会。近年来，各村各社区在化解矛盾纠纷、服务困难群众方面下了不少功夫，"
    "涌现出一批好经验好做法。下面，我讲两点意见。一、把群众的小事当作大事来办，这是基层治理的根本要求。"
    "二、把制度的优势转化为治理的效能，这是基层治理的努力方向。同志们，基层治理没有休止符，希望大家再接再厉！"
)


def _title(tmp_path: Path, text: str) -> str | None:
    return read_copy(tmp_path, text).outline.title


def test_a_title_without_a_title_word_glued_to_the_salutation_is_the_title(tmp_path: Path) -> None:
    assert _title(tmp_path, "专题党课：把小事办好把实事办实同志们：" + BODY) == "专题党课：把小事办好把实事办实"


def test_a_traditional_title_glued_to_its_salutation_is_the_title(tmp_path: Path) -> None:
    text = "鎮長在基層治理座談會上的講話同志們：" + BODY
    assert _title(tmp_path, text) == "鎮長在基層治理座談會上的講話"


@pytest.mark.parametrize("salutation", ["尊敬的各位领导：", "亲爱的同学们：", "老师们："])
def test_a_title_without_a_title_word_glued_to_any_salutation_is_the_title(tmp_path: Path, salutation: str) -> None:
    # the glued salutation opens with any word a salutation line opens with, not only 同志们 / 各位
    assert _title(tmp_path, "开学第一课：做有理想有担当的新时代青年" + salutation + BODY) == "开学第一课：做有理想有担当的新时代青年"


def test_a_salutation_word_inside_the_title_does_not_cut_it(tmp_path: Path) -> None:
    # near miss: 老师们 inside the title is no salutation; the title runs to the one glued to it
    assert _title(tmp_path, "专题党课：向老师们学习什么同志们：" + BODY) == "专题党课：向老师们学习什么"


def test_a_salutations_own_list_is_no_title(tmp_path: Path) -> None:
    # near miss: 各位领导各位来宾同志们： (a page that dropped its commas) is the salutation whole, no title
    assert _title(tmp_path, "各位领导各位来宾同志们：" + BODY) in (None, "")


@pytest.mark.parametrize("salutation", ["女士们、先生们", "代表们", "朋友们", "委员们"])
def test_a_flattened_pages_salutation_is_cut_off_whatever_word_it_opens_with(tmp_path: Path, salutation: str) -> None:
    # the same words open a salutation on a line of its own and one a flattened page runs on after its title
    read = read_copy(tmp_path, f"在全县基层治理座谈会上的讲话{salutation}：" + BODY)
    assert (read.outline.title, read.outline.salutation) == ("在全县基层治理座谈会上的讲话", salutation)


def test_a_flattened_pages_salutation_after_the_speakers_name(tmp_path: Path) -> None:
    read = read_copy(tmp_path, "在全县基层治理座谈会上的讲话 王海涛 同志們：" + BODY)
    assert read.outline.salutation == "同志們"
