"""What the reader tests that run ``jianggao mine`` on a text share: the spec it writes and its report."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli


def mine(tmp_path: Path, text: str, name: str = "speech.txt") -> tuple[dict, str]:
    """Write ``text`` to ``tmp_path/name``, run ``jianggao mine`` on it: the spec (as a dict) and the report."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(result.stdout), result.stderr


def headings(nodes: list[dict]) -> list[str]:
    """The headings of a spec's points or items, in order ("" for one with none)."""
    return [n.get("heading", "") for n in nodes]
