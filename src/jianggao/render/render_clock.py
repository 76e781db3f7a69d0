"""A wall-clock limit on a block of Python code, in any thread.

A signal timer interrupts only the main thread, and the studio renders in
worker threads. So one watchdog thread keeps the deadline of every running
block and, when one passes, raises ``OutOfTime`` in the thread that owns it
(CPython's ``PyThreadState_SetAsyncExc``: the exception arrives between two
bytecodes, which is where Jinja's compiled loops spend their time). It does
not interrupt a single long call into C; the sandbox bounds those by size.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class OutOfTime(BaseException):
    """The block ran past its deadline. A BaseException, so no ``except Exception`` on its way out
    (in Jinja, in a filter) can swallow it."""


class _Ticket:
    __slots__ = ("deadline", "fired", "thread_id")

    def __init__(self, thread_id: int, deadline: float) -> None:
        self.thread_id = thread_id
        self.deadline = deadline
        self.fired = False


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    """Schedule ``exception`` in the thread (``None``: withdraw one not yet raised)."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )


class _Watchdog:
    """One daemon thread waiting for the earliest deadline of the running blocks."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self._tickets: dict[int, _Ticket] = {}  # by thread: a thread runs one timed block at a time
        self._changed = threading.Condition()
        threading.Thread(target=self._run, name="jianggao-render-clock", daemon=True).start()

    def add(self, ticket: _Ticket) -> None:
        with self._changed:
            self._tickets[ticket.thread_id] = ticket
            self._changed.notify()

    def remove(self, ticket: _Ticket) -> None:
        with self._changed:
            if self._tickets.get(ticket.thread_id) is ticket:
                del self._tickets[ticket.thread_id]

    def _run(self) -> None:
        with self._changed:
            while True:
                now = time.monotonic()
                for ticket in [t for t in self._tickets.values() if t.deadline <= now]:
                    del self._tickets[ticket.thread_id]
                    ticket.fired = True
                    _raise_in(ticket.thread_id, OutOfTime)
                earliest = min((t.deadline for t in self._tickets.values()), default=None)
                self._changed.wait(None if earliest is None else earliest - now)


_watchdog: _Watchdog | None = None
_watchdog_made = threading.Lock()


def _the_watchdog() -> _Watchdog:
    global _watchdog
    with _watchdog_made:
        if _watchdog is None or _watchdog.pid != os.getpid():  # threads do not survive a fork
            _watchdog = _Watchdog()
        return _watchdog


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``OutOfTime`` out of the block if it runs longer than ``seconds``; nothing is left pending after it."""
    ticket = _Ticket(threading.get_ident(), time.monotonic() + seconds)
    watchdog = _the_watchdog()
    watchdog.add(ticket)
    try:
        yield
    finally:
        watchdog.remove(ticket)
        if ticket.fired:
            # The exception may be raised already (we are unwinding it) or still on its way:
            # withdraw it so that it cannot surface after the block, and raise it here instead.
            _raise_in(ticket.thread_id, None)
            raise OutOfTime
