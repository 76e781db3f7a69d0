"""The spec writer's fast paths write what PyYAML's own emitter writes."""

from __future__ import annotations

import datetime
import io
import itertools
import random

import yaml

from jianggao.spec.yaml_writer import _block_yaml, _dumped, _SpecDumper, spec_yaml

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


# Values of the kinds a mined spec holds, and ones that read back as something else unquoted.
WRITTEN = [
    "在会上的讲话", "要, 抓落实", "a b", "yes", "1.", "2025-03-01", "10", "null", "~", "off", "0o7", "+1",
    "1:20", "a'b", "x" * 130, 1, -2, 0, True, False, None, datetime.date(2025, 3, 1),
]


def _random_spec(rnd: random.Random, depth: int = 0) -> object:
    roll = rnd.random()
    if depth > 3 or roll < 0.5:
        value = rnd.choice(WRITTEN)
        return datetime.date(2025, 1, 1) if isinstance(value, datetime.date) else value  # each date its own object
    if roll < 0.75:
        return [_random_spec(rnd, depth + 1) for _ in range(rnd.randint(0, 3))]
    keys = [k for k in WRITTEN if isinstance(k, str)]
    return {rnd.choice(keys): _random_spec(rnd, depth + 1) for _ in range(rnd.randint(0, 3))}


def test_the_direct_writer_writes_what_the_dumper_writes() -> None:
    rnd = random.Random(14)
    direct = 0
    for _ in range(3000):
        data = {f"k{i}": _random_spec(rnd) for i in range(rnd.randint(1, 4))}
        written = _block_yaml(data)
        if written is not None:
            direct += 1
            assert written == _dumped(data), data
    assert direct > 1000  # most of the shapes above are written directly


def test_what_only_the_dumper_writes_goes_through_it() -> None:
    shared = ["同一个列表"]
    day = datetime.date(2025, 3, 1)
    for data in (
        {"text": "两行\n文字"},
        {"number": 1.5},
        {"text": " 前后空格 "},
        {"要 #": "键要加引号"},
        {"a": shared, "b": shared},  # written once with an &anchor
        {"a": day, "b": day},
        {"k" * 130: "键太长"},
        {"text": "x" * 120_000},
    ):
        assert _block_yaml(data) is None, data
