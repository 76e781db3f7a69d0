"""What a new user (a speech writer taking last year's speech to this year's draft) ran into, not yet fixed.

Each test reproduces one finding of the on-ramp walk through the CLI.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli import cli
from tests.cli_helpers import SMALL_SPEC


@pytest.mark.xfail(strict=True, reason="a block scalar's blank line (a paragraph break) is joined into one paragraph without a word")
def test_a_blank_line_inside_a_closing_block_is_not_joined_unsaid(tmp_path: Path) -> None:
    spec = tmp_path / "今年.yaml"
    spec.write_text(SMALL_SPEC + "closing: |\n  同志们，任务已经明确。\n\n  让我们撸起袖子加油干！\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", "-"])
    assert result.exit_code == 0, result.output
    joined = "同志们，任务已经明确。让我们撸起袖子加油干！" in result.stdout
    assert not joined or (f"{spec}:8:" in result.stderr and "空行" in result.stderr), result.output
