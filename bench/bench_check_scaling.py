"""Is ``jianggao check`` linear in the speech's length? (issue 14: ≤ 12× for 10× the text)

Two specs from tests/data/long_speech.yaml, its points repeated (each copy's
headings and sentences varied, so not every sentence is a repeat) until the
speech passes about 100,000 and 1,000,000 characters; ``check_file`` on each,
in one process, alternately. Prints the ratio time(1M) / time(100k) per round
and its min/median/max.

    python bench/bench_check_scaling.py [--rounds 3] [--small 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml
from timing import paired, ratio_line, spread

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from jianggao.checking.runner import check_file  # noqa: E402
from jianggao.checking.subject import CheckOptions  # noqa: E402
from jianggao.render.renderer import render_speech  # noqa: E402
from jianggao.spec.model import load_spec  # noqa: E402

PLACES = ("市", "县", "区", "镇", "园区", "开发区", "街道", "部门", "系统", "行业", "企业")


def scaled_spec(folder: Path, target: int, name: str) -> tuple[Path, int]:
    """long_speech.yaml with its points repeated until the speech has ``target`` characters."""
    from jianggao.zh.numerals import chinese_numeral

    data = yaml.safe_load((REPO / "tests" / "data" / "long_speech.yaml").read_text(encoding="utf-8"))
    base = data["points"]
    one = render_speech(load_spec(REPO / "tests" / "data" / "long_speech.yaml")).body_characters()
    copies = max(1, -(-target // one))
    points = []
    for copy in range(copies):
        tag = f"第{chinese_numeral(copy + 1)}{PLACES[copy % len(PLACES)]}"
        for point in base:
            points.append({
                "heading": f"{tag}{point['heading']}",
                "intro": [f"{tag}，{text}" for text in point.get("intro", [])],
                "items": [{"heading": f"{tag}{i['heading']}", "text": f"{tag}，{i['text']}"} for i in point["items"]],
            })
    data["points"] = points
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000), encoding="utf-8")
    return path, render_speech(load_spec(path)).body_characters()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--small", type=int, default=100_000)
    args = parser.parse_args()
    options = CheckOptions()
    with tempfile.TemporaryDirectory() as tmp:
        small, small_chars = scaled_spec(Path(tmp), args.small, "small")
        large, large_chars = scaled_spec(Path(tmp), 10 * args.small, "large")
        counts = [len(check_file(small, options).findings), len(check_file(large, options).findings)]  # warm-up
        big, ref = paired(lambda: check_file(large, options), lambda: check_file(small, options), args.rounds)
    print(f"specs: {small_chars} and {large_chars} characters ({large_chars / small_chars:.1f}× the text); findings {counts[0]} and {counts[1]}")
    print(f"check {small_chars} characters: {spread(ref, ' s')}   check {large_chars}: {spread(big, ' s')}  (min/median/max)")
    ratios = [b / r for b, r in zip(big, ref, strict=True)]
    print(ratio_line("time ratio large / small", ratios, "≤ 12×", lambda r: r <= 12))


if __name__ == "__main__":
    main()
