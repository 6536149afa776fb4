"""`--changed [REV]`: the articles a branch or commit touched, from git.

Which revision when none is given: the merge-base of HEAD with the repository's
default branch (origin/HEAD, else origin/main, origin/master, main, master) — what
a pull request changes. When HEAD *is* on that branch (the merge-base is HEAD
itself, as in a CI run on a push to main), HEAD~1: what the last commit changed.

Files are those that differ between REV and the working tree (committed or not;
deleted files are left out), plus untracked files git does not ignore, so a
local run also sees a new article before it is added.
"""
from __future__ import annotations

import fnmatch
import os
import subprocess

from factcheck.engine.batch import DEFAULT_INCLUDE
from factcheck.errors import ConfigError

DEFAULT_BRANCHES = ("origin/HEAD", "origin/main", "origin/master", "main", "master")


def _git(args: list[str], cwd: str) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              encoding="utf-8", errors="surrogateescape", check=False)
    except FileNotFoundError:
        raise ConfigError("--changed needs git, and git was not found on PATH") from None
    if proc.returncode != 0:
        raise _GitFailed(proc.stderr.strip() or f"git {' '.join(args)} failed")
    return proc.stdout


class _GitFailed(Exception):
    pass


def repository_root(cwd: str = ".") -> str:
    try:
        return _git(["rev-parse", "--show-toplevel"], cwd).strip()
    except _GitFailed:
        raise ConfigError(f"--changed works inside a git repository, and {os.path.abspath(cwd)} "
                          f"is not in one") from None


def _verify(rev: str, cwd: str) -> str | None:
    try:
        return _git(["rev-parse", "--verify", "--quiet", rev + "^{commit}"], cwd).strip()
    except _GitFailed:
        return None


def _current_branch(cwd: str) -> str | None:
    try:
        return _git(["symbolic-ref", "--quiet", "--short", "HEAD"], cwd).strip()
    except _GitFailed:
        return None                    # detached HEAD, as in many CI checkouts


def default_revision(cwd: str = ".") -> str:
    head = _verify("HEAD", cwd)
    if head is None:
        raise ConfigError("--changed: the repository has no commits yet")
    current = _current_branch(cwd)
    for branch in DEFAULT_BRANCHES:
        tip = _verify(branch, cwd)
        if tip is None:
            continue
        if branch == "origin/HEAD":
            short = _default_name(cwd)
        else:
            short = branch.split("/", 1)[1] if branch.startswith("origin/") else branch
        # On the default branch itself (or detached at its tip, as in a CI run on a push),
        # the merge-base is HEAD and would show nothing: compare with the parent instead.
        on_default = current == short or (current is None and tip == head)
        if on_default:
            break
        try:
            return _git(["merge-base", "HEAD", branch], cwd).strip()
        except _GitFailed:
            continue
    parent = _verify("HEAD~1", cwd)
    if parent is None:
        raise ConfigError("--changed: HEAD has no parent and there is no default branch to compare with; "
                          "name a revision (--changed REV)")
    return parent


def _default_name(cwd: str) -> str | None:
    try:
        ref = _git(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], cwd).strip()
    except _GitFailed:
        return None
    return ref.split("/", 1)[1] if "/" in ref else ref


def changed_files(rev: str | None = None, *, cwd: str = ".") -> list[str]:
    """Paths (relative to `cwd` when inside it) of files changed since `rev`, sorted."""
    root = repository_root(cwd)
    if rev is None:
        rev = default_revision(cwd)
    elif _verify(rev, cwd) is None:
        raise ConfigError(f"--changed: {rev!r} is not a revision in this repository")
    try:
        diff = _git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", rev, "--"], root)
        untracked = _git(["ls-files", "-z", "--others", "--exclude-standard"], root)
    except _GitFailed as exc:
        raise ConfigError(f"--changed: {exc}") from None
    names = {n for n in (diff + untracked).split("\0") if n}
    here = os.path.abspath(cwd)
    out = []
    for name in sorted(names):
        full = os.path.join(root, name)
        rel = os.path.relpath(full, here)
        out.append(full if rel.startswith(os.pardir) else rel)
    return out


def _matches(path: str, globs) -> bool:
    name = os.path.basename(path)
    norm = path.replace(os.sep, "/")
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(norm, g) or fnmatch.fnmatch(norm, "*/" + g)
               for g in globs)


def _under(path: str, roots: list[str]) -> bool:
    full = os.path.abspath(path)
    return any(full == r or full.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def split_changed_argument(value: str | None, cwd: str = ".") -> tuple[str | None, str | None]:
    """`--changed` takes an optional REV, so `--changed news/` would read the directory as a
    revision: a value that is not a revision but is an existing path is taken as a PATH."""
    if value is None or value == "":
        return None, None
    repository_root(cwd)
    if _verify(value, cwd) is not None:
        return value, None
    if os.path.exists(os.path.join(cwd, value)):
        return None, value
    raise ConfigError(f"--changed: {value!r} is neither a revision nor a path (write --changed=REV)")


def changed_articles(rev: str | None, paths, *, include=(), exclude=(), cwd: str = ".") -> list[str]:
    """The changed files that are articles (by `include`, default the article suffixes), not
    excluded, and under one of `paths` (anywhere in the repository when `paths` is empty)."""
    include = tuple(include) or DEFAULT_INCLUDE
    roots = [os.path.abspath(os.path.join(cwd, p)) for p in paths]
    found = []
    for path in changed_files(rev, cwd=cwd):
        if _matches(path, include) and not _matches(path, exclude) and (not roots or _under(
                os.path.join(cwd, path), roots)) and os.path.isfile(os.path.join(cwd, path)):
            found.append(path)
    return found
