"""Many files: find them, read each, check each; one bad file never stops the others."""
from __future__ import annotations

import datetime as dt
import fnmatch
import os
import stat
from collections.abc import Iterable

from factcheck.engine.budget import DEFAULT_TIMEOUT, Deadline, time_limit
from factcheck.engine.facts import gather_facts
from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.errors import FactcheckError, InputError, RuleError
from factcheck.model.result import FileResult
from factcheck.text.read import DEFAULT_MAX_BYTES, read_path

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")


def _matches(path: str, globs: Iterable[str]) -> bool:
    name = os.path.basename(path)
    norm = path.replace(os.sep, "/")
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(norm, g) or fnmatch.fnmatch(norm, "*/" + g)
               for g in globs)


def find_articles(paths: Iterable[str], *, include: Iterable[str] = (),
                  exclude: Iterable[str] = ()) -> tuple[list[str], list[FileResult]]:
    """Expand directories recursively. Returns (files, problems); an explicitly named file is
    always taken, whatever its extension."""
    include = tuple(include) or DEFAULT_INCLUDE
    exclude = tuple(exclude)
    files: list[str] = []
    problems: list[FileResult] = []
    for path in paths:
        if path == "-":
            files.append(path)
        elif os.path.isdir(path):
            found = []
            # followlinks=False: a symlink loop cannot make the walk endless.
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _matches(os.path.join(root, d), exclude))
                for name in sorted(names):
                    full = os.path.join(root, name)
                    if _matches(full, include) and not _matches(full, exclude):
                        if _special(full):
                            # A FIFO or device found by a walk would block or never end.
                            problems.append(FileResult(full, error=f"{full}: not a regular file, skipped"))
                        else:
                            found.append(full)
            if not found:
                problems.append(FileResult(path, error=f"{path}: no articles found (looked for {', '.join(include)})"))
            files.extend(found)
        elif os.path.exists(path) or os.path.islink(path):
            if not _matches(path, exclude):
                files.append(path)
        else:
            problems.append(FileResult(path, error=f"{path}: no such file or directory"))
    return files, problems


def _special(path: str) -> bool:
    """True for FIFOs, sockets and devices (a broken or looping symlink is left to the reader,
    which names the problem)."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def check_file(path: str, registry: Registry, *, published: dt.date | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = DEFAULT_TIMEOUT,
               reference=None) -> FileResult:
    """Read and check one article. Whatever goes wrong with this article (unreadable, too big,
    too slow, an extractor failing on it) is reported in its FileResult; only a rule bug
    (RuleError) stops the run, because it would give every article a wrong verdict.
    `reference` is the fact pack (factcheck.facts.load_pack) reference rules check against."""
    def work(deadline: Deadline) -> FileResult:
        doc = read_path(path, published=published, max_bytes=max_bytes)
        deadline.enter("extracting facts")
        facts = gather_facts(doc)
        deadline.enter("checking rules")
        claims = check_document(doc, registry.ruleset, functions=registry.functions, facts=facts,
                                reference=reference)
        deadline.check()
        return FileResult(path, doc, claims)     # facts are for `extract`; not carrying them keeps results (and --jobs pickles) light

    return _guarded(path, timeout, work)


def extract_file(path: str, *, published: dt.date | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = DEFAULT_TIMEOUT) -> FileResult:
    def work(deadline: Deadline) -> FileResult:
        doc = read_path(path, published=published, max_bytes=max_bytes)
        deadline.enter("extracting facts")
        facts = gather_facts(doc)
        deadline.check()
        return FileResult(path, doc, facts=facts)

    return _guarded(path, timeout, work)


def _guarded(path: str, timeout: float | None, work) -> FileResult:
    stage = "reading"
    try:
        with time_limit(path, timeout) as deadline:
            try:
                return work(deadline)
            finally:
                stage = deadline.stage
    except RuleError:
        raise
    except InputError as exc:
        return FileResult(path, error=str(exc))
    except FactcheckError as exc:
        message = str(exc)
        return FileResult(path, error=message if message.startswith(f"{path}: ") else f"{path}: {message}")
    except RecursionError:
        return FileResult(path, error=f"{path}: article too deeply nested to analyse (while {stage})")
    except MemoryError:
        return FileResult(path, error=f"{path}: ran out of memory while {stage}")
    except Exception as exc:  # noqa: BLE001 - one article's bad luck must not lose the others' results
        return FileResult(path, error=f"{path}: internal error while {stage}: "
                                      f"{type(exc).__name__}: {exc} (please report this with the article)")
