"""What a new user (a speech writer taking last year's speech to this year's draft) ran into, not yet fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli import cli
from tests.cli_helpers import SMALL_SPEC


@pytest.mark.xfail(strict=True, reason="“ #3 号文件” in a paragraph starts a YAML comment: the rest of the paragraph is dropped unsaid")
def test_a_hash_inside_a_paragraph_does_not_cut_it_unsaid(tmp_path: Path) -> None:
    spec = tmp_path / "今年.yaml"
    spec.write_text(SMALL_SPEC + "closing:\n  - 要落实市安委会 #3 号文件，确保安全生产形势稳定。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", "-"])
    assert result.exit_code == 0, result.output
    kept = "#3 号文件，确保安全生产形势稳定。" in result.stdout
    assert kept or (f"{spec}:8:" in result.stderr and "注释" in result.stderr), result.output
