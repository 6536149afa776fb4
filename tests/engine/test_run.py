import pytest

from factcheck.errors import RuleError
from factcheck.model.verdict import Verdict

from tests.engine.helpers import check

SUM_RULE = '''
words total: "a total of" totaling "in all"
rule SU99 sum.test-total
  kind sum
  severity error
  match parts:money{2,5} ... @total total:money
  unless total.hedge "the total is hedged"
  check sum(parts) ~= total
  say "the parts add up to {sum(parts)}, not {total}"
  ok "the parts add up to {total}"
'''


def test_inconsistent_sum_with_working():
    text = "They gave $3 million to schools and $2 million to roads, a total of $9 million."
    (claim,) = check(SUM_RULE, text)
    assert claim.verdict is Verdict.INCONSISTENT
    assert claim.message == "the parts add up to $5 million, not $9 million"
    assert claim.text == "$3 million to schools and $2 million to roads, a total of $9 million"
    assert claim.span.start == text.index("$3")
    compared = claim.evidence["compared"][0]
    assert compared["op"] == "~="
    assert compared["left"]["interval"] == [4e6, 6e6]
    assert compared["right"]["interval"] == [8.5e6, 9.5e6]


def test_rounding_is_not_an_error():
    text = "Aid of $1.2 billion and $2.4 billion came to a total of $3.7 billion."
    (claim,) = check(SUM_RULE, text)
    assert claim.verdict is Verdict.CONSISTENT
    assert claim.message == "the parts add up to $3.7 billion"


def test_no_relation_no_claim():
    assert check(SUM_RULE, "They gave $3 million to schools and $2 million to roads.") == ()


def test_unverifiable_when_units_differ():
    rule = SUM_RULE.replace("SU99", "SU98")
    text = "They gave $3 million to schools and 2 million euros, a total of $5 million."
    from factcheck.engine.facts import Facts
    from factcheck.model.facts import Quantity, QuantityKind
    from factcheck.model.span import Span
    def money(phrase, value, unit):
        start = text.index(phrase)
        return Quantity(Span(start, start + len(phrase)), phrase, value, QuantityKind.MONEY, unit, 5e5)

    facts = Facts(quantities=(money("$3 million", 3e6, "USD"), money("2 million euros", 2e6, "EUR"),
                              money("$5 million", 5e6, "USD")))
    (claim,) = check(rule, text, facts=facts)
    assert claim.verdict is Verdict.UNVERIFIABLE
    assert claim.message == "cannot add USD and EUR"


def test_where_false_means_no_claim_and_unless_means_unverifiable():
    rule = '''
rule XX01 test.where
  kind sum
  severity warning
  match a:money ... b:money
  where a.value > 10000000
  check a ~= b
  say "{a} is not {b}"
rule XX02 test.unless
  kind sum
  severity warning
  match a:money "or" b:money
  unless true "always unsure"
  check a ~= b
  say "{a} is not {b}"
'''
    claims = check(rule, "It cost $3 million, not $4 million. It cost $3 million or $7 million.")
    assert [(c.rule, c.verdict) for c in claims] == [("XX02", Verdict.UNVERIFIABLE)]
    assert claims[0].message == "always unsure"


def test_a_rule_bug_is_reported_as_a_rule_error():
    rule = '''
rule XX03 test.bug
  kind sum
  severity warning
  match a:money
  check a.colour == 1
  say "x"
'''
    with pytest.raises(RuleError, match="XX03: Quantity has no field 'colour'"):
        check(rule, "It cost $3 million.")
