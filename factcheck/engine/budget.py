"""The per-article time budget.

An article that takes longer than its budget is abandoned and reported in its
own `error` field; the run goes on with the next article.

Why an interval timer (SIGALRM) and not only a deadline polled in loops: the
slow part on hostile input is usually inside code that never polls — a regular
expression backtracking in an extractor, a pyparsing grammar, YAML front
matter. CPython checks for signals inside the regex engine and between
bytecodes, so a handler that raises is the one thing that reliably stops all of
them, without a thread killing anything. The work it abandons is pure (values
in, values out), so nothing is left half-written.

The timer repeats every REARM seconds after it first fires, so code that
swallows the exception with a broad `except Exception` is interrupted again.
Where a timer cannot be used (a thread other than the main one, or a platform
without setitimer) the same Deadline is still checked between the pipeline's
stages, so a slow article is at least reported, if later.
"""
from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator

import attrs

from factcheck.errors import BudgetExceeded

DEFAULT_TIMEOUT = 30.0     # seconds per article; a long article takes well under one
REARM = 0.05               # seconds between repeated interruptions once over budget


@attrs.define
class Deadline:
    """When the current article's time is up, and what it was doing then."""

    path: str
    seconds: float | None              # None or 0: no time limit
    started: float = attrs.field(factory=time.monotonic)
    stage: str = "reading"

    @property
    def limited(self) -> bool:
        return bool(self.seconds) and self.seconds > 0

    def expired(self) -> bool:
        return self.limited and time.monotonic() - self.started >= self.seconds

    def error(self) -> BudgetExceeded:
        return BudgetExceeded(f"{self.path}: gave up after the {self.seconds:g}-second time budget "
                              f"(--timeout) while {self.stage}")

    def enter(self, stage: str) -> None:
        """Name the next stage, first checking the time (the cooperative half of the budget)."""
        self.check()
        self.stage = stage

    def check(self) -> None:
        if self.expired():
            raise self.error()


def _timer_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(path: str, seconds: float | None) -> Iterator[Deadline]:
    """Run the body under a Deadline; raise BudgetExceeded from wherever the body is when time
    runs out (main thread on POSIX), or at its next `enter`/`check` otherwise."""
    deadline = Deadline(path, seconds)
    if not deadline.limited or not _timer_available():
        yield deadline
        return
    armed = True

    def on_alarm(signum, frame):
        # A signal already queued when the body finished must not hit the caller.
        if armed:
            raise deadline.error()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds, REARM)
        yield deadline
    finally:
        try:
            armed = False
        finally:
            # Nested so that an alarm landing on the line above still disarms the timer.
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
