"""Every rule's own examples, one test case each: `pytest -k CH01` runs one rule.

A `flag` example must give an inconsistent claim from its rule, a `review`
example an unverifiable one; a `pass` example must not give an inconsistent
claim. Test ids are CODE-flag-N / CODE-review-N / CODE-pass-N, numbered from 1
in the order the rule file gives them. Reference rules' examples run against
the `facts` pack beside their rule file (engine/examples.py).
"""
from __future__ import annotations

import pytest

from factcheck.engine.examples import run_example
from factcheck.engine.registry import Registry
from factcheck.errors import RuleError

MIN_EXAMPLES = 2      # flag (or review) and pass examples, per rule: the contract in docs/rules.md


def _load() -> tuple[Registry | None, RuleError | None]:
    try:
        return Registry.load(), None
    except RuleError as exc:       # reported by a test below, not as a collection crash
        return None, exc


REGISTRY, LOAD_ERROR = _load()
RULES = REGISTRY.rules if REGISTRY else ()


def _cases():
    for rule in RULES:
        counts = {"flag": 0, "review": 0, "pass": 0}
        for example in rule.examples:
            counts[example.kind] += 1
            yield pytest.param(rule, example, id=f"{rule.code}-{example.kind}-{counts[example.kind]}")


def test_default_pack_loads():
    assert LOAD_ERROR is None, str(LOAD_ERROR)
    assert RULES, "the default pack has no rules"


@pytest.mark.parametrize("rule, example", list(_cases()))
def test_rule_example(rule, example):
    result = run_example(REGISTRY, rule, example)
    shown = "\n".join(f"  {c.verdict.value} [{c.span.start}:{c.span.end}] {c.text!r}: {c.message}\n"
                      f"    evidence {dict(c.evidence)}" for c in result.claims) or "  (no claim)"
    want = {"flag": "an inconsistent claim", "review": "an unverifiable claim and no inconsistent one",
            "pass": "no inconsistent claim"}[example.kind]
    assert result.ok, (f"{rule.code} {rule.name} ({rule.path}:{example.line}) should give {want} for\n"
                       f"  {example.text!r}\nclaims:\n{shown}")


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.code}-has-examples" for r in RULES])
def test_rule_has_enough_examples(rule):
    flags = sum(1 for e in rule.examples if e.flag)        # review examples count as flags
    passes = sum(1 for e in rule.examples if not e.flag)
    assert flags >= MIN_EXAMPLES and passes >= MIN_EXAMPLES, (
        f"{rule.code} ({rule.path}:{rule.line}) has {flags} flag or review and {passes} pass examples; "
        f"every rule needs at least {MIN_EXAMPLES} of each")
