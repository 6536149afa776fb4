"""Run a rule's own examples: `flag` sentences must give an inconsistent claim from
that rule, `pass` sentences must not."""
from __future__ import annotations

import attrs

from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.model.rule import Example, RuleSpec
from factcheck.model.verdict import Claim, Verdict
from factcheck.text.read import document_from_text


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
        return self.flagged == self.example.flag

    def describe(self) -> str:
        want = "flag" if self.example.flag else "pass"
        got = "; ".join(f"{c.verdict.value}: {c.message}" for c in self.claims) or "no claim"
        return f"{self.rule.code} {want} example (line {self.example.line}): {self.example.text!r} -> {got}"


def run_example(registry: Registry, rule: RuleSpec, example: Example) -> ExampleResult:
    single = registry.select(enable=[rule.code])
    doc = document_from_text(example.text, path=f"<{rule.code} example>", fmt="txt",
                             published=example.published)
    claims = check_document(doc, single.ruleset, functions=registry.functions)
    return ExampleResult(rule, example, tuple(c for c in claims if c.rule == rule.code))


def run_rule_examples(registry: Registry, rule: RuleSpec) -> list[ExampleResult]:
    return [run_example(registry, rule, ex) for ex in rule.examples]
