"""What the reader tests share: the spec ``jianggao mine`` writes for a text and its report, or the outline the reader
parses from paragraphs given line by line, and its headings."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.reader.outline import Outline, SourceParagraph, parse_outline


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


def outline_of(*lines: str, unnumbered_leads: bool = False) -> Outline:
    """The outline the reader parses from ``lines``, one paragraph each."""
    return parse_outline([SourceParagraph(n, line) for n, line in enumerate(lines, start=1)], unnumbered_leads=unnumbered_leads)


def top_headings(outline: Outline) -> list[str]:
    """The outline's points' headings, their end marks set aside."""
    return [p.heading.rstrip("。，：；！？") for p in outline.points]
