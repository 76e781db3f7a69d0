"""Numbers typed by habit into headings: dropped with a located warning when they are the generated ones, else refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.errors import Location, SpecError
from jianggao.render.renderer import RenderOptions, render_speech
from jianggao.spec.model import load_spec
from jianggao.writers.text import render_text
from tests.cli_helpers import assert_user_error

SPEC = """template: advancement
title: 在推进会上的讲话
numbering: {{items: 一要}}
points:
  - heading: {point}
    items:
      - {{heading: {first}, text: 要学懂弄通。}}
      - {{heading: 抓落实, text: 要真抓实干。}}
"""


def render(write_spec, point: str = "甲，乙，丙", first: str = "压实责任"):
    notes: list[tuple[Location, str, str]] = []
    path = write_spec(SPEC.format(point=point, first=first))
    speech = render_speech(load_spec(path), RenderOptions(warn=lambda *note: notes.append(note)))
    return path, render_text(speech), notes


def test_a_typed_label_equal_to_the_generated_one_is_dropped_with_a_warning(write_spec) -> None:
    path, text, notes = render(write_spec, point="一、甲，乙，丙", first="一要压实责任")
    _, plain, none = render(write_spec)
    assert text == plain and none == []
    assert "一要一要" not in text and "一、一、" not in text
    assert [(where, message) for where, message, _ in notes] == [
        (Location(path, 5, 14), "标题开头的“一、”与模板生成的序号相同，已去掉"),
        (Location(path, 7, 19), "标题开头的“一要”与模板生成的序号相同，已去掉"),
    ]


@pytest.mark.parametrize(("first", "typed"), [("二要压实责任", "二要"), ("（一）压实责任", "（一）"), ("1.压实责任", "1.")])
def test_any_other_typed_label_is_refused_at_its_place(write_spec, first: str, typed: str) -> None:
    with pytest.raises(SpecError) as caught:
        render(write_spec, first=first)
    assert caught.value.location is not None and (caught.value.location.line, caught.value.location.column) == (7, 19)
    assert caught.value.message == f"标题开头写了序号“{typed}”，模板还会自动编号为“一要”，会重复"
    assert caught.value.hint == "请删掉标题开头的序号，序号由模板自动生成"


def test_words_that_only_look_like_a_label_stay(write_spec) -> None:
    _, text, notes = render(write_spec, first="要求严格")
    assert "一要要求严格" in text and notes == []


def test_build_and_check_say_so(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC.format(point="甲，乙，丙", first="一要压实责任"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert f"警告：{spec}:7:19：标题开头的“一要”与模板生成的序号相同，已去掉。序号由模板生成，标题里不用写" in result.stderr
    assert "一要一要" not in (tmp_path / "o" / "s.txt").read_text(encoding="utf-8")
    checked = CliRunner().invoke(cli, ["check", str(spec)])
    assert f"{spec}:7:19：警告 [typed-label] 标题开头的“一要”与模板生成的序号相同，已去掉" in checked.stdout
    spec.write_text(SPEC.format(point="甲，乙，丙", first="（一）压实责任"), encoding="utf-8")
    assert_user_error(CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "p")]), f"{spec}:7:19：标题开头写了序号“（一）”")
    assert not (tmp_path / "p").exists()
