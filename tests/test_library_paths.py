"""The built-in libraries are found wherever jianggao is installed from (wheel or checkout),
and templates and fragments are searched by one rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.errors import FragmentError, TemplateError
from jianggao.library_paths import builtin_dir, is_within, search_path


def test_builtin_templates_and_fragments_are_installed() -> None:
    templates = builtin_dir("templates")
    assert {p.stem for p in templates.glob("*.j2")} >= {"_base", "_macros", "advancement", "deployment", "integrity", "work-conference"}
    assert {p.stem for p in templates.glob("*.yaml")} >= {"advancement", "deployment", "integrity", "work-conference"}
    assert len(list(builtin_dir("fragments").glob("*.yaml"))) >= 6


def test_is_within(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    assert is_within(tmp_path / "lib" / "a.yaml", tmp_path / "lib")
    assert not is_within(tmp_path / "lib" / ".." / "a.yaml", tmp_path / "lib")


# --- the one search rule, the same for templates and fragments ------------------------------------



@pytest.mark.parametrize("kind", ["templates", "fragments"])
def test_search_path_is_builtin_then_beside_the_spec_then_env_then_options(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_dir, env_dir, first, second = (tmp_path / n for n in ("speech", "env", "first", "second"))
    for folder in (spec_dir / kind, env_dir, first, second):
        folder.mkdir(parents=True)
    monkeypatch.setenv(f"JIANGGAO_{kind.upper()}", str(env_dir))
    assert search_path(kind, [first, second], spec_dir) == [builtin_dir(kind), spec_dir / kind, env_dir, first, second]
    # a folder given twice keeps its strongest place
    assert search_path(kind, [second, first, second], None)[-2:] == [first, second]


@pytest.mark.parametrize(("kind", "error"), [("templates", TemplateError), ("fragments", FragmentError)])
def test_a_missing_folder_is_named_with_where_it_came_from(kind: str, error: type, tmp_path: Path) -> None:
    with pytest.raises(error, match=f"不存在.*--{kind}"):
        search_path(kind, [tmp_path / "nowhere"], None)


def test_the_last_templates_folder_given_wins(tmp_path: Path) -> None:
    for name, style in (("first", "一是"), ("second", "一要")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "house.j2").write_text(
            f"{{% extends '_base.j2' %}}\n{{% block item_style %}}{style}{{% endblock %}}\n", encoding="utf-8"
        )
    spec = tmp_path / "s.yaml"
    spec.write_text("template: house\ntitle: 讲话\npoints:\n  - heading: 甲\n    items: [{heading: 抓落实, text: 要快。}]\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["build", str(spec), "-o", str(out), "--templates", str(tmp_path / "first"), "--templates", str(tmp_path / "second")]
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert "一要抓落实。" in (out / "s.txt").read_text(encoding="utf-8")
