"""Many files: find them, read each, check each; one bad file never stops the others."""
from __future__ import annotations

import datetime as dt
import fnmatch
import os
from collections.abc import Iterable

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


def check_file(path: str, registry: Registry, *, published: dt.date | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, reference=None) -> FileResult:
    """`reference` is the fact pack (factcheck.facts.load_pack) reference rules check against."""
    try:
        doc = read_path(path, published=published, max_bytes=max_bytes)
        facts = gather_facts(doc)
        claims = check_document(doc, registry.ruleset, functions=registry.functions, facts=facts,
                                reference=reference)
        return FileResult(path, doc, claims, facts)
    except RuleError:
        raise
    except InputError as exc:
        return FileResult(path, error=str(exc))
    except FactcheckError as exc:
        return FileResult(path, error=f"{path}: {exc}")
    except RecursionError:
        return FileResult(path, error=f"{path}: article too deeply nested to analyse")


def extract_file(path: str, *, published: dt.date | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    try:
        doc = read_path(path, published=published, max_bytes=max_bytes)
        return FileResult(path, doc, facts=gather_facts(doc))
    except InputError as exc:
        return FileResult(path, error=str(exc))
    except FactcheckError as exc:
        return FileResult(path, error=f"{path}: {exc}")
