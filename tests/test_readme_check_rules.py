"""The README's check-rules table names every rule `check` reports."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from jianggao.cli.main import cli
from tests.conftest import REPO

# A spec that sets off the spec-only rules and several text rules: typed labels and punctuation,
# a placeholder, half-width punctuation, an announced count that does not match, a repeated sentence.
SPEC = """template: advancement
title: 在XX推进会上的讲话
salutation: 同志们：
opening:
  purpose: 今天召开推进会,讲四点意见。
points:
  - heading: 一、甲，乙，丙
    items:
      - {heading: 第一，深化理论武装, text: 要学懂弄通，做到学思用贯通、知信行统一。}
      - {heading: 提高站位, text: 要学懂弄通，做到学思用贯通、知信行统一。}
closing:
  - 同志们，让我们共同努力
"""


def readme_rules() -> set[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text[text.index("<!-- check -->") : text.index("<!-- /check -->")]
    return set(re.findall(r"^\| `([a-z-]+)` \|", table, re.M))


def test_every_rule_reported_is_in_the_readme_table(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(spec), "--format", "json"], catch_exceptions=False)
    reported = {finding["rule"] for finding in json.loads(result.stdout)["files"][0]["findings"]}
    assert {"typed-label", "typed-punctuation", "placeholder", "punctuation-halfwidth", "count-mismatch", "repeated-sentence"} <= reported
    assert reported <= readme_rules(), reported - readme_rules()


def test_the_rules_check_ignore_takes_are_the_readme_table() -> None:
    from jianggao.checking.runner import RULE_IDS

    assert set(RULE_IDS) == readme_rules()
    assert len(RULE_IDS) == len(set(RULE_IDS))
