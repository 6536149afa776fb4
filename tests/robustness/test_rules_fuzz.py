"""Arbitrary mutations of valid rule files: every problem is a factcheck RuleError
naming path:line:col inside the file (never a traceback), and the CLI exits 2.

The valid texts are read at test time from the built-in pack (rules/core/) and the
probe pack, so new rules are fuzzed as soon as they land."""
from __future__ import annotations

import contextlib
import glob
import io
import os
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck.engine.registry as registry_module
from factcheck.cli import main
from factcheck.dsl.loader import DEFAULT_PACK, parse_rule_file, validate
from factcheck.engine.functions import all_functions
from factcheck.errors import RuleError
from tests.robustness.conftest import PROBE_PACK


def _packs() -> list[dict[str, str]]:
    """Each pack as {file name: text}. Word classes are shared across a pack, so a file
    is only valid together with the rest of its pack."""
    packs = []
    for folder in (DEFAULT_PACK, PROBE_PACK):
        files = {}
        for p in sorted(glob.glob(os.path.join(folder, "**", "*.rules"), recursive=True)):
            with open(p, encoding="utf-8") as fh:
                files[os.path.relpath(p, folder)] = fh.read()
        if files:
            packs.append(files)
    return packs


PACKS = _packs()
VALID = [(pack, name) for pack in PACKS for name in pack]
FUNCTIONS = set(all_functions())
# Pieces of the rule language and of Python, to splice in.
SNIPPETS = ("rule", "match", "check", "where", "unless", "say", "flag", "pass", "words", "kind", "scope",
            "severity", "alias", "published", '"', "'", "(", ")", "[", "]", "{", "}", "{2,", "{9,1}", ":", "@",
            "...", "…", "|", "+", "*", "?", "~=", "==", "and", "not", "\n", "\t", "#", "\\", "x:moeny",
            "__import__", ".__class__", "**", "9" * 40, "-", "\x00", "\ufeff", "é", "\r", "rule SU01 a.b\n")


@st.composite
def mutated(draw):
    pack, name = draw(st.sampled_from(VALID))
    text = pack[name]
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(("delete", "insert", "truncate", "duplicate-line", "replace")))
        if kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)):]
        elif kind == "insert":
            text = text[:at] + draw(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=5))) + text[at:]
        elif kind == "truncate":
            text = text[:at]
        elif kind == "duplicate-line":
            lines = text.splitlines(keepends=True) or [""]
            i = min(at, len(lines) - 1)
            text = "".join(lines[:i + 1] + lines[i:])
        else:
            end = at + draw(st.integers(1, 8))
            text = text[:at] + draw(st.sampled_from(SNIPPETS)) + text[end:]
    return pack, name, text


def _load(pack: dict, name: str, text: str, folder: str = "pack"):
    files = [parse_rule_file(f"{folder}/{n}", text if n == name else t) for n, t in pack.items()]
    return validate(files, functions=FUNCTIONS)


def _assert_located(exc: RuleError, path: str, text: str) -> None:
    assert exc.path == path
    assert 1 <= exc.line <= text.count("\n") + 1 + text.count("\r"), (exc.line, str(exc))
    assert exc.col >= 1
    assert str(exc).startswith(f"{path}:{exc.line}:{exc.col}: ")


def test_there_are_valid_rule_files_to_mutate():
    assert VALID, "no rule files found"
    for pack in PACKS:
        _load(pack, "", "")


@given(case=mutated())
def test_mutated_rule_files_fail_only_with_located_rule_errors(case):
    pack, name, text = case
    try:
        _load(pack, name, text)
    except RuleError as exc:
        # The error may be in another file of the pack (the mutation removed a shared word
        # class, or clashes with another file's code): located inside that file, then.
        assert exc.path.startswith("pack/"), str(exc)
        source = text if exc.path == f"pack/{name}" else pack[exc.path[len("pack/"):]]
        _assert_located(exc, exc.path, source)


@given(case=mutated())
def test_mutated_rule_files_give_exit_2_and_no_traceback(case, tmp_path_factory, monkeypatch_module):
    pack, name, text = case
    # One folder for every example, so the unchanged files hit the loader's in-memory
    # cache (keyed by path and text) and only the mutated file is parsed again.
    folder = tmp_path_factory.getbasetemp() / "fuzzed-pack"
    if folder.exists():
        shutil.rmtree(folder)
    for n, t in pack.items():
        (folder / n).parent.mkdir(parents=True, exist_ok=True)
        (folder / n).write_text(text if n == name else t, encoding="utf-8", newline="")
    monkeypatch_module.setattr(registry_module, "DEFAULT_PACK", str(folder))
    article = tmp_path_factory.mktemp("articles") / "a.txt"
    article.write_text("A total win. She said yes. It rose 12 pct to $45 mln on Tuesday.\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(article), "--format", "json"])
    if code == 2:
        assert out.getvalue() == ""
        message = err.getvalue()
        assert message.startswith(f"factcheck: rule error: {folder}/"), message
        assert "Traceback" not in message
    else:
        assert code in (0, 1), err.getvalue()


@pytest.fixture(scope="module")
def monkeypatch_module():
    # hypothesis runs many examples per test call: one patcher for the module.
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FACTCHECK_NO_CACHE", "1")      # mutated packs must not fill the user's rule cache
        yield mp
