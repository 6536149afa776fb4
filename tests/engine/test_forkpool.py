"""engine.forkpool: forked workers that give every outcome back in task order, and a run that
ends with a clear error, not a hang, when a worker dies."""
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from factcheck.engine import forkpool
from factcheck.engine.forkpool import ForkPool, WorkerDied, WorkerFailed

pytestmark = pytest.mark.skipif(not forkpool.can_fork(), reason="the fork pool runs only on Linux")

_state = {}


def _remember_worker():
    _state["initialised in"] = os.getpid()


def slow_even(task):
    # Even tasks finish last, so the workers answer out of order.
    time.sleep(0.02 if task % 2 == 0 else 0)
    return task * 10, os.getpid(), _state.get("initialised in")


def run(pool, tasks):
    pool.start(tasks)
    try:
        return list(pool.results())
    finally:
        pool.stop()


def _gone(pid):
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_outcomes_come_back_in_task_order_from_several_initialised_workers():
    pool = ForkPool(3, slow_even, _remember_worker)
    outcomes = run(pool, range(40))
    assert [value for value, _, _ in outcomes] == [t * 10 for t in range(40)]
    pids = {pid for _, pid, _ in outcomes}
    assert len(pids) >= 2 and os.getpid() not in pids
    assert all(initialised == pid for _, pid, initialised in outcomes)
    assert all(_gone(pid) for pid in pids)            # stopped and reaped: no zombies


def big(task):
    return str(task) * 2_000_000                  # megabytes: far more than a pipe holds


def test_outcomes_larger_than_a_pipe_pass_without_deadlock():
    outcomes = run(ForkPool(2, big), range(6))
    assert [len(o) for o in outcomes] == [2_000_000] * 6 and outcomes[5][:3] == "555"


def test_no_tasks_no_outcomes():
    assert run(ForkPool(2, big), []) == []


class Marker:
    pass


def returns_marker(task):
    return Marker()


def test_reducers_decide_how_outcomes_are_sent():
    outcomes = run(ForkPool(2, returns_marker, reducers={Marker: lambda m: (str, ("sent as a call",))}), range(3))
    assert outcomes == ["sent as a call"] * 3


def fails_on_three(task):
    if task == 3:
        raise ValueError("three is not allowed")
    return task


def test_an_exception_in_a_worker_is_raised_in_the_parent_with_its_traceback():
    pool = ForkPool(2, fails_on_three)
    pool.start(range(8))
    seen = []
    with pytest.raises(WorkerFailed, match="ValueError: three is not allowed"):
        for outcome in pool.results():
            seen.append(outcome)
    pool.stop(kill=True)
    assert seen == [0, 1, 2]                          # everything before it, in order


def dies_on_five(task):
    if task == 5:
        os.kill(os.getpid(), signal.SIGKILL)          # what the kernel's out-of-memory killer does
    time.sleep(0.01)
    return task


def test_a_worker_that_dies_ends_the_run_with_a_clear_error_not_a_hang():
    pool = ForkPool(2, dies_on_five)
    pool.start(range(20))
    pids = [w.pid for w in pool._workers]
    started = time.monotonic()
    with pytest.raises(WorkerDied, match="stopped unexpectedly.*--jobs 1"):
        list(pool.results())
    pool.stop(kill=True)
    assert time.monotonic() - started < 10
    assert all(_gone(pid) for pid in pids)


def never_ends(task):
    time.sleep(3600)


def test_stop_with_kill_ends_busy_workers_at_once():
    pool = ForkPool(2, never_ends)
    pool.start(range(4))
    pids = [w.pid for w in pool._workers]
    started = time.monotonic()
    pool.stop(kill=True)
    assert time.monotonic() - started < 5
    assert all(_gone(pid) for pid in pids)


def test_output_buffered_before_the_fork_is_written_once():
    # A worker inherits the parent's unflushed stdout buffer; flushed by the worker too, the
    # start of a report would appear twice.
    script = textwrap.dedent("""
        import sys
        from factcheck.engine.forkpool import ForkPool
        sys.stdout.write("before the workers;")
        pool = ForkPool(2, abs)
        pool.start(range(-4, 0))
        sys.stdout.write(repr(list(pool.results())))
        pool.stop()
    """)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60)
    assert (out.stdout, out.stderr, out.returncode) == ("before the workers;[4, 3, 2, 1]", "", 0)


def _exit_at_once():
    os._exit(3)


def test_a_worker_that_dies_before_taking_its_tasks_is_reported_as_dead_not_as_a_closed_pipe(monkeypatch):
    # Writing to the task pipe of a worker that is gone raises BrokenPipeError, which the
    # command line takes for a closed standard output (exit 0): it must be WorkerDied.
    real_fork = ForkPool._fork

    def fork_and_wait_for_its_end(self):
        worker = real_fork(self)
        os.waitpid(worker.pid, 0)            # gone before any task is handed out
        return worker

    monkeypatch.setattr(ForkPool, "_fork", fork_and_wait_for_its_end)
    pool = ForkPool(2, abs, _exit_at_once)
    with pytest.raises(WorkerDied, match="stopped unexpectedly"):
        pool.start(range(-8, 0))
    pool.stop(kill=True)


def test_workers_of_a_killed_parent_end_quietly():
    # The parent killed outright (kill -9): workers find their pipes closed and exit without
    # printing tracebacks into the terminal they share with it.
    script = textwrap.dedent("""
        import os, signal, time
        from factcheck.engine.forkpool import ForkPool

        def slow_and_big(task):
            time.sleep(0.3)
            return "x" * 1_000_000

        pool = ForkPool(2, slow_and_big)
        pool.start(range(20))
        time.sleep(0.1)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    started = time.monotonic()
    # communicate() returns once every process holding the output pipes (the workers too) has ended
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60)
    assert out.returncode == -signal.SIGKILL
    assert (out.stdout, out.stderr) == ("", "")
    assert time.monotonic() - started < 30


def test_works_when_the_caller_already_has_more_than_1024_files_open():
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1200:
        pytest.skip(f"cannot open 1,100 files here (hard limit {hard})")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 1200) if hard == resource.RLIM_INFINITY
                                                else min(max(soft, 1200), hard), hard))
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        assert run(ForkPool(2, abs), range(-6, 0)) == [6, 5, 4, 3, 2, 1]
    finally:
        for fd in held:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
