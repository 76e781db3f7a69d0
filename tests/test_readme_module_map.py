"""The README's module map matches the package: every module and sub-package is listed, and nothing else."""

from __future__ import annotations

import re

from tests.conftest import REPO

PACKAGE = REPO / "src" / "jianggao"


def module_map() -> dict[str, str]:
    """First-column names of the README's code-structure table → the row's description."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text[text.index("代码结构") : text.index("## English")]
    rows: dict[str, str] = {}
    for line in table.splitlines():
        if not line.startswith("| `"):
            continue
        first, description = line.split("|")[1:3]
        for name in re.findall(r"`([^`]+)`", first):
            rows[name] = description
    return rows


def test_every_top_level_module_and_sub_package_is_in_the_map_and_exists() -> None:
    rows = module_map()
    present = {p.name + ("/" if p.is_dir() else "") for p in PACKAGE.iterdir()}
    present -= {"__init__.py", "__main__.py", "__pycache__/", "_builtin/"}
    assert set(rows) == present


def test_each_sub_package_row_names_its_modules() -> None:
    rows = module_map()
    for name, description in rows.items():
        if not name.endswith("/"):
            continue
        listed = set(re.findall(r"`([\w./]+)`", description))
        for path in (PACKAGE / name).iterdir():
            if path.name in {"__init__.py", "__pycache__"}:
                continue
            stem = path.name if path.is_dir() else path.stem
            assert stem in listed or f"{stem}/" in listed, f"{name}{path.name} is not in the README's module map"
