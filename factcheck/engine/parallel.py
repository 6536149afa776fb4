"""`--jobs N`: check many articles in worker processes, with the same output as one process.

Articles are independent, so the work is split into chunks over a process pool
(processes, not threads: the engine is pure Python and CPU-bound): on Linux our
own forked workers (engine.forkpool), elsewhere concurrent.futures. Results
are read back in input order, so the report is byte-identical to `--jobs 1`.
The rule registry is handed to each worker once, by its initializer (inherited
without pickling where the platform forks). Small runs stay in one process,
where starting workers would cost more than it saves.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import os
import signal
from collections.abc import Callable, Sequence

from factcheck.engine.batch import check_file
from factcheck.engine.budget import DEFAULT_TIMEOUT
from factcheck.errors import RuleError
from factcheck.model.document import Document, Paragraph, Sentence, SkippedBlock
from factcheck.model.pickling import as_call
from factcheck.model.result import FileResult
from factcheck.model.span import Span
from factcheck.model.verdict import Claim
from factcheck.text.read import DEFAULT_MAX_BYTES

# Below this many files per worker a pool is slower than checking in place.
MIN_FILES_PER_JOB = 4
# Articles per task sent to a worker: enough to make the pipe's cost per article small, few
# enough that the workers finish together (a simulation over the dev articles' own times:
# 16 left one worker idle about 3% of the run at the end, 8 about 1%). Towards the end the
# tasks shrink (chunk_sizes), so that the last ones are single articles.
MAX_CHUNK = 8

Progress = Callable[[int, int], None]


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:              # not on Linux
        return os.cpu_count() or 1


def effective_jobs(jobs: int | None, files: int) -> int:
    jobs = available_cpus() if not jobs or jobs < 1 else jobs
    return max(1, min(jobs, files // MIN_FILES_PER_JOB))


_worker_state: dict = {}


def _init_worker(registry, published, max_bytes, reference, timeout) -> None:
    # Ctrl-C reaches the whole process group: only the parent handles it (and stops the
    # workers), so workers print no KeyboardInterrupt tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        # Forked with SIGINT blocked (see _sigint_blocked): one that came meanwhile is
        # pending, and unblocking it now that it is ignored discards it.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _worker_state.update(registry=registry, published=published, max_bytes=max_bytes, reference=reference,
                         timeout=timeout)


# What a check result is made of, down to its spans: sent back to the parent by the thousand.
RESULT_CLASSES = (FileResult, Document, Paragraph, Sentence, SkippedBlock, Claim)


def result_reducers() -> dict:
    """Pickle reducers that send results as calls of their classes (model.pickling): the pipe
    then costs about 60% of the CPU time on both ends. Every class in RESULT_CLASSES qualifies
    (a test keeps it so); Span does not (its __init__ checks its bounds) but its call is plain."""
    reducers = {cls: as_call for cls in RESULT_CLASSES}
    reducers[Span] = _span_as_call
    return reducers


def _span_as_call(span: Span):
    return Span, (span.start, span.end)       # Span's own __init__ checks the bounds again


@contextlib.contextmanager
def _sigint_blocked():
    """Hold SIGINT back while the pool forks its workers. A Ctrl-C that reached a worker
    between its fork and its initializer would print a KeyboardInterrupt traceback;
    blocked, it waits until the worker ignores it, and in this process until the block
    ends, where it raises KeyboardInterrupt as usual."""
    if not hasattr(signal, "pthread_sigmask"):          # Windows: no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def chunk_sizes(total: int, workers: int, largest: int = MAX_CHUNK) -> list[int]:
    """How many articles each task takes, in order: a quarter of each worker's share of what
    is left, at most `largest`, at least one ("guided" scheduling). The tasks shrink as the
    run ends, so a worker that finishes early waits for one short task at most, not a full
    chunk; at the start they are full size, so the pipe is crossed no more often than needed."""
    sizes = []
    remaining = total
    while remaining > 0:
        size = max(1, min(largest, remaining // (workers * 4)))
        sizes.append(size)
        remaining -= size
    return sizes


def _check_chunk(paths: list[str]) -> list:
    return [_check_in_worker(path) for path in paths]


def _check_in_worker(path: str):
    try:
        return "ok", check_file(path, _worker_state["registry"], published=_worker_state["published"],
                                max_bytes=_worker_state["max_bytes"], reference=_worker_state["reference"],
                                timeout=_worker_state["timeout"])
    except RuleError as exc:
        # RuleError does not survive pickling (its __init__ takes several arguments): send its parts.
        return "rule-error", (exc.path, exc.line, exc.col, exc.message, exc.source_line)


class _ExecutorPool:
    """concurrent.futures' process pool where the platform does not fork (macOS, Windows), in
    the shape of forkpool.ForkPool: start(tasks), results(), stop(kill)."""

    def __init__(self, workers: int, initargs: tuple) -> None:
        import multiprocessing      # here: a run that forks never imports it
        from concurrent.futures import ProcessPoolExecutor

        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(),
                                         initializer=_init_worker_registering, initargs=initargs)
        self._futures: list = []

    def start(self, tasks) -> None:
        # every task is submitted at once: the workers start here
        self._futures = [self._pool.submit(_check_chunk, task) for task in tasks]

    def results(self):
        for future in self._futures:
            yield future.result()

    def stop(self, kill: bool = False) -> None:
        if kill:
            # Waiting could block for as long as a worker's article takes (a pipe may never
            # end): stop the workers now; they only compute values, nothing is half-written.
            for process in list(getattr(self._pool, "_processes", {}).values()):
                process.terminate()
        self._pool.shutdown(wait=not kill, cancel_futures=True)


def _init_worker_registering(*initargs) -> None:
    _init_worker(*initargs)
    from multiprocessing.reduction import ForkingPickler

    for cls, reduce in result_reducers().items():
        ForkingPickler.register(cls, reduce)


def _pool(workers: int, initargs: tuple):
    """The process pool for this platform: our own forked workers where fork is safe (Linux;
    they start without importing concurrent.futures and multiprocessing, and inherit the
    loaded rules), else concurrent.futures."""
    from factcheck.engine import forkpool

    if forkpool.can_fork():
        return forkpool.ForkPool(workers, _check_chunk, functools.partial(_init_worker, *initargs),
                                 reducers=result_reducers())
    return _ExecutorPool(workers, initargs)


def check_files(paths: Sequence[str], registry, *, jobs: int | None = 1, published: dt.date | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress | None = None,
                reference=None, timeout: float | None = DEFAULT_TIMEOUT) -> list[FileResult]:
    """Check `paths` in order; `jobs` None or 0 means one per available CPU. `progress(done, total)`
    is called after each file. `reference` is the fact pack for reference rules, if any."""
    paths = list(paths)
    total = len(paths)
    workers = effective_jobs(jobs, total)
    # The loaded rules and fact pack live as long as the run: set them aside from the garbage
    # collector (its full collections would scan them again and again while results pile up),
    # and forked workers then share their memory pages instead of copying them on the first scan.
    gc.freeze()
    if workers == 1 or "-" in paths:           # stdin can only be read by this process
        results = []
        for path in paths:
            results.append(check_file(path, registry, published=published, max_bytes=max_bytes,
                                      reference=reference, timeout=timeout))
            if progress:
                progress(len(results), total)
        return results
    chunks, start = [], 0
    for size in chunk_sizes(total, workers):
        chunks.append(paths[start:start + size])
        start += size
    results = []
    pool = _pool(workers, (registry, published, max_bytes, reference, timeout))
    try:
        with _sigint_blocked():
            pool.start(chunks)
        for outcomes in pool.results():
            for status, payload in outcomes:
                if status == "rule-error":
                    raise RuleError(*payload)
                results.append(payload)
                if progress:
                    progress(len(results), total)
    except BaseException:
        pool.stop(kill=True)
        raise
    pool.stop()
    return results
