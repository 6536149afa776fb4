"""Malformed rule files never crash the loader.

A few hundred deterministic random mutations of the default pack (characters
deleted, duplicated or swapped, truncation, junk tokens, broken quotes): each
either still loads or gives a RuleError whose line and column are inside the
mutated file. Mutations are applied to one block (a `rule` or `words`
definition) at a time, parsed at its real line in the file, so the suite stays
fast while positions stay file-true.
"""
from __future__ import annotations

import random
import re

import pytest

from factcheck.dsl.loader import DEFAULT_PACK, parse_rule_file, rule_files, validate
from factcheck.engine.functions import all_functions
from factcheck.errors import RuleError
from factcheck.model.rule import RuleFile

SEED = 20261130
MUTATIONS = 240
JUNK = ("rule", "match", "check", "say", "flag", "published", "words", "(", ")", "[", "]", "{", "}", "{2,",
        "{9,1}", "|", "@", "@nowhere", ":", "x:money", "x:moeny", "x:@", "...", "…", "...{0,99}", '"', "'",
        "#", "\\", "~=", "not", "and", "or", ".", "1e5", "99999999999999999999", "2022-02-30", "0000-00-00",
        "{{", "{x", "}", "\t", "\n", "\n\n", "é", "\x00", "\ufeff", "CH01", "rule ZZ99 z.z", "x(", "sum(",
        "a.b.c", "-", "--", "not not", "?", "*", "+", "{0}", "%", "/ 0")


def blocks(path: str) -> list[tuple[str, int, str]]:
    """(label, first line, text) for each rule or words block of a rule file."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    starts = [m.start() for m in re.finditer(r"(?m)^(?:rule|words) ", text)] + [len(text)]
    out = []
    for a, b in zip(starts, starts[1:]):
        body = text[a:b]
        label = body.split()[1] if len(body.split()) > 1 else "?"
        out.append((label, text.count("\n", 0, a), body))
    return out


def mutate(text: str, rng: random.Random) -> tuple[str, str]:
    """One random damage to `text`: (what was done, the damaged text)."""
    op = rng.choice(("delete", "duplicate", "swap", "truncate", "junk", "junk", "quote", "quote"))
    i = rng.randrange(max(len(text), 1))
    if op == "delete":
        span = rng.choice((1, 1, 2, 5))
        return f"delete {span} at {i}", text[:i] + text[i + span:]
    if op == "duplicate":
        return f"duplicate at {i}", text[:i] + text[i:i + 1] * 2 + text[i + 1:]
    if op == "swap":
        return f"swap at {i}", text[:i] + text[i + 1:i + 2] + text[i:i + 1] + text[i + 2:]
    if op == "truncate":
        return f"truncate at {i}", text[:i]
    if op == "junk":
        spaces = [m.start() for m in re.finditer(r"\s", text)] or [0]
        j = rng.choice(spaces)
        junk = rng.choice(JUNK)
        return f"insert {junk!r} at {j}", text[:j] + " " + junk + text[j:]
    quotes = [m.start() for m in re.finditer('"', text)]
    if quotes and rng.random() < 0.5:
        j = rng.choice(quotes)
        return f"remove quote at {j}", text[:j] + text[j + 1:]
    return f"add quote at {i}", text[:i] + '"' + text[i:]


def _pack_files() -> list[str]:
    try:
        return rule_files(DEFAULT_PACK)
    except RuleError:
        return []


def _cases():
    rng = random.Random(SEED)
    every = [(path, *block) for path in _pack_files() for block in blocks(path)]
    for n in range(MUTATIONS if every else 0):
        path, label, first_line, body = rng.choice(every)
        what, damaged = mutate(body, rng)
        name = path.rsplit("/", 1)[-1]
        yield pytest.param(path, first_line, damaged, what, id=f"{name}-{label}-{n}")


@pytest.fixture(scope="module")
def pack_word_classes():
    """The pack's word classes, so a damaged block is validated as it would be in its pack."""
    classes = []
    for path in _pack_files():
        classes.extend(parse_rule_file(path, pack="core").word_classes)
    return RuleFile("<pack>", (), tuple(classes), "")


FUNCTIONS = set(all_functions())


@pytest.mark.parametrize("path, first_line, damaged, what", list(_cases()))
def test_damaged_rule_file_loads_or_gives_a_located_error(path, first_line, damaged, what, pack_word_classes):
    text = "\n" * first_line + damaged          # the block at its real place in the file
    try:
        rule_file = parse_rule_file(path, text=text, pack="core")
        validate([pack_word_classes, rule_file], functions=FUNCTIONS)
    except RuleError as exc:
        lines = text.split("\n")
        assert exc.path == path, what
        assert 1 <= exc.line <= len(lines), f"{what}: line {exc.line} outside the file"
        assert 1 <= exc.col <= len(lines[exc.line - 1]) + 1, f"{what}: column {exc.col} outside line {exc.line}"
        assert exc.message.strip(), what


def test_every_mutation_kind_is_exercised():
    kinds = {what.split()[0] for *_, what in (c.values for c in _cases())}
    assert kinds == {"delete", "duplicate", "swap", "truncate", "insert", "remove", "add"}


@pytest.mark.parametrize("text, line, col", [
    ('rule XX01 a.b\n  kind sum\n  severity error\n  match "x"\n  check (a\n', 6, 1),
    ('rule XX01 a.b\n  kind sum\n  severity error\n  match "x"\n  check 1\n  say "open\n', 6, 7),
    ('words w: "a"\nrule XX01 a.b\n  kind sum\n  match x:moeny\n', 4, 9),
    ("\n" * 3 + "rule", 4, 5),
])
def test_known_damage_is_located(text, line, col):
    with pytest.raises(RuleError) as exc:
        parse_rule_file("f.rules", text=text)
    assert (exc.value.line, exc.value.col) == (line, col)
