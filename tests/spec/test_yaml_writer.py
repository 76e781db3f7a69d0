"""The spec writer's fast path for plain text writes what PyYAML's own emitter writes."""

from __future__ import annotations

import io
import itertools

import yaml

from jianggao.spec.yaml_writer import _SpecDumper, spec_yaml

# Characters that change how PyYAML writes a scalar, and ordinary ones around them.
CHARS = ["a", "要", " ", "：", "，", "-", "?", ":", "#", ",", "[", "}", "&", "'", '"', "`", ".", "\n", "\t", "\u3000", "\x85", "\ufeff"]


def stock_analysis(text: str) -> dict:
    return vars(yaml.emitter.Emitter.analyze_scalar(yaml.SafeDumper(io.StringIO(), allow_unicode=True), text))


def test_every_short_text_is_analysed_as_pyyaml_does() -> None:
    dumper = _SpecDumper(io.StringIO(), allow_unicode=True)
    for length in range(4):
        for chars in itertools.product(CHARS, repeat=length):
            text = "".join(chars)
            assert vars(dumper.analyze_scalar(text)) == stock_analysis(text), repr(text)
    for text in ("...", "---", "...要", "要 ", " 要", "要,你", "要, 你", "要 #你", "要: 你", "a" * 300):
        assert vars(dumper.analyze_scalar(text)) == stock_analysis(text), repr(text)


def test_the_spec_text_is_pyyaml_s(monkeypatch) -> None:
    data = {
        "title": "在会上的讲话",
        "points": [{"heading": "坚持政治铸魂,把牢方向", "items": ["要, 抓落实", "- 不是列表", "yes", "2025", "a: b", "x" * 120_000]}],
        "vars": {"要 #": "？", "[x]": ["…", " 前后空格 "]},
    }
    fast = spec_yaml(data)
    monkeypatch.setattr(_SpecDumper, "analyze_scalar", yaml.emitter.Emitter.analyze_scalar)
    monkeypatch.setattr(_SpecDumper, "write_plain", yaml.emitter.Emitter.write_plain)
    assert fast == spec_yaml(data)
