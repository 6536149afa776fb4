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

import os
import subprocess

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


def default_revision(cwd: str = ".") -> str:
    head = _verify("HEAD", cwd)
    if head is None:
        raise ConfigError("--changed: the repository has no commits yet")
    for branch in DEFAULT_BRANCHES:
        if _verify(branch, cwd) is None:
            continue
        try:
            base = _git(["merge-base", "HEAD", branch], cwd).strip()
        except _GitFailed:
            continue
        if base != head:
            return base
        break
    parent = _verify("HEAD~1", cwd)
    if parent is None:
        raise ConfigError("--changed: HEAD has no parent and there is no default branch to compare with; "
                          "name a revision (--changed REV)")
    return parent


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
