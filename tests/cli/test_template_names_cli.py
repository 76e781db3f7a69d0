"""Chinese template names through the CLI: spec, new, build, mine, templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from tests.cli_helpers import SMALL_SPEC, assert_user_error


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_a_spec_naming_its_template_in_chinese_builds_as_the_english_name(runner: CliRunner, tmp_path: Path) -> None:
    english, chinese = tmp_path / "en.yaml", tmp_path / "zh.yaml"
    english.write_text(SMALL_SPEC, encoding="utf-8")
    chinese.write_text(SMALL_SPEC.replace("template: advancement", "template: 推进会"), encoding="utf-8")
    for fmt in ("txt", "md"):
        want = run(runner, "build", str(english), "-f", fmt, "-o", "-")
        got = run(runner, "build", str(chinese), "-f", fmt, "-o", "-")
        assert got.exit_code == 0 and got.output == want.output and "第一，深化理论武装" in got.output


def test_new_takes_a_chinese_name(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "new", "主持词", "-o", str(tmp_path / "a.yaml")).exit_code == 0
    assert run(runner, "new", "host", "-o", str(tmp_path / "b.yaml")).exit_code == 0
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "b.yaml").read_bytes()
    assert "template: host" in (tmp_path / "a.yaml").read_text(encoding="utf-8")


def test_templates_lists_the_chinese_names(runner: CliRunner) -> None:
    lines = run(runner, "templates").output.splitlines()
    assert any(line.startswith("advancement（推进会、推进会讲话）  ") and "以主题统领开头" in line for line in lines)
    assert any(line.startswith("host（主持词）  ") for line in lines)


def test_a_misspelt_chinese_name_is_one_chinese_error_with_a_guess(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC.replace("template: advancement", "template: 推进大会"), encoding="utf-8")
    assert_user_error(
        run(runner, "build", str(spec), "-o", str(tmp_path / "o")),
        f"{spec}:1:11", "没有名为“推进大会”的模板", "您是不是要用 推进会？", "advancement（推进会、推进会讲话）",
    )
    assert not (tmp_path / "o").exists()
    assert_user_error(run(runner, "new", "推进", "-o", str(tmp_path / "x.yaml")), "您是不是要用 推进会、推进会讲话？")
    assert not (tmp_path / "x.yaml").exists()


def test_a_writers_template_with_a_chinese_name_is_listed_and_used(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "retreat.j2").write_text(
        "{#- 务虚会讲话：自己的模板 -#}\n{#- names: 务虚会 -#}\n{% extends '_base.j2' %}\n{% block item_style %}一是{% endblock %}\n",
        encoding="utf-8",
    )
    assert any(line.startswith("retreat（务虚会）") and "自己的模板" in line for line in run(runner, "templates").output.splitlines())
    (tmp_path / "s.yaml").write_text(SMALL_SPEC.replace("template: advancement", "template: 务虚会"), encoding="utf-8")
    assert "一是深化理论武装" in run(runner, "build", "s.yaml", "-o", "-").output


def test_two_templates_claiming_one_name_name_both_files(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").mkdir()
    for name in ("retreat", "seminar"):
        (tmp_path / "templates" / f"{name}.j2").write_text("{#- 务虚会讲话 -#}\n{#- names: 务虚会 -#}\n{% extends '_base.j2' %}\n", encoding="utf-8")
    (tmp_path / "s.yaml").write_text(SMALL_SPEC.replace("template: advancement", "template: 务虚会"), encoding="utf-8")
    assert_user_error(
        run(runner, "build", "s.yaml", "-o", "out"),
        "s.yaml:1:11", "模板名“务虚会”不明确", "retreat.j2", "seminar.j2", "请改用模板的英文名",
    )


def test_mine_takes_a_chinese_name(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    (tmp_path / "讲话.txt").write_text(run(runner, "build", str(spec), "-o", "-").output, encoding="utf-8")
    result = run(runner, "mine", str(tmp_path / "讲话.txt"), "-t", "推进会", "-o", str(tmp_path / "m.yaml"))
    assert result.exit_code == 0, result.output
    assert "第一，深化理论武装" in run(runner, "build", str(tmp_path / "m.yaml"), "-o", "-").output
    # The mined spec names the template by its file name, as a chosen one is named.
    assert "\ntemplate: advancement\n" in (tmp_path / "m.yaml").read_text(encoding="utf-8")
