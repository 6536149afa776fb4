"""Locating ../shared (the SARIF schema, the eval sets) next to the repository.

A fresh clone has no ../shared, so tests that need it skip with a reason. In a
git worktree the repository root is the main checkout's, found through the
`.git` file's `gitdir:` line."""
from __future__ import annotations

import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _roots():
    yield ROOT
    dot_git = ROOT / ".git"
    if dot_git.is_file():
        line = dot_git.read_text(encoding="utf-8").strip()
        if line.startswith("gitdir:"):
            gitdir = pathlib.Path(line.split(":", 1)[1].strip())
            # <main>/.git/worktrees/<name> -> <main>
            if gitdir.parent.name == "worktrees":
                yield gitdir.parent.parent.parent


def shared_file(*parts: str) -> pathlib.Path | None:
    for root in _roots():
        candidate = root.parent / "shared" / pathlib.Path(*parts)
        if candidate.exists():
            return candidate
    return None
