"""The builder and the loader's validation: typed RuleSpecs, and every semantic error
located at its line and column."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.dsl.loader import load_packs, parse_rule_file, validate
from factcheck.errors import RuleError
from factcheck.model.rule import (
    Binary, Call, Capture, Const, Example, Expr, Field, Gap, Name, Repeat, Scope, Seq, WordClass, Words,
)
from factcheck.model.verdict import Kind, Severity

GOOD = '''words rise: rose "went up"
rule XX01 test.example
  alias example old-name
  kind change
  severity warning
  scope paragraph
  doc "What it checks."
  match a:money "plus" ...{0,3} b:money{1,3} @rise [x:word]
  where a.value > 0
  unless a.hedge "hedged"
  check a + sum(b) ~= 2022-01-31
  say "{a} plus {sum(b)} is not {{this}}"
  flag "one" published 2024-01-31
  pass "two"
'''


def test_a_rule_becomes_a_typed_spec():
    rule_file = parse_rule_file("f.rules", text=GOOD, pack="mine")
    [rule] = rule_file.rules
    assert (rule.code, rule.name, rule.aliases, rule.kind, rule.severity, rule.scope, rule.doc) == (
        "XX01", "test.example", ("example", "old-name"), Kind.CHANGE, Severity.WARNING, Scope.PARAGRAPH,
        "What it checks.")
    assert (rule.path, rule.line, rule.pack) == ("f.rules", 2, "mine")
    [pattern] = rule.patterns
    assert isinstance(pattern, Seq)
    a, plus, gap, b, rise, opt = pattern.items
    assert (a.name, a.type, a.min, a.max) == ("a", "money", 1, 1)
    assert plus == Words(("plus",)) and gap == Gap(0, 3)
    assert (b.name, b.min, b.max, b.many) == ("b", 1, 3, True)
    assert isinstance(rise, WordClass) and rise.name == "rise"
    assert isinstance(opt, Repeat) and (opt.min, opt.max) == (0, 1) and opt.node.items[0].type == "word"
    assert sorted(rule.captures) == ["a", "b", "x"]
    assert rule.check.source == "a + sum(b) ~= 2022-01-31"
    check = rule.check.node
    assert isinstance(check, Binary) and check.op == "~="
    assert check.right == Const(dt.date(2022, 1, 31))
    assert isinstance(check.left.right, Call) and check.left.right.func == "sum"
    assert isinstance(rule.where[0].node.left, Field) and rule.where[0].node.left.name == "value"
    assert rule.unless[0].reason == "hedged"
    parts = rule.message.parts
    assert [p.source if isinstance(p, Expr) else p for p in parts] == ["a", " plus ", "sum(b)", " is not ", "{",
                                                                        "this", "}"]
    assert rule.examples == (Example("one", True, dt.date(2024, 1, 31), 13), Example("two", False, None, 14))
    [words] = rule_file.word_classes
    assert (words.name, words.phrases, words.line) == ("rise", (("rose",), ("went", "up")), 1)


def rule_text(*clauses: str, head: str = "rule XX01 test.example") -> str:
    """A valid rule with `clauses` replacing its own (a bare clause word drops that clause)."""
    base = {"kind": "kind sum", "severity": "severity error", "match": 'match a:money "b"',
            "check": "check a ~= a", "say": 'say "x"'}
    for clause in clauses:
        word = clause.split()[0]
        base[word if word in base else clause] = clause if clause != word else ""
    return head + "\n" + "".join(f"  {c}\n" for c in base.values() if c)


@pytest.mark.parametrize("text, line, col, message", [
    (rule_text("kind total"), 2, 3, "unknown kind 'total' (one of: sum, percent, change, date, age, conversion, "
                                    "attribution, consistency, reference)"),
    (rule_text("severity loud"), 3, 3, "unknown severity 'loud' (one of: error, warning, info)"),
    (rule_text("scope page"), 7, 3, "unknown scope 'page' (one of: sentence, paragraph, article)"),
    (rule_text("kind sum") + "  kind sum\n", 7, 3, "rule XX01: 'kind' given twice"),
    (rule_text("kind"), 1, 1, "rule XX01 has no 'kind' clause"),
    (rule_text("severity"), 1, 1, "rule XX01 has no 'severity' clause"),
    (rule_text("check"), 1, 1, "rule XX01 has no 'check' clause"),
    (rule_text("say"), 1, 1, "rule XX01 has no 'say' clause"),
    (rule_text("match"), 1, 1, "rule XX01 has no 'match' clause"),
    (rule_text("match a:moeny"), 4, 9, "unknown capture type 'moeny' (one of: count, date, day, measure, money, "
                                       "month, number, percent, person, points, quantity, quote, word, year)"),
    (rule_text('match a:money ""'), 4, 17, "empty literal in pattern"),
    (rule_text('match a:money "," ...{0,50}'), 4, 21, "a gap may span at most 40 words or facts, not 50"),
    (rule_text("match a:money{3,1}"), 4, 9, "bad repetition {3,1}: max is below min"),
    (rule_text("match a:money{2,30}"), 4, 9, "a repetition may match at most 20 words or facts, not 30"),
    (rule_text("check a ~=  totl"), 5, 15, "rule XX01: 'totl' is not a capture of this rule (captures: a)"),
    (rule_text("where b > 1"), 7, 9, "rule XX01: 'b' is not a capture of this rule (captures: a)"),
    (rule_text('say "the sum is {tota}"'), 6, 20, "rule XX01: 'tota' is not a capture of this rule (captures: a)"),
    (rule_text('say "the sum is {a +}"'), 6, 22, "bad expression in message: Expected end of text"),
    (rule_text("check a.date == 2022-02-30"), 5, 19, "bad date '2022-02-30'"),
    (rule_text('flag "x" published 2022-02-30'), 7, 3, "bad publication date '2022-02-30'"),
])
def test_semantic_errors_are_located(text, line, col, message):
    with pytest.raises(RuleError) as exc:
        parse_rule_file("f.rules", text=text)
    assert (exc.value.path, exc.value.line, exc.value.col, exc.value.message) == ("f.rules", line, col, message)
    assert exc.value.source_line == text.split("\n")[line - 1]


def test_validation_errors_are_located(tmp_path):
    one = tmp_path / "one.rules"
    one.write_text("words rise: rose\n" + rule_text("match a:money @rise"), encoding="utf-8")
    two = tmp_path / "two.rules"

    def fails(text: str):
        two.write_text(text, encoding="utf-8")
        with pytest.raises(RuleError) as exc:
            load_packs([str(one), str(two)], functions=["sum"])
        return exc.value.path, exc.value.line, exc.value.col, exc.value.message

    assert fails(rule_text()) == (str(two), 1, 1, f"'XX01' is already used by rule XX01 at {one}:2")
    assert fails(rule_text(head="rule XX02 test.example")) == (
        str(two), 1, 1, f"'test.example' is already used by rule XX01 at {one}:2")
    assert fails("words rise: climbed\n") == (str(two), 1, 1, f"word class @rise is already defined at {one}:1")
    assert fails(rule_text("match a:money @fall", head="rule XX02 a.b")) == (
        str(two), 4, 17, "unknown word class @fall (define it with 'words fall: ...')")
    assert fails(rule_text("match a:@fall", head="rule XX02 a.b")) == (
        str(two), 4, 9, "unknown word class @fall (define it with 'words fall: ...')")
    assert fails(rule_text("check total(a) ~= a", head="rule XX02 a.b")) == (
        str(two), 5, 9, "unknown function total()")
    assert fails(rule_text('say "{average(a)}"', head="rule XX02 a.b")) == (
        str(two), 6, 9, "unknown function average()")
    two.write_text("words rise: rose\n" + rule_text(head="rule XX02 a.b"), encoding="utf-8")
    ruleset = load_packs([str(one), str(two)], functions=["sum"])
    assert [r.code for r in ruleset.rules] == ["XX01", "XX02"]


def test_identical_word_classes_may_be_repeated_across_files():
    a = parse_rule_file("a.rules", text="words rise: rose\n")
    b = parse_rule_file("b.rules", text="words rise: rose\n")
    assert validate([a, b], functions=set()).word_classes["rise"].path == "b.rules"


@pytest.mark.parametrize("problem, message", [
    ("missing", "no such rule pack (a directory of *.rules files or one .rules file)"),
    ("latin1", "rule file is not UTF-8 (byte 24)"),
    ("nested", "rule file is nested too deeply to parse"),
])
def test_unreadable_rule_files(tmp_path, problem, message):
    path = tmp_path / "p.rules"
    if problem == "latin1":
        path.write_bytes(b'rule XX01 a.b\n  doc "caf\xe9"\n')
    elif problem == "nested":
        path.write_text(rule_text("check " + "(" * 300 + "a" + ")" * 300), encoding="utf-8")
    with pytest.raises(RuleError) as exc:
        load_packs([str(path)])
    assert (exc.value.path, exc.value.line, exc.value.col, exc.value.message) == (str(path), 1, 1, message)


def test_a_pack_directory_loads_its_rule_files_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "second.rules").write_text(rule_text(head="rule XX02 b.b"), encoding="utf-8")
    (tmp_path / "a.rules").write_text(rule_text(head="rule XX01 a.a"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a rule file", encoding="utf-8")
    ruleset = load_packs([str(tmp_path)])
    assert [(r.code, r.pack) for r in ruleset.rules] == [("XX01", tmp_path.name), ("XX02", tmp_path.name)]
    assert isinstance(ruleset.rules[0].patterns[0].items[0], Capture)
    assert ruleset.rules[0].check.node.left == Name("a", ruleset.rules[0].check.node.left.loc)
