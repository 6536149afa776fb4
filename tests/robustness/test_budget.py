"""The per-article time budget: interrupts code that never polls, leaves no timer
behind, and falls back to checks between stages off the main thread."""
from __future__ import annotations

import re
import signal
import threading
import time

import pytest

from factcheck.engine.budget import Deadline, time_limit
from factcheck.errors import BudgetExceeded


def test_timer_interrupts_a_backtracking_regex():
    evil = re.compile(r"(a+)+$")
    with pytest.raises(BudgetExceeded) as exc:
        with time_limit("slow.md", 0.2) as deadline:
            deadline.enter("extracting facts")
            evil.match("a" * 40 + "b")          # exponential: would run for hours
    assert str(exc.value) == "slow.md: gave up after the 0.2-second time budget (--timeout) while extracting facts"


def test_a_swallowed_interruption_comes_again():
    # Extractor code with a broad `except Exception` cannot keep the article alive.
    swallowed = 0
    with pytest.raises(BudgetExceeded), time_limit("slow.md", 0.1):
        while True:
            try:
                while True:
                    pass
            except BudgetExceeded:
                swallowed += 1
                if swallowed == 3:
                    raise
    assert swallowed == 3


def test_no_timer_is_left_behind():
    previous = signal.getsignal(signal.SIGALRM)
    with time_limit("a.md", 5.0):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous
    time.sleep(0.15)                               # nothing fires later


def test_no_limit_means_no_timer():
    with time_limit("a.md", 0) as deadline:
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert not deadline.expired()


def test_off_the_main_thread_the_deadline_is_checked_between_stages():
    outcome = {}

    def work():
        try:
            with time_limit("t.md", 0.05) as deadline:
                assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)    # no timer from a thread
                time.sleep(0.1)
                deadline.enter("checking rules")
        except BudgetExceeded as exc:
            outcome["error"] = str(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert outcome["error"] == "t.md: gave up after the 0.05-second time budget (--timeout) while reading"


def test_deadline_names_the_stage_it_was_in():
    d = Deadline("a.md", 10.0)
    d.enter("extracting facts")
    assert (d.stage, d.expired()) == ("extracting facts", False)
    late = Deadline("a.md", 1.0, started=time.monotonic() - 2)
    with pytest.raises(BudgetExceeded):
        late.check()
