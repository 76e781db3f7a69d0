"""Is ``jianggao check`` linear in the speech's length? (issue 14: ≤ 12× for 10× the text)

Two specs from tests/data/long_speech.yaml, its points repeated (each copy's
headings and sentences varied, so not every sentence is a repeat) until the
speech passes about 100,000 and 1,000,000 characters; ``check_file`` on each,
in one process, alternately. Prints the ratio time(1M) / time(100k) per round
and its min/median/max, in wall time and in the process's CPU time (which the
other work of a shared machine disturbs less).

    python bench/bench_check_scaling.py [--rounds 3] [--small 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sample_specs import scaled_spec
from timing import paired, ratio_line, spread

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from jianggao.checking.runner import check_file  # noqa: E402
from jianggao.checking.subject import CheckOptions  # noqa: E402


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
        big_cpu, ref_cpu = paired(
            lambda: check_file(large, options), lambda: check_file(small, options), args.rounds, time.process_time
        )
    print(f"specs: {small_chars} and {large_chars} characters ({large_chars / small_chars:.1f}× the text); findings {counts[0]} and {counts[1]}")
    print(f"check {small_chars} characters: {spread(ref, ' s')}   check {large_chars}: {spread(big, ' s')}  (wall, min/median/max)")
    print(ratio_line("wall-time ratio large / small", [b / r for b, r in zip(big, ref, strict=True)], "≤ 12×", lambda r: r <= 12))
    print(ratio_line("CPU-time ratio large / small", [b / r for b, r in zip(big_cpu, ref_cpu, strict=True)], "≤ 12×", lambda r: r <= 12))


if __name__ == "__main__":
    main()
