"""A tiny rule pack for testing reports, suppressions and baselines without depending on
the real rules (which other people are writing): each rule fires on a fixed phrase."""
from __future__ import annotations

import datetime as dt
import functools

from factcheck.dsl.loader import parse_rule_file, validate
from factcheck.engine.facts import gather_facts
from factcheck.engine.functions import all_functions
from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.model.result import FileResult
from factcheck.text.read import document_from_text

PACK = '''
rule TS01 test.wrong-figure
  alias wrong-figure
  kind sum
  severity error
  doc "Flags the phrase 'wrong figure'."
  match "wrong" "figure"
  check false
  say "the figure is wrong"
  flag "A wrong figure here."
  flag "Another wrong figure."
  pass "A right figure."
  pass "Nothing here."

rule TS02 test.odd-date
  kind date
  severity warning
  doc "Flags the phrase 'odd date'."
  match "odd" "date"
  check false
  say "the date is odd"
  flag "An odd date here."
  flag "Another odd date."
  pass "A right date."
  pass "Nothing here."

rule TS03 test.fine-total
  kind sum
  severity error
  doc "Finds 'fine total', which is always right."
  match "fine" "total"
  check true
  say "never said"
  flag "fine total"
  flag "fine total"
  pass "A fine total."
  pass "Nothing here."

rule TS04 test.vague-claim
  kind percent
  severity info
  doc "Finds 'vague claim', which cannot be decided."
  match "vague" "claim"
  unless true "no figure to compare it with"
  check true
  say "never said"
  flag "vague claim"
  flag "vague claim"
  pass "A vague claim."
  pass "Nothing here."
'''


@functools.cache
def _registry() -> Registry:
    functions = all_functions()
    ruleset = validate([parse_rule_file("ci-test-pack/test.rules", PACK, pack="ci-test-pack")],
                       functions=set(functions))
    return Registry(ruleset, functions)


def registry(tmp_path=None) -> Registry:
    return _registry()


def result_for(raw: str, reg: Registry, *, path: str = "article.md", fmt: str = "md",
               published: dt.date | None = dt.date(2022, 4, 13)) -> FileResult:
    doc = document_from_text(raw, path=path, fmt=fmt, published=published)
    facts = gather_facts(doc)
    claims = check_document(doc, reg.ruleset, functions=reg.functions, facts=facts)
    return FileResult(path, doc, claims, facts)
