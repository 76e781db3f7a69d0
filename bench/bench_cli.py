"""Cold-start figures for the CLI (issue 2): `jianggao --help` and one txt build.

Targets on the project machine (2 cores): --help ≤ 120 ms, build -f txt ≤ 150 ms.
Each run is a fresh interpreter (cold in the process sense; the OS file cache
is warm after the first run, as it is for a writer at work). Prints medians.

    python bench/bench_cli.py [--runs 15]

Run it with the Python of a virtual environment where jianggao is installed
(`pip install .`): the figure is then what a user's `jianggao` costs. (On the
project machine the bare pyenv interpreter loads a site .pth file that adds
~30 ms to every Python start, jianggao or not.)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # The interpreter itself, not a shim script in front of it, so the figure is jianggao's.
    python = sys.executable
    entry = [python, "-c", "from jianggao.cli.main import main; main()"]
    spec = REPO / "examples" / "advancement.yaml"
    with tempfile.TemporaryDirectory() as out:
        rows = [
            ("python -c pass (interpreter floor)", timed([python, "-c", "pass"], args.runs), None),
            ("jianggao --help", timed([*entry, "--help"], args.runs), 120),
            (f"jianggao build {spec.name} -f txt", timed([*entry, "build", str(spec), "-f", "txt", "-o", out], args.runs), 150),
        ]
    for name, times, target in rows:
        median = statistics.median(times)
        verdict = "" if target is None else ("  OK" if median <= target else "  OVER TARGET")
        goal = "" if target is None else f"  (target ≤ {target} ms)"
        print(f"{name:45s} median {median:6.1f} ms  min {min(times):6.1f} ms{goal}{verdict}")


if __name__ == "__main__":
    main()
