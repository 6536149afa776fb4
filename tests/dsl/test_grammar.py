"""The rule-file grammar on its own: expression trees, patterns, files, and where errors point."""
from __future__ import annotations

import pyparsing as pp
import pytest

from factcheck.dsl.grammar import PATTERN, parse_expression, parse_rule_text


def shape(node):
    """An expression tree without source locations, for readable expectations."""
    if isinstance(node, tuple) and node and isinstance(node[0], str) and len(node) > 1 and isinstance(node[1], int):
        tag, _, *rest = node
        if tag in ("num", "str", "date", "name"):
            return rest[0] if tag != "name" else f"${rest[0]}"
        if tag == "bin":
            return (rest[0], shape(rest[1]), shape(rest[2]))
        if tag in ("neg", "not"):
            return (tag, shape(rest[1]))
        if tag == "field":
            return ("." + rest[1], shape(rest[0]))
        if tag == "call":
            return ("call", rest[0], *[shape(a) for a in rest[1]])
    return node


@pytest.mark.parametrize("text, tree", [
    ("1 + 2 * 3", ("+", 1, ("*", 2, 3))),
    ("(1 + 2) * 3", ("*", ("+", 1, 2), 3)),
    ("a - b - c", ("-", ("-", "$a", "$b"), "$c")),
    ("a / b % c", ("%", ("/", "$a", "$b"), "$c")),
    ("-a * -2.5", ("*", ("neg", "$a"), ("neg", 2.5))),
    ("a - -b", ("-", "$a", ("neg", "$b"))),
    ("a + b ~= c", ("~=", ("+", "$a", "$b"), "$c")),
    ("a < b == c", ("==", ("<", "$a", "$b"), "$c")),
    ("not a == b", ("not", ("==", "$a", "$b"))),
    ("not not a", ("not", ("not", "$a"))),
    ("a or b and not c", ("or", "$a", ("and", "$b", ("not", "$c")))),
    ("a and b or c and d", ("or", ("and", "$a", "$b"), ("and", "$c", "$d"))),
    ("x.value.unit", (".unit", (".value", "$x"))),
    ("sum(parts).value >= 0", (">=", (".value", ("call", "sum", "$parts")), 0)),
    ("f()", ("call", "f")),
    ("days_between(d, published) != 7", ("!=", ("call", "days_between", "$d", "$published"), 7)),
    ('q.unit == "%"', ("==", (".unit", "$q"), "%")),
    ('"say \\"hi\\""', 'say "hi"'),
    ("d.date == 2022-04-13", ("==", (".date", "$d"), "2022-04-13")),
    ("d == none", ("==", "$d", "$none")),
    ("andy or nothing", ("or", "$andy", "$nothing")),      # keywords only as whole words
])
def test_expression_trees(text, tree):
    assert shape(parse_expression(text)) == tree


def test_expression_locations_are_offsets_into_the_text():
    """A node's offset is where its text starts, or the blanks just before it (errors skip those)."""
    text = "abs(x) ~= y.value"
    node = parse_expression(text)
    call, field = node[3], node[4]
    name_x, name_y = call[3][0], field[2]
    assert call[1] == 0 and text[name_x[1]:].lstrip().startswith("x)")
    assert text[field[1]:].lstrip().startswith("y.value") and text[name_y[1]:].lstrip().startswith("y.value")


@pytest.mark.parametrize("text, column", [
    ("a +", 3),           # nothing after the operator
    ("(a + b", 7),        # unclosed parenthesis
    ("f(a,", 4),
    ("check + 1", 1),     # clause keywords are not names
    ("a.b(c)", 4),        # no method calls: functions only by name
    ("1e5", 1),           # no exponent notation
    ("a ** 2", 3),        # no power operator
    ("a = b", 3),         # assignment does not exist
])
def test_expression_errors_point_at_the_problem(text, column):
    with pytest.raises(pp.ParseBaseException) as exc:
        parse_expression(text)
    assert exc.value.col == column


def test_deep_nesting_parses():
    text = "(" * 15 + "a" + ")" * 15 + " + 1"
    assert shape(parse_expression(text)) == ("+", "$a", 1)


def pattern(text):
    return PATTERN.parse_string(text, parse_all=True)[0]


def test_pattern_elements():
    node = pattern('rose pct:percent{1,2} ...{0,4} "a total of" @total (to | toward)? [x:word] total:money+ …')
    assert node[0] == "seq"
    items = node[2]
    assert [i[0] for i in items] == ["lit", "cap", "gap", "lit", "class", "rep", "opt", "cap", "gap"]
    assert items[0][2] == "rose"
    assert items[1][2:4] == ("pct", "percent") and list(items[1][4]) == [1, 2]
    assert list(items[2][2]) == [0, 4]
    assert items[3][2] == "a total of"
    assert items[4][2] == "total"
    assert items[5][2][0] == "group" and items[5][3] == "?"
    assert items[5][2][2][0] == "alt"
    assert items[6][2][2][0][2:4] == ("x", "word")
    assert items[7][2:] == ("total", "money", "+")


def test_alternatives_at_top_level_and_capture_of_a_word_class():
    node = pattern("d:@rise | fell")
    assert node[0] == "alt"
    first, second = node[2]
    assert first[2][0][:4] == ("cap", 0, "d", "@rise")
    assert second[2][0][0::2] == ("lit", "fell")


@pytest.mark.parametrize("text, column", [
    ("x: money", 3),          # no space after the colon of a capture
    ("rose (to", 9),
    ("[to", 4),
    ("...{4,", 7),
])
def test_pattern_errors(text, column):
    with pytest.raises(pp.ParseBaseException) as exc:
        PATTERN.parse_string(text, parse_all=True)
    assert exc.value.col == column


RULE = '''# a comment line
words rise: rose "went up"   # trailing comment
rule XX01 test.example
  alias example old-name
  kind sum
  severity warning
  scope paragraph
  doc "What it checks."
  match a:money "plus" b:money ... @rise total:money
  where a.value > 0
  unless a.hedge "hedged"
  check a + b ~= total
  say "{a} plus {b} is not {total}"
  ok "adds up"
  flag "$1 plus $2 ... rose $4" published 2024-01-31
  pass "$1 plus $2 ... rose $3"
'''


def test_rule_file_structure():
    words, rule = parse_rule_text(RULE)
    assert words[0] == "words" and words[2:] == ("rise", ("rose", "went up"))
    tag, _, code, name, clauses = rule
    assert (tag, code, name) == ("rule", "XX01", "test.example")
    assert [c[0] for c in clauses] == ["alias", "kind", "severity", "scope", "doc", "match", "where", "unless",
                                       "check", "say", "ok", "flag", "pass"]
    assert clauses[0][2:] == ("example", "old-name")
    assert clauses[7][3] == "hedged"
    assert clauses[11][2:] == ("$1 plus $2 ... rose $4", "2024-01-31")
    assert clauses[12][2:] == ("$1 plus $2 ... rose $3",)


@pytest.mark.parametrize("text, line, col", [
    ("rule xx01 a.b\n", 1, 6),                       # codes are capitals and digits
    ("rule XX01 nodots\n", 1, 11),                   # names are dotted
    ("rule XX01 a.b\n  kind\n", 3, 1),               # a clause without its value
    ("rule XX01 a.b\n  colour red\n", 2, 3),         # no such clause
    ('rule XX01 a.b\n  say "unclosed\n', 2, 7),
    ("rule XX01 a.b\n  flag \"x\" published 2024\n", 2, 22),
    ("words : a\n", 1, 7),
    ("words w:\nrule XX01 a.b\n", 2, 1),             # a words definition needs words
])
def test_rule_file_errors(text, line, col):
    with pytest.raises(pp.ParseBaseException) as exc:
        parse_rule_text(text)
    assert (exc.value.lineno, exc.value.col) == (line, col)


def test_empty_and_comment_only_files_parse_to_nothing():
    assert parse_rule_text("") == []
    assert parse_rule_text("# nothing yet\n\n   # still nothing\n") == []
