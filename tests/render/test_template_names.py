"""Templates named by the Chinese names their ``names`` comment declares."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.errors import TemplateError
from jianggao.library_paths import builtin_dir
from jianggao.render import templates as templates_module
from jianggao.render.templates import find_template, list_templates

BUILTIN = [builtin_dir("templates")]


def test_every_builtin_template_has_a_chinese_name_and_none_is_shared() -> None:
    infos = list_templates(BUILTIN)
    claimed = [name for info in infos.values() for name in info.chinese_names]
    assert all(infos[n].chinese_names for n in infos)
    assert len(claimed) == len(set(claimed))
    assert not set(claimed) & set(infos)  # no Chinese name is another template's file name


@pytest.mark.parametrize(("chinese", "name"), [("推进会", "advancement"), ("主持词", "host"), ("工作会议", "work-conference")])
def test_a_chinese_name_finds_its_template(chinese: str, name: str) -> None:
    info = find_template(chinese, BUILTIN)
    assert info.name == name and info.path == builtin_dir("templates") / f"{name}.j2" and info.builtin


def test_a_file_name_reads_no_template_header(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("a template header was read")

    monkeypatch.setattr(templates_module, "read_user_bytes", refuse)
    assert find_template("advancement", BUILTIN).name == "advancement"


def test_a_file_name_wins_over_a_chinese_name(tmp_path: Path) -> None:
    (tmp_path / "推进会.j2").write_text("{#- 自己的推进会 -#}\n@title x\n", encoding="utf-8")
    assert find_template("推进会", [*BUILTIN, tmp_path]).path == tmp_path / "推进会.j2"


def test_a_users_template_declares_its_chinese_names(tmp_path: Path) -> None:
    (tmp_path / "retreat.j2").write_text("{#- 务虚会讲话 -#}\n{#- names: 务虚会 理论务虚会 -#}\n{% extends '_base.j2' %}\n", encoding="utf-8")
    info = find_template("理论务虚会", [*BUILTIN, tmp_path])
    assert (info.name, info.chinese_names, info.description) == ("retreat", ("务虚会", "理论务虚会"), "务虚会讲话")
    assert info.label == "retreat（务虚会、理论务虚会）"


def test_a_names_line_typed_with_a_full_width_colon_is_read(tmp_path: Path) -> None:
    (tmp_path / "retreat.j2").write_text("{#- 务虚会讲话 -#}\n{#- names： 务虚会 -#}\n", encoding="utf-8")
    assert find_template("务虚会", [*BUILTIN, tmp_path]).name == "retreat"


def test_an_overriding_template_takes_over_the_chinese_names(tmp_path: Path) -> None:
    (tmp_path / "advancement.j2").write_text("{#- 推进会 -#}\n{#- names: 推进会 -#}\n@title x\n", encoding="utf-8")
    assert find_template("推进会", [*BUILTIN, tmp_path]).path == tmp_path / "advancement.j2"


def test_two_templates_claiming_one_name_are_an_error_naming_both_files(tmp_path: Path) -> None:
    for name in ("retreat", "seminar"):
        (tmp_path / f"{name}.j2").write_text("{#- 务虚会讲话 -#}\n{#- names: 务虚会 -#}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        find_template("务虚会", [*BUILTIN, tmp_path])
    message = str(info.value)
    assert "模板名“务虚会”不明确" in message
    assert str(tmp_path / "retreat.j2") in message and str(tmp_path / "seminar.j2") in message


def test_an_unknown_name_lists_the_templates_with_their_chinese_names_and_the_closest() -> None:
    with pytest.raises(TemplateError) as info:
        find_template("推进大会", BUILTIN)
    message = str(info.value)
    assert "没有名为“推进大会”的模板" in message and "您是不是要用 推进会？" in message
    assert "advancement（推进会、推进会讲话）" in message and "host（主持词）" in message


def test_a_name_far_from_all_gets_no_guess() -> None:
    with pytest.raises(TemplateError) as info:
        find_template("开会", BUILTIN)
    assert "您是不是" not in str(info.value) and "可用的模板：" in str(info.value)
