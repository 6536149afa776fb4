"""A pool of forked worker processes: `--jobs` on Linux.

Why not concurrent.futures or multiprocessing.Pool: importing either costs
more (17-25 ms: logging, sockets, subprocess, tempfile, threads and queues)
than checking a dozen articles, and it is paid before the first worker
starts, so no number of workers wins it back. A run that forks needs much
less: a pipe each way per worker, pickle, and poll to wait on the results.
Other platforms keep concurrent.futures (engine.parallel).

The protocol: the parent sends a worker `(index, task)`; the worker answers
`(index, outcome)`, where outcome is `(True, work(task))` or `(False,
message)` when work raised. Each message is pickled and preceded by its length
(8 bytes, big-endian). A worker has at most two tasks outstanding, so it never
waits for its next task while the parent reads a result, and the parent's
writes (a few hundred bytes of paths) always fit in the pipe: only a worker's
results can fill a pipe, and the parent is reading those.

The tasks are handed out as workers answer, and the outcomes come back in
task order, whatever order the workers finish in. A worker that dies (killed,
out of memory) ends the run with WorkerDied instead of leaving it waiting.
"""
from __future__ import annotations

import copyreg
import io
import os
import pickle
import select
import signal
import sys
from collections.abc import Callable, Iterator, Sequence

from factcheck.errors import FactcheckError

_LENGTH_BYTES = 8
_OUTSTANDING = 2            # tasks in flight per worker
_READ_SIZE = 1 << 20


def can_fork() -> bool:
    """Whether this pool can run here: Linux (macOS's fork is unsafe with some system
    libraries once threads exist; Windows has no fork)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


class WorkerDied(FactcheckError):
    """A worker process ended without answering: killed, or out of memory."""


class WorkerFailed(FactcheckError):
    """The work function raised in a worker (the message carries its traceback)."""


class _Worker:
    __slots__ = ("pid", "tasks", "results", "buffer", "outstanding")

    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid = pid
        self.tasks = tasks          # the parent's writing end of the task pipe
        self.results = results      # the parent's reading end of the result pipe
        self.buffer = bytearray()
        self.outstanding = 0


class ForkPool:
    """Forked workers running `work(task)`.

        pool = ForkPool(2, work, initializer)
        pool.start(tasks)            # forks the workers and hands out the first tasks
        try:
            for outcome in pool.results(): ...
        finally:
            pool.stop(kill=...)      # kill: at once (SIGTERM), for a run that is abandoned

    `initializer()` runs once in each worker after it is forked; `reducers` ({class: reduce
    function}) are added to the pickler the workers send their outcomes with."""

    def __init__(self, workers: int, work: Callable, initializer: Callable[[], None] | None = None,
                 reducers: dict | None = None) -> None:
        self._count = workers
        self._work = work
        self._initializer = initializer
        self._reducers = reducers or {}
        self._workers: list[_Worker] = []
        self._tasks: list = []
        self._handed_out = 0

    # ---------------------------------------------------------------- parent

    def start(self, tasks: Sequence) -> None:
        self._tasks = list(tasks)
        # A buffer not flushed now would be written again by a worker that flushed it.
        _flush(lambda: sys.stdout.flush())
        _flush(lambda: sys.stderr.flush())
        try:
            for _ in range(self._count):
                self._workers.append(self._fork())
            for worker in self._workers:
                for _ in range(_OUTSTANDING):
                    self._hand_out(worker)
        except BaseException:
            self.stop(kill=True)
            raise

    def results(self) -> Iterator:
        """work(task) for each task, in task order, each as soon as it and those before it are in."""
        done: dict[int, tuple[bool, object]] = {}
        wanted = 0
        while wanted < len(self._tasks):
            while wanted in done:
                ok, value = done.pop(wanted)
                if not ok:
                    raise WorkerFailed(value)
                yield value
                wanted += 1
            if wanted == len(self._tasks):
                return
            busy = {w.results: w for w in self._workers if w.outstanding}
            # poll, not select: select refuses descriptors past 1024, which a program that
            # calls this with many files open could reach.
            waiting = select.poll()
            for fd in busy:
                waiting.register(fd, select.POLLIN)
            for fd, _event in waiting.poll():
                worker = busy[fd]
                for index, outcome in self._receive(worker):
                    done[index] = outcome
                    worker.outstanding -= 1
                    self._hand_out(worker)

    def stop(self, kill: bool = False) -> None:
        """End the workers and wait for them. Without `kill`, call it once results() is done:
        each worker exits when it reads the end of its task pipe."""
        if kill:
            for worker in self._workers:
                try:
                    os.kill(worker.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for worker in self._workers:
            _close(worker.tasks)
            _close(worker.results)
        for worker in self._workers:
            try:
                os.waitpid(worker.pid, 0)
            except ChildProcessError:
                pass
        self._workers = []

    def _hand_out(self, worker: _Worker) -> None:
        if self._handed_out < len(self._tasks):
            index = self._handed_out
            message = pickle.dumps((index, self._tasks[index]), protocol=pickle.HIGHEST_PROTOCOL)
            try:
                _write_all(worker.tasks, _framed(message))
            except BrokenPipeError:
                # Not left to propagate: a caller would take it for its own closed output.
                raise self._died(worker) from None
            worker.outstanding += 1
            self._handed_out += 1

    @staticmethod
    def _died(worker: _Worker) -> WorkerDied:
        return WorkerDied(f"a worker process (pid {worker.pid}) stopped unexpectedly, killed or out of "
                          f"memory; run with --jobs 1 to see which article it was checking")

    def _receive(self, worker: _Worker) -> list[tuple[int, object]]:
        data = os.read(worker.results, _READ_SIZE)
        if not data:
            raise self._died(worker)
        buffer = worker.buffer
        buffer += data
        messages = []
        while len(buffer) >= _LENGTH_BYTES:
            size = int.from_bytes(buffer[:_LENGTH_BYTES], "big")
            if len(buffer) < _LENGTH_BYTES + size:
                break
            messages.append(pickle.loads(buffer[_LENGTH_BYTES:_LENGTH_BYTES + size]))
            del buffer[:_LENGTH_BYTES + size]
        return messages

    # ---------------------------------------------------------------- worker

    def _fork(self) -> _Worker:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        pid = os.fork()
        if pid:
            os.close(task_read)
            os.close(result_write)
            return _Worker(pid, task_write, result_read)
        code = 1
        try:
            os.close(task_write)
            os.close(result_read)
            for sibling in self._workers:
                # Held open here, a sibling's task pipe would never reach end of file.
                os.close(sibling.tasks)
                os.close(sibling.results)
            if self._initializer is not None:
                self._initializer()
            self._serve(task_read, result_write)
            code = 0
        except BrokenPipeError:
            pass                        # the parent is gone (killed, or stopped the run): nothing to tell
        except BaseException:           # noqa: BLE001 - the parent reports a worker that ends early
            try:
                import traceback
                traceback.print_exc()
            except BaseException:       # noqa: BLE001
                pass
        finally:
            # Never return into the parent's code, nor run its exit handlers or flush its buffers.
            os._exit(code)

    def _serve(self, tasks: int, results: int) -> None:
        dispatch = dict(copyreg.dispatch_table)
        dispatch.update(self._reducers)
        while True:
            header = _read_exactly(tasks, _LENGTH_BYTES)
            if header is None:
                return                  # the parent closed the pipe: no more tasks
            message = _read_exactly(tasks, int.from_bytes(header, "big"))
            if message is None:
                return
            index, task = pickle.loads(message)
            try:
                outcome = (True, self._work(task))
            except Exception:           # noqa: BLE001 - sent to the parent, which raises it
                import traceback
                outcome = (False, traceback.format_exc())
            buffer = io.BytesIO()
            pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.dispatch_table = dispatch
            pickler.dump((index, outcome))
            _write_all(results, _framed(buffer.getvalue()))


def _flush(flush: Callable[[], None]) -> None:
    try:
        flush()
    except (AttributeError, OSError, ValueError):       # no such stream, a closed one, a full disk
        pass


def _framed(payload: bytes) -> bytes:
    return len(payload).to_bytes(_LENGTH_BYTES, "big") + payload


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, size: int) -> bytes | None:
    """`size` bytes from fd, or None at end of file."""
    chunks = []
    while size:
        chunk = os.read(fd, min(size, _READ_SIZE))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _close(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass
