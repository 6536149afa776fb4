"""Fast paths around token streams must agree with building the stream."""
import pytest

from factcheck.engine.matcher import _split_keys, _starts
from factcheck.engine.run import Prepared
from factcheck.engine.tokens import build_stream, fact_type_sets, holds_fact, tokenize
from factcheck.model.rule import Scope
from factcheck.model.span import Span

from tests.engine.helpers import money_facts, ruleset

TEXT = ("The council spent $4 million on roads. Nothing else was said.\n\n"
        "A further $2 million went to parks, and $1.5 million to libraries.")


def test_holds_fact_is_true_whenever_the_stream_anchors_one():
    facts = list(money_facts(TEXT).quantities)
    starts = [f.span.start for f in facts]
    types = fact_type_sets(facts)
    tokens = tokenize(TEXT)
    token_starts = [t.start for t in tokens]
    for start in range(0, len(TEXT), 7):
        for end in range(start, len(TEXT) + 1, 5):
            span = Span(start, end)
            stream = build_stream(TEXT, span, facts, starts, tokens, token_starts, types)
            assert stream.facts_at == build_stream(TEXT, span, facts).facts_at
            if stream.facts_at:
                assert holds_fact(facts, starts, types, span, frozenset({"money"}))
            assert not holds_fact(facts, starts, types, span, frozenset({"quote"}))


@pytest.mark.parametrize("text", [TEXT, "\n\n".join([TEXT] * 5)])
def test_starts_agree_with_the_position_index(text):
    facts = list(money_facts(text).quantities)
    stream = build_stream(text, Span(0, len(text)), facts)
    for keys in [frozenset({("w", "million")}), frozenset({("f", "money")}), frozenset({("w", "absent")}),
                 frozenset({("w", "to"), ("f", "money"), ("w", "absent")}), frozenset({("w", "to"), ("w", "on")}),
                 frozenset()]:
        expected = sorted({i for key in stream.present(keys) for i in stream.positions(key)})
        assert list(_starts(stream, _split_keys(keys))) == expected


def test_a_scope_whose_rules_all_need_a_fact_type_is_gated_by_it():
    rules = ruleset('rule XX01 test.money\n  kind sum\n  severity info\n  scope paragraph\n'
                    '  match a:money\n  check true\n  say "x"\n'
                    'rule XX02 test.words\n  kind sum\n  severity info\n  scope sentence\n'
                    '  match "spent" a:money\n  check true\n  say "x"\n')
    prepared = Prepared.of(rules)
    assert prepared.scopes[Scope.PARAGRAPH].fact_types == frozenset({"money"})
    assert prepared.scopes[Scope.SENTENCE].fact_types is None     # indexed by the word "spent"
