"""Run a rule's own examples: `flag` sentences must give an inconsistent claim from
that rule, `review` sentences an unverifiable one (and none inconsistent), `pass`
sentences no inconsistent claim.

Examples of rules that check against reference facts run against the rule
pack's example fact pack: a directory named `facts` beside the rule file (the
core pack's is the demo pack of seeds/facts), so a pack's examples are
self-contained wherever it is installed.
"""
from __future__ import annotations

import functools
import os

import attrs

from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.facts import load_pack
from factcheck.model.rule import Example, RuleSpec
from factcheck.model.verdict import Claim, Verdict
from factcheck.text.read import document_from_text

EXAMPLE_FACTS = "facts"


@attrs.frozen
class ExampleResult:
    rule: RuleSpec
    example: Example
    claims: tuple[Claim, ...]

    @property
    def flagged(self) -> bool:
        return any(c.verdict is Verdict.INCONSISTENT for c in self.claims)

    @property
    def ok(self) -> bool:
        if self.example.review:
            return not self.flagged and any(c.verdict is Verdict.UNVERIFIABLE for c in self.claims)
        return self.flagged == self.example.flag

    def describe(self) -> str:
        got = "; ".join(f"{c.verdict.value}: {c.message}" for c in self.claims) or "no claim"
        return (f"{self.rule.code} {self.example.kind} example (line {self.example.line}): "
                f"{self.example.text!r} -> {got}")


@functools.lru_cache(maxsize=8)
def _pack_at(directory: str):
    return load_pack(directory)


def example_facts(rule: RuleSpec):
    """The fact pack a rule's examples run against, or None."""
    if not rule.path:
        return None
    directory = os.path.join(os.path.dirname(os.path.abspath(rule.path)), EXAMPLE_FACTS)
    return _pack_at(directory) if os.path.isdir(directory) else None


def run_example(registry: Registry, rule: RuleSpec, example: Example, reference=None) -> ExampleResult:
    """Run one example; `reference` overrides the pack's example fact pack (`rules test --facts`)."""
    single = registry.select(enable=[rule.code])
    doc = document_from_text(example.text, path=f"<{rule.code} example>", fmt="txt",
                             published=example.published)
    claims = check_document(doc, single.ruleset, functions=registry.functions,
                            reference=reference if reference is not None else example_facts(rule))
    return ExampleResult(rule, example, tuple(c for c in claims if c.rule == rule.code))


def run_rule_examples(registry: Registry, rule: RuleSpec) -> list[ExampleResult]:
    return [run_example(registry, rule, ex) for ex in rule.examples]
