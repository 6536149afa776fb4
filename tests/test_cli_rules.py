"""`factcheck rules list|show|test|functions` on a small pack of word-only rules.

The built-in pack is replaced by an empty one here, so these tests pin the
commands' behaviour and not whatever rules the package ships.
"""
from __future__ import annotations

import json
import os
import textwrap

import pytest

from factcheck import cli, cli_rules
from factcheck.engine import registry as registry_module

GOOD = textwrap.dedent('''
    # A pack whose examples all hold.
    rule TW01 style.the-the
      alias doubled-the
      kind consistency
      severity warning
      doc "The word 'the' twice in a row."
      match "the" "the"
      check false
      say "'the' is repeated"
      flag "We went to the the shop."
      flag "The the results are in."
      pass "We went to the shop."
      pass "Then the results came in."
''').lstrip()

BROKEN = textwrap.dedent('''
    rule TW02 style.again
      kind consistency
      severity info
      match "again"
      check false
      say "'again' again"
      flag "We met once."
      pass "We met again."
      pass "We never met."
''').lstrip()


@pytest.fixture(autouse=True)
def empty_default_pack(tmp_path, monkeypatch):
    empty = tmp_path / "builtin"
    empty.mkdir()
    monkeypatch.setattr(registry_module, "DEFAULT_PACK", str(empty))
    monkeypatch.setattr(cli_rules, "DEFAULT_PACK", str(empty))
    monkeypatch.chdir(tmp_path)       # no configuration file is found from here
    (tmp_path / ".git").mkdir()


@pytest.fixture
def good(tmp_path):
    pack = tmp_path / "good"
    pack.mkdir()
    (pack / "style.rules").write_text(GOOD, encoding="utf-8")
    return pack


@pytest.fixture
def broken(tmp_path):
    pack = tmp_path / "broken"
    pack.mkdir()
    (pack / "again.rules").write_text(BROKEN, encoding="utf-8")
    return pack


def run(capsys, *argv):
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_rules_test_passing_pack(capsys, good):
    status, out, err = run(capsys, "rules", "test", str(good))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "code    name           examples passed      false alarms    misses",
        "------  -------------  -----------------  --------------  --------",
        "TW01    style.the-the  4/4                             0         0",
        "1 rules, 4 examples: 4 passed, 0 false alarms, 0 misses",
    ]


def test_rules_test_failing_pack_lists_each_failure_and_exits_1(capsys, good, broken):
    status, out, err = run(capsys, "rules", "test", str(good), str(broken))
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert lines[2:4] == [
        "TW01    style.the-the  4/4                             0         0",
        "TW02    style.again    1/3                             1         1",
    ]
    assert lines[4:] == [
        "FAILED TW02 flag example (line 7): 'We met once.' -> no claim",
        "FAILED TW02 pass example (line 8): 'We met again.' -> inconsistent: 'again' again",
        "2 rules, 7 examples: 5 passed, 1 false alarms, 1 misses",
    ]


def test_rules_test_fails_a_rule_without_examples(capsys, tmp_path):
    (tmp_path / "bare.rules").write_text(
        'rule TW03 style.bare\n  kind consistency\n  severity info\n  match "x"\n  check false\n  say "x"\n')
    status, out, _ = run(capsys, "rules", "test", str(tmp_path / "bare.rules"))
    assert status == 1
    assert "FAILED rules without examples: TW03" in out.splitlines()


def test_rules_test_without_packs_tests_the_configured_ones(capsys, tmp_path, good, broken):
    (tmp_path / ".factcheck.cfg").write_text("[factcheck]\nrules = good\n")
    status, out, _ = run(capsys, "rules", "test")
    assert status == 0
    assert out.splitlines()[-1] == "1 rules, 4 examples: 4 passed, 0 false alarms, 0 misses"
    status, out, _ = run(capsys, "rules", "test", "--config", str(tmp_path / "other.cfg"))
    assert status == 2


def test_rules_test_reports_a_broken_rule_file_with_exit_2(capsys, tmp_path):
    (tmp_path / "bad.rules").write_text('rule TW04 style.bad\n  kind sum\n  severity loud\n')
    status, out, err = run(capsys, "rules", "test", str(tmp_path / "bad.rules"))
    assert (status, out) == (2, "")
    assert err.splitlines()[0] == (f"factcheck: rule error: {tmp_path}/bad.rules:3:3: "
                                   "unknown severity 'loud' (one of: error, warning, info)")


def test_rules_list_json_contract(capsys, good):
    status, out, _ = run(capsys, "rules", "list", "--format", "json", "--rules", str(good))
    assert status == 0
    data = json.loads(out)
    assert list(data) == ["rules"]
    [rule] = data["rules"]
    assert {k: rule[k] for k in ("code", "name", "aliases", "kind", "severity", "pack",
                                 "examples_flag", "examples_pass")} == {
        "code": "TW01", "name": "style.the-the", "aliases": ["doubled-the"], "kind": "consistency",
        "severity": "warning", "pack": "good",
        "examples_flag": ["We went to the the shop.", "The the results are in."],
        "examples_pass": ["We went to the shop.", "Then the results came in."],
    }


def test_rules_list_takes_packs_from_the_configuration(capsys, tmp_path, good):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nrules = ["good"]\n')
    status, out, _ = run(capsys, "rules", "list")
    assert status == 0
    assert out.splitlines()[2].split() == ["TW01", "style.the-the", "consistency", "warning", "good",
                                           "The", "word", "'the'", "twice", "in", "a", "row."]


def test_rules_show_by_alias(capsys, good):
    status, out, _ = run(capsys, "rules", "show", "doubled-the", "--rules", str(good))
    assert status == 0
    assert out.splitlines() == [
        "TW01 style.the-the (aliases: doubled-the)",
        f"kind consistency, severity warning, scope sentence, pack good ({good}/style.rules:2)",
        "",
        "The word 'the' twice in a row.",
        "",
        "check: false",
        "message: 'the' is repeated",
        "  flag: We went to the the shop.",
        "  flag: The the results are in.",
        "  pass: We went to the shop.",
        "  pass: Then the results came in.",
    ]


def test_rules_show_unknown_rule_is_a_usage_error(capsys, good):
    status, out, err = run(capsys, "rules", "show", "XX99", "--rules", str(good))
    assert (status, out) == (2, "")
    assert err == "factcheck: unknown rule 'XX99' (see 'factcheck rules list')\n"


def test_rules_functions_lists_every_function_with_its_call_form(capsys):
    from factcheck.engine.functions import all_functions
    status, out, _ = run(capsys, "rules", "functions")
    assert status == 0
    lines = out.splitlines()
    assert "sum(values)" in lines and "days_between(a, b)" in lines and "max(values...)" in lines
    status, out, _ = run(capsys, "rules", "functions", "--format", "json")
    names = [f["name"] for f in json.loads(out)["functions"]]
    assert names == sorted(all_functions())


def test_signature_hides_the_context_argument():
    from factcheck.dsl.expr import context_function

    @context_function
    def within(context, value, limit=3):
        """True when value is within limit."""
    assert cli_rules._signature("within", within) == "within(value, limit)"


LEDGER = textwrap.dedent('''
    rule TW05 reference.ledger-named
      kind reference
      severity error
      match "ledger"
      where has_facts("ledger")
      check false
      say "checked against the ledger"
      flag "The ledger says so."
      flag "Ledger entries agree."
      pass "The books say so."
      pass "Nothing here."
''').lstrip()

DEMO_FACTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds", "facts")


def test_reference_examples_run_against_the_pack_beside_the_rules_or_the_one_given(capsys, tmp_path):
    pack = tmp_path / "ledger"
    pack.mkdir()
    (pack / "ledger.rules").write_text(LEDGER, encoding="utf-8")
    status, out, _ = run(capsys, "rules", "test", str(pack))
    assert status == 1                                    # no fact pack: the rule finds nothing
    assert out.splitlines()[-1] == "1 rules, 4 examples: 2 passed, 0 false alarms, 2 misses"
    status, out, _ = run(capsys, "rules", "test", str(pack), "--facts", DEMO_FACTS)
    assert status == 0
    assert out.splitlines()[-1] == "1 rules, 4 examples: 4 passed, 0 false alarms, 0 misses"
    (pack / "facts").symlink_to(DEMO_FACTS, target_is_directory=True)
    status, out, _ = run(capsys, "rules", "test", str(pack))
    assert status == 0
