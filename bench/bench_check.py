"""In-process figures for ``jianggao check`` (issue 5): target ≤ 50 ms for a 10,000-character speech.

Builds a speech of about 10,000 characters from tests/data/long_speech.yaml
(each point's sub-points repeated with varied wording), then times, best and
median of N runs in one process (imports and the first run excluded):

- rules: every rule over the parsed speech (the work ``check`` adds);
- spec: ``check_file`` on the spec: load, render, map back to line:column, rules;
- draft: ``check_file`` on the built .txt draft: read, parse, rules
  (only when ``jianggao.reader.speech_file`` is installed).

    python bench/bench_check.py [--runs 30]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from jianggao.checking.runner import check_file, run_rules  # noqa: E402
from jianggao.checking.subject import CheckOptions, Subject, speech_units  # noqa: E402
from jianggao.render.renderer import render_speech  # noqa: E402
from jianggao.spec.model import load_spec  # noqa: E402
from jianggao.writers.text import render_text  # noqa: E402

TARGET_CHARS = 10_000
VARIANTS = ("进一步", "切实", "全面", "持续", "大力", "扎实")


def long_spec(folder: Path) -> Path:
    """long_speech.yaml with sub-points repeated (varied) until the speech reaches 10,000 characters."""
    data = yaml.safe_load((REPO / "tests" / "data" / "long_speech.yaml").read_text(encoding="utf-8"))
    base = [list(point["items"]) for point in data["points"]]
    path = folder / "long.yaml"
    for copies in range(1, 20):
        for point, items in zip(data["points"], base, strict=True):
            point["items"] = [
                {**item, "text": VARIANTS[k % len(VARIANTS)] + item["text"]} if k else item
                for k in range(copies)
                for item in items
            ]
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        if render_speech(load_spec(path)).body_characters() >= TARGET_CHARS:
            return path
    raise SystemExit("could not build a long enough speech")


def timed(func, runs: int) -> list[float]:
    func()  # warm-up: imports, template compilation
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    print(f"{name:<8} best {min(times):6.1f} ms   median {statistics.median(times):6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        spec = long_spec(folder)
        speech = render_speech(load_spec(spec))
        draft = folder / "long.txt"
        draft.write_text(render_text(speech), encoding="utf-8")
        options = CheckOptions()
        subject = Subject(draft, speech, speech_units(speech))
        findings = run_rules(subject, options)
        print(f"speech: {speech.body_characters()} characters, {len(speech.blocks)} blocks, {len(findings)} findings")
        report("rules", timed(lambda: run_rules(subject, options), args.runs))
        report("spec", timed(lambda: check_file(spec, options), args.runs))
        if importlib.util.find_spec("jianggao.reader.speech_file"):
            report("draft", timed(lambda: check_file(draft, options), args.runs))
        else:
            print("draft    (skipped: jianggao.reader.speech_file not available yet)")
    print("target: ≤ 50 ms for a 10,000-character speech")


if __name__ == "__main__":
    main()
