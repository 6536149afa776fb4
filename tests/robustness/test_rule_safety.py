"""The rule condition evaluator understands only its own expression language:
anything that looks like Python is a located rule error or an unverifiable claim,
and nothing is ever executed: a load error means the condition never ran, and the
evaluator only walks the node types the grammar builds (see dsl/expr.py)."""
from __future__ import annotations

import pytest

from factcheck.cli import main

RULE = """rule EV01 evil.condition
  kind sum
  severity error
  match total w:word
  check {check}
  say "x"
"""


def _run(tmp_path, capsys, check, monkeypatch=None):
    rules = tmp_path / "evil.rules"
    rules.write_text(RULE.format(check=check), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("A total win.\n", encoding="utf-8")
    code = main(["check", str(article), "--rules", str(rules), "--published", "2022-01-01", "--format", "json"])
    out, err = capsys.readouterr()
    return code, out, err, str(rules)


@pytest.fixture(autouse=True)
def _probe_pack_as_default(probe_default_pack):
    """The built-in pack may not exist on this branch yet; the probe pack stands in."""


@pytest.mark.parametrize("check, line, col, message", [
    ('__import__("os")', 5, 9, "unknown function __import__()"),
    ('open("f")', 5, 9, "unknown function open()"),
    ('eval("1")', 5, 9, "unknown function eval()"),
    ("1 ** 99999999", 5, 11, "Expected end of file (or 'rule' / 'words'), found '** 99999999'"),
    ('w.count("a")', 5, 16, "Expected end of file (or 'rule' / 'words'), found '(\"a\")'"),
    ("w[0] == w", 5, 10, "Expected end of file (or 'rule' / 'words'), found '[0] == w'"),
    ("lambda: 1", 5, 15, "Expected end of file (or 'rule' / 'words'), found ': 1'"),
    ("(" * 300 + "1" + ")" * 300 + " == 1", 1, 1, "rule file is nested too deeply to parse"),
])
def test_python_in_a_condition_is_a_located_load_error(tmp_path, capsys, check, line, col, message):
    code, out, err, path = _run(tmp_path, capsys, check)
    assert code == 2
    assert out == ""
    assert err.startswith(f"factcheck: rule error: {path}:{line}:{col}: {message}")


@pytest.mark.parametrize("check, field", [
    ("w.__class__ == w", "str has no field '__class__'"),
    ("published.__class__ == w", "date has no field '__class__'"),
    ("published.year.real == 1", "int has no field 'real'"),
    ("w.upper == w", "str has no field 'upper'"),
])
def test_dunder_and_method_fields_are_rule_errors(tmp_path, capsys, check, field):
    code, _out, err, path = _run(tmp_path, capsys, check)
    assert code == 2
    assert err == f"factcheck: rule error: {path}:1:1: rule EV01: {field}\n"


@pytest.mark.parametrize("check, reason", [
    ("published.year / 0 > 1", "division by zero"),
    ('published.year % "x" == 1', "cannot compare or combine int and str"),
])
def test_undecidable_arithmetic_is_unverifiable(tmp_path, capsys, check, reason):
    import json
    code, out, _err, _ = _run(tmp_path, capsys, check)
    assert code == 0
    [claim] = [c for c in json.loads(out)["files"][0]["claims"] if c["rule"] == "EV01"]
    assert (claim["verdict"], claim["message"]) == ("unverifiable", reason)


@pytest.mark.parametrize("check", ['"ab" * 99999999999 == w', 'w * 99999999999 == w', '"%99999999s" % w == w'])
def test_string_arithmetic_cannot_exhaust_memory(tmp_path, capsys, check):
    import json
    _code, out, _err, _ = _run(tmp_path, capsys, check)
    [claim] = [c for c in json.loads(out)["files"][0]["claims"] if c["rule"] == "EV01"]
    assert claim["verdict"] == "unverifiable"


def test_big_integer_arithmetic_is_bounded_by_the_step_budget(tmp_path, capsys):
    import json
    check = " * ".join(["9999999999"] * 50) + " > 1"
    code, out, _err, _ = _run(tmp_path, capsys, check)
    [claim] = [c for c in json.loads(out)["files"][0]["claims"] if c["rule"] == "EV01"]
    assert (code, claim["verdict"]) == (0, "consistent")
