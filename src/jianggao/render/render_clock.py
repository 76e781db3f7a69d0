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


class OutOfTime(BaseException):
    """The block ran past its deadline. A BaseException, so no ``except Exception`` on its way out
    (in Jinja, in a filter) can swallow it."""


class _Ticket:
    __slots__ = ("deadline", "injected", "thread_id")

    def __init__(self, thread_id: int, deadline: float) -> None:
        self.thread_id = thread_id
        self.deadline = deadline
        self.injected = False


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    """Schedule ``exception`` in the thread (``None``: withdraw one not yet raised)."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )


class _Watchdog:
    """One daemon thread waiting for the earliest deadline of the running blocks.

    A block's thread never takes a lock after its ticket is in ``running``: OutOfTime may
    arrive at any bytecode, and a lock taken just before it would never be released.
    Who owns a ticket is settled by ``set.remove``, one atomic step: the block (finished in
    time) or the watchdog (out of time).
    """

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.running: set[_Ticket] = set()
        self._changed = threading.Condition()
        threading.Thread(target=self._run, name="jianggao-render-clock", daemon=True).start()

    def add(self, ticket: _Ticket) -> None:
        with self._changed:
            self.running.add(ticket)
            self._changed.notify()

    def _run(self) -> None:
        with self._changed:
            while True:
                now = time.monotonic()
                for ticket in list(self.running):
                    if ticket.deadline <= now:
                        try:
                            self.running.remove(ticket)
                        except KeyError:  # the block finished first
                            continue
                        _raise_in(ticket.thread_id, OutOfTime)
                        ticket.injected = True
                earliest = min((t.deadline for t in list(self.running)), default=None)
                self._changed.wait(None if earliest is None else max(0.0, earliest - now))


_watchdog: _Watchdog | None = None
_watchdog_made = threading.Lock()


def _the_watchdog() -> _Watchdog:
    global _watchdog
    with _watchdog_made:
        if _watchdog is None or _watchdog.pid != os.getpid():  # threads do not survive a fork
            _watchdog = _Watchdog()
        return _watchdog


def _withdraw(ticket: _Ticket) -> None:
    """Wait until the watchdog has raised OutOfTime in this thread, then withdraw it if it has not arrived."""
    while True:
        try:
            while not ticket.injected:
                time.sleep(0)
            _raise_in(ticket.thread_id, None)
            return
        except OutOfTime:
            continue  # it arrived while we waited: nothing is pending any more


class _TimeLimit:
    """The block of ``time_limit``. Not a generator: OutOfTime may arrive in ``__enter__`` once the
    ticket is handed over, and then the ``with`` never calls ``__exit__``; a generator left paused
    at its ``yield`` would be closed later by the garbage collector, find the ticket taken and raise
    OutOfTime where no one can catch it. Here nothing is left behind: the watchdog has taken the
    ticket, and the exception it raised is the one that leaves the ``with``."""

    __slots__ = ("seconds", "ticket", "watchdog")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        self.watchdog = _the_watchdog()
        self.ticket = _Ticket(threading.get_ident(), time.monotonic() + self.seconds)
        self.watchdog.add(self.ticket)

    def __exit__(self, *exc: object) -> None:
        try:
            self.watchdog.running.remove(self.ticket)
        except KeyError:  # the watchdog took it: OutOfTime is raised here, or on its way
            _withdraw(self.ticket)
            raise OutOfTime from None


def time_limit(seconds: float) -> _TimeLimit:
    """Raise ``OutOfTime`` out of the block if it runs longer than ``seconds``; nothing is left pending after it."""
    return _TimeLimit(seconds)
