"""The render clock stops a runaway block in any thread, and never fires outside the block."""

from __future__ import annotations

import threading
import time

import pytest

from jianggao.render.render_clock import OutOfTime, time_limit


def spin(seconds: float) -> int:
    end = time.monotonic() + seconds
    count = 0
    while time.monotonic() < end:
        count += 1
    return count


def test_a_long_block_is_stopped_near_its_deadline() -> None:
    start = time.monotonic()
    with pytest.raises(OutOfTime), time_limit(0.2):
        spin(10)
    assert 0.2 <= time.monotonic() - start < 2


def test_a_block_in_a_worker_thread_is_stopped() -> None:
    outcome: list[str] = []

    def work() -> None:
        try:
            with time_limit(0.2):
                spin(10)
            outcome.append("finished")
        except OutOfTime:
            outcome.append("stopped")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(5)
    assert outcome == ["stopped"]


def test_only_the_late_thread_is_stopped() -> None:
    outcome: dict[str, str] = {}

    def work(name: str, seconds: float, limit: float) -> None:
        try:
            with time_limit(limit):
                spin(seconds)
            outcome[name] = "finished"
        except OutOfTime:
            outcome[name] = "stopped"

    threads = [threading.Thread(target=work, args=("late", 10, 0.3)), threading.Thread(target=work, args=("quick", 0.1, 5))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert outcome == {"late": "stopped", "quick": "finished"}


def test_nothing_fires_after_a_block_even_when_it_ends_at_its_deadline() -> None:
    """Blocks that end right around their deadline: OutOfTime comes out of the block or not at all."""
    stray = 0
    for _ in range(300):
        try:
            try:
                with time_limit(0.002):
                    spin(0.002)
            except OutOfTime:
                pass
            spin(0.003)  # a pending exception would surface here
        except OutOfTime:
            stray += 1
    assert stray == 0


def test_a_finished_block_leaves_no_deadline_behind() -> None:
    with time_limit(0.05):
        pass
    spin(0.2)  # would be interrupted if the deadline were still registered


def test_a_deadline_that_passes_as_the_block_is_entered_leaves_nothing_to_raise_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """OutOfTime can arrive before the block starts, once the deadline is registered: it comes out of
    the ``with`` then, and nothing (a half-entered generator, say) raises it again when collected."""
    import gc
    import sys

    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda hook: unraisable.append(hook.exc_value))
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # the watchdog gets its turn at almost any bytecode
    try:
        arrived = stray = 0
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            try:
                try:
                    with time_limit(0):
                        pass
                except OutOfTime:
                    arrived += 1
                spin(0.00002)
            except OutOfTime:
                stray += 1
            gc.collect(0)
    finally:
        sys.setswitchinterval(interval)
    gc.collect()
    assert arrived and not stray and not unraisable, (arrived, stray, unraisable)
