"""A newsroom adds its own rule in its own repository, points its configuration at
it, and sees it tested and applied, exactly as a user would: `python -m factcheck`
in a fresh repository, the rule pack and the configuration written by hand.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BUDGET_RULES = textwrap.dedent('''
    # Our desk's own checks.
    rule BU01 budget.deficit
      alias deficit
      kind sum
      severity error
      doc "A stated deficit must equal spending minus revenue."
      match "spent" spent:money ... "revenue of" revenue:money ... "deficit of" deficit:money
      check spent - revenue ~= deficit
      say "spending minus revenue is {spent - revenue}, not {deficit}"
      flag "The council spent $12.4 million against revenue of $10.1 million, leaving a deficit of $3.3 million."
      flag "Last year the trust spent $4.5 billion, with revenue of $4.1 billion and a deficit of $0.6 billion."
      pass "The council spent $12.4 million against revenue of $10.1 million, leaving a deficit of $2.3 million."
      pass "Last year the trust spent $4.5 billion, with revenue of $4.1 billion and a deficit of $0.4 billion."
''').lstrip()

ARTICLE = textwrap.dedent('''
    ---
    title: Council budget
    date: 2024-03-05
    ---

    The council spent $12.4 million last year against revenue of $10.1 million, leaving a deficit of $3.3 million.

    The mayor said the gap would close.
''').lstrip()


@pytest.fixture
def newsroom(tmp_path):
    root = tmp_path / "newsroom"
    (root / ".git").mkdir(parents=True)
    (root / "checks").mkdir()
    (root / "checks" / "budget.rules").write_text(BUDGET_RULES, encoding="utf-8")
    (root / "setup.cfg").write_text("[metadata]\nname = newsroom\n\n[factcheck]\nrules = checks\n", encoding="utf-8")
    (root / "stories").mkdir()
    (root / "stories" / "budget.md").write_text(ARTICLE, encoding="utf-8")
    return root


def factcheck(*args, cwd):
    env = {**os.environ, "PYTHONPATH": REPO + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("NO_COLOR", None)
    done = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


def test_the_users_rule_is_tested_from_the_configuration(newsroom):
    status, out, err = factcheck("rules", "test", cwd=newsroom)
    assert (status, err) == (0, ""), out
    assert out.splitlines()[2].split() == ["BU01", "budget.deficit", "4/4", "0", "0"]
    assert out.splitlines()[-1] == "1 rules, 4 examples: 4 passed, 0 false alarms, 0 misses"


def test_the_users_rule_is_applied_to_an_article_found_from_anywhere(newsroom, tmp_path):
    story = str(newsroom / "stories" / "budget.md")
    status, out, err = factcheck("check", story, "--format", "json", cwd=tmp_path)
    assert (status, err) == (1, "")
    claims = [c for c in json.loads(out)["files"][0]["claims"] if c["rule"] == "BU01"]
    assert [(c["verdict"], c["severity"], c["line"], c["column"], c["text"], c["message"]) for c in claims] == [(
        "inconsistent", "error", 6, 13,
        "spent $12.4 million last year against revenue of $10.1 million, leaving a deficit of $3.3 million",
        "spending minus revenue is $2.3 million, not $3.3 million",
    )]
    assert claims[0]["start"] == ARTICLE.index("spent $12.4")


def test_configured_severity_and_flags_layer_over_the_users_rule(newsroom):
    with open(newsroom / "setup.cfg", "a", encoding="utf-8") as fh:
        fh.write("severity = deficit:warning\n")
    status, out, _ = factcheck("check", "stories", "--format", "json", cwd=newsroom)
    claims = [c for c in json.loads(out)["files"][0]["claims"] if c["rule"] == "BU01"]
    assert status == 0 and [c["severity"] for c in claims] == ["warning"]
    status, out, _ = factcheck("check", "stories", "--format", "json", "--disable", "BU01", cwd=newsroom)
    assert [c["rule"] for c in json.loads(out)["files"][0]["claims"] if c["rule"] == "BU01"] == []


def test_mistakes_in_the_users_files_stop_the_run_with_their_place(newsroom):
    rules = newsroom / "checks" / "budget.rules"
    rules.write_text(BUDGET_RULES.replace("spent:money", "spent:moeny"), encoding="utf-8")
    status, out, err = factcheck("check", "stories", cwd=newsroom)
    assert (status, out) == (2, "")
    assert err.splitlines()[0] == (f"factcheck: rule error: {rules}:7:17: unknown capture type 'moeny' "
                                   "(one of: count, date, day, measure, money, month, number, percent, person, "
                                   "points, quantity, quote, word, year)")
    rules.write_text(BUDGET_RULES, encoding="utf-8")
    (newsroom / "setup.cfg").write_text("[factcheck]\nrules = checks\nfail-on = eror\n", encoding="utf-8")
    status, out, err = factcheck("check", "stories", cwd=newsroom)
    assert (status, out) == (2, "")
    assert err == (f"factcheck: {newsroom / 'setup.cfg'}:3: fail-on: unknown severity 'eror' "
                   "(one of: error, warning, info)\n")
