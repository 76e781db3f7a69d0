"""Title line breaking (issue 13): time and memory against length.

The old balancing was cubic in time and quadratic in memory (1,200 characters:
6.7 s; 100,000 characters: over 1 GiB). Prints, for each length, the median
time as a ratio to the 1,000-character case measured in the same run (near
linear: 100× the characters should cost about 100×, not 10,000×), and peak
traced memory. The segmenter's one-off load is timed separately.

    python bench/bench_title_lines.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

from timing import median_ms

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from jianggao.zh.title_lines import balanced_lines  # noqa: E402

UNIT = "在全市党风廉政建设和反腐败工作会议上的讲话"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    balanced_lines("在2025年全市教师队伍建设工作推进会上的讲话", 20)
    print(f"jieba import, dictionary scan + first title: {(time.perf_counter() - started) * 1000:.0f} ms")
    warm = median_ms(lambda: balanced_lines("在2025年全市教师队伍建设工作推进会上的讲话", 20), args.runs)
    print(f"a two-line title, warm (each title scans the dictionary for its own words): {warm:.1f} ms")
    import jieba

    started = time.perf_counter()
    jieba.Tokenizer().initialize()
    print(f"for comparison, jieba's own full-dictionary start-up: {(time.perf_counter() - started) * 1000:.0f} ms")
    reference = None
    for length in (1_000, 10_000, 100_000):
        title = (UNIT * (length // len(UNIT) + 1))[:length]
        ms = median_ms(lambda title=title: balanced_lines(title, 20), args.runs)
        tracemalloc.start()
        balanced_lines(title, 20)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        reference = reference or ms
        print(f"{length:>7} characters: {ms:8.1f} ms  ({ms / reference:6.1f}× the 1,000-character case)  peak {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
