"""Timing helpers shared by the benchmarks (run them as `python bench/NAME.py`).

Absolute times drift on the shared project machines, so the figures that
decide a target are ratios against a reference measured in the same run:
``paired`` times the subject and its reference alternately, round by round,
and ``ratio_line`` prints the ratio's min/median/max over those rounds.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn()`` over ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def seconds(fn: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    """Time of one call of ``fn()`` in seconds: wall time, or ``clock`` (time.process_time: this
    process's CPU time, which other work on a shared machine disturbs less)."""
    start = clock()
    fn()
    return clock() - start


def paired(
    subject: Callable[[], object],
    reference: Callable[[], object],
    rounds: int,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[list[float], list[float]]:
    """Times (s) of ``subject`` and ``reference``, run alternately (which goes first alternates too)."""
    ours: list[float] = []
    theirs: list[float] = []
    for round_ in range(rounds):
        if round_ % 2 == 0:
            ours.append(seconds(subject, clock))
            theirs.append(seconds(reference, clock))
        else:
            theirs.append(seconds(reference, clock))
            ours.append(seconds(subject, clock))
    return ours, theirs


def spread(values: list[float], unit: str = "", scale: float = 1.0, digits: int = 2) -> str:
    """``min / median / max`` of ``values`` (times ``scale``), e.g. for seconds as ms."""
    low, mid, high = (v * scale for v in (min(values), statistics.median(values), max(values)))
    return f"{low:.{digits}f} / {mid:.{digits}f} / {high:.{digits}f}{unit}"


def ratio_line(name: str, ratios: list[float], target: str, met: Callable[[float], bool]) -> str:
    """One line: the ratio's min/median/max over the rounds, the target, and whether the median meets it."""
    verdict = "met" if met(statistics.median(ratios)) else "NOT MET"
    return f"{name}: {spread(ratios, '×')} (min/median/max over {len(ratios)} rounds; target {target}: {verdict})"
