"""The reference rules' own examples, run against the demo pack in seeds/facts
(`pytest -k RF01` runs one rule's), and the seed article checked with that pack."""
import functools
import os

import pytest

from factcheck.dsl.loader import DEFAULT_PACK, parse_rule_file, validate
from factcheck.engine.functions import all_functions
from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.facts import load_pack
from factcheck.model.verdict import Kind, Verdict
from factcheck.text.read import document_from_text, read_path

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(REPO, "seeds", "facts")
SEED = os.path.join(REPO, "seeds", "pentagon-ukraine-aid.md")
RULE_FILE = os.path.join(DEFAULT_PACK, "reference.rules")


@functools.cache
def rule_file():
    return parse_rule_file(RULE_FILE)


@functools.cache
def registry():
    """Only the reference rules: parsing the whole core pack would dominate the run."""
    functions = all_functions()
    return Registry(validate([rule_file()], functions=set(functions)), functions)


@functools.cache
def demo():
    return load_pack(DEMO)


def _examples():
    for rule in rule_file().rules:
        for ex in rule.examples:
            yield pytest.param(rule.code, ex, id=f"{rule.code}-{ex.kind}-{ex.line}")


def _claims(code, text, published, reference):
    single = registry().select(enable=[code])
    doc = document_from_text(text, path=f"<{code} example>", fmt="txt", published=published)
    return [c for c in check_document(doc, single.ruleset, functions=single.functions, reference=reference)
            if c.rule == code]


def test_every_reference_rule_has_two_flag_and_two_pass_examples():
    rules = rule_file().rules
    assert [r.code for r in rules] == ["RF01", "RF02", "RF03", "RF04"]
    for rule in rules:
        assert rule.kind is Kind.REFERENCE
        kinds = [e.kind for e in rule.examples]
        assert kinds.count("flag") >= 2 and kinds.count("pass") >= 2


@pytest.mark.parametrize("code, example", list(_examples()))
def test_example_against_the_demo_pack(code, example):
    claims = _claims(code, example.text, example.published, demo())
    verdicts = {c.verdict for c in claims}
    shown = [(c.verdict.value, c.message) for c in claims]
    assert (Verdict.INCONSISTENT in verdicts) == (example.kind == "flag"), shown
    if example.kind == "review":
        assert Verdict.UNVERIFIABLE in verdicts, shown


@pytest.mark.parametrize("code, example", list(_examples()))
def test_without_a_pack_reference_rules_find_nothing(code, example):
    assert _claims(code, example.text, example.published, None) == []


def test_the_seed_article_against_the_demo_pack():
    doc = read_path(SEED)
    rules = registry().select(enable=["RF01", "RF02", "RF03", "RF04"])
    claims = check_document(doc, rules.ruleset, functions=rules.functions, reference=demo())
    got = [(c.rule, c.text, c.verdict.value) for c in claims]
    assert got == [
        ("RF03", "February", "consistent"),
        ("RF02", "Volodymyr Zelenskyy", "consistent"),
        ("RF02", "Joe Biden", "consistent"),
        ("RF04", "sending an additional $800 million", "consistent"),
        ("RF01", "totals $2.4 billion in assistance to Ukraine since", "unverifiable"),
        ("RF02", "John Kirby", "unverifiable"),
    ]
    total = claims[4]
    assert total.message.startswith("the stated $2.4 billion is more than the ledger pda_packages of fact pack "
                                    "us-ukraine-aid-2022 (it counts Presidential Drawdown Authority (PDA) packages only")
    assert "to $2.25 billion; the total may count money this ledger does not hold" in total.message
    cited = total.evidence["reference"]
    assert [(r["date"], r["amount"], r["line"]) for r in cited["rows"]] == [
        ("2022-02-26", 350e6, 2), ("2022-03-12", 200e6, 3), ("2022-03-16", 800e6, 4),
        ("2022-04-05", 100e6, 5), ("2022-04-13", 800e6, 6)]
    assert all(r["source"] and r["file"].endswith("pda-packages.csv") for r in cited["rows"])
    assert claims[5].message.startswith("a judgement: on 2022-04-13 fact pack us-ukraine-aid-2022 lists John Kirby "
                                        "as Press Secretary (US Department of Defense)")
