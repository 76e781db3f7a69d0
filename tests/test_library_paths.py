"""The built-in libraries are found wherever jianggao is installed from (wheel or checkout)."""

from __future__ import annotations

from pathlib import Path

from jianggao.library_paths import builtin_dir, is_within


def test_builtin_templates_and_fragments_are_installed() -> None:
    templates = builtin_dir("templates")
    assert {p.stem for p in templates.glob("*.j2")} >= {"_base", "_macros", "advancement", "deployment", "integrity", "work-conference"}
    assert {p.stem for p in templates.glob("*.yaml")} >= {"advancement", "deployment", "integrity", "work-conference"}
    assert len(list(builtin_dir("fragments").glob("*.yaml"))) >= 6


def test_is_within(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    assert is_within(tmp_path / "lib" / "a.yaml", tmp_path / "lib")
    assert not is_within(tmp_path / "lib" / ".." / "a.yaml", tmp_path / "lib")
