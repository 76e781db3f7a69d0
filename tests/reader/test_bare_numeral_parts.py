"""A report whose parts are headed by their numeral alone (## 一 / ## 二, as selected works print them): the
spec's points keep an empty heading, so the draft prints 一、 and not 一、一, and the report says so."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli

PART = "这一部分讲的是经济问题。我们的计划要又平衡又不平衡，要保护干部和群众的积极性，不要挫伤。"


def mine(tmp_path: Path, text: str) -> tuple[dict, str]:
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(result.stdout), result.stderr


def speech(*headings: str) -> str:
    parts = "".join(f"## {h}\n\n{PART}\n\n{PART}\n\n" for h in headings)
    return f"# 在全会上的讲话\n\n同志们：\n\n我讲三个问题。\n\n{parts}谢谢大家！\n"


def test_parts_headed_by_their_numeral_alone_get_an_empty_heading(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, speech("一", "二", "三"))
    assert [p["heading"] for p in spec["points"]] == ["", "", ""]
    assert "只有序号、没有小标题" in report


def test_the_draft_prints_the_numeral_once(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech("一", "二", "三"))
    spec_path = tmp_path / "report.yaml"
    spec_path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(spec_path), "-f", "txt", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "report.txt").read_text(encoding="utf-8").splitlines()
    assert "一、" in [line.strip() for line in lines]
    assert not any(line.strip().startswith("一、一") for line in lines)


def test_a_heading_that_starts_with_a_numeral_word_is_kept(tmp_path: Path) -> None:
    """Near miss: 一流营商环境 / 二次创业 are headings that open with a numeral, not a numeral alone."""
    spec, report = mine(tmp_path, speech("一、一流营商环境", "二、二次创业", "三、三产融合"))
    assert [p["heading"] for p in spec["points"]] == ["一流营商环境", "二次创业", "三产融合"]
    assert "只有序号" not in report
