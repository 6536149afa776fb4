"""Arbitrary mutations of valid rule files: every problem is a factcheck RuleError
naming path:line:col inside the file (never a traceback), and the CLI exits 2.

The valid texts are read at test time from the built-in pack (rules/core/) and the
probe pack, so new rules are fuzzed as soon as they land."""
from __future__ import annotations

import glob
import os

import pytest
from hypothesis import given, strategies as st

from factcheck.cli import main
from factcheck.dsl.loader import DEFAULT_PACK, parse_rule_file, validate
from factcheck.engine.functions import all_functions
from factcheck.errors import RuleError
from tests.robustness.conftest import PROBE_PACK


def _valid_rule_texts() -> list[tuple[str, str]]:
    paths = sorted(glob.glob(os.path.join(DEFAULT_PACK, "**", "*.rules"), recursive=True)
                   + glob.glob(os.path.join(PROBE_PACK, "*.rules")))
    out = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            out.append((os.path.basename(p), fh.read()))
    return out


VALID = _valid_rule_texts()
FUNCTIONS = set(all_functions())
# Pieces of the rule language and of Python, to splice in.
SNIPPETS = ("rule", "match", "check", "where", "unless", "say", "flag", "pass", "words", "kind", "scope",
            "severity", "alias", "published", '"', "'", "(", ")", "[", "]", "{", "}", "{2,", "{9,1}", ":", "@",
            "...", "…", "|", "+", "*", "?", "~=", "==", "and", "not", "\n", "\t", "#", "\\", "x:moeny",
            "__import__", ".__class__", "**", "9" * 40, "-", "\x00", "\ufeff", "é", "\r", "rule SU01 a.b\n")


@st.composite
def mutated(draw):
    name, text = draw(st.sampled_from(VALID))
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
    return name, text


def _assert_located(exc: RuleError, path: str, text: str) -> None:
    assert exc.path == path
    assert 1 <= exc.line <= text.count("\n") + 1 + text.count("\r"), (exc.line, str(exc))
    assert exc.col >= 1
    assert str(exc).startswith(f"{path}:{exc.line}:{exc.col}: ")


def test_there_are_valid_rule_files_to_mutate():
    assert VALID, "no rule files found"
    for name, text in VALID:
        validate([parse_rule_file(name, text)], functions=FUNCTIONS)


@given(case=mutated())
def test_mutated_rule_files_fail_only_with_located_rule_errors(case):
    name, text = case
    path = f"pack/{name}"
    try:
        validate([parse_rule_file(path, text)], functions=FUNCTIONS)
    except RuleError as exc:
        _assert_located(exc, path, text)


@given(case=mutated())
def test_mutated_rule_files_give_exit_2_and_no_traceback(case, tmp_path_factory, empty_default_pack):
    name, text = case
    folder = tmp_path_factory.mktemp("rules")
    rules = folder / name
    rules.write_text(text, encoding="utf-8", newline="")
    article = folder / "a.txt"
    article.write_text("A total win. She said yes.\n", encoding="utf-8")
    import contextlib
    import io
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(article), "--rules", str(rules), "--format", "json"])
    if code == 2:
        assert out.getvalue() == ""
        message = err.getvalue()
        assert message.startswith(f"factcheck: rule error: {rules}:")
        assert "Traceback" not in message
    else:
        assert code in (0, 1) and err.getvalue() == ""


@pytest.fixture(scope="module")
def empty_default_pack(tmp_path_factory):
    """Only the mutated file is loaded (a mutated probe file would otherwise clash with the
    probe pack's own codes). Patched once: hypothesis runs many examples per test call."""
    import factcheck.engine.registry as registry
    saved = registry.DEFAULT_PACK
    registry.DEFAULT_PACK = str(tmp_path_factory.mktemp("empty-pack"))
    yield registry.DEFAULT_PACK
    registry.DEFAULT_PACK = saved
