"""CO01: a figure referred back to with 'the' must match the figure first given."""
import pytest

from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.model.verdict import Verdict
from factcheck.text.read import document_from_text


@pytest.fixture(scope="module")
def registry():
    return Registry.load().select(enable=["CO01"])


def claims(registry, text):
    doc = document_from_text(text, fmt="txt")
    return check_document(doc, registry.ruleset, functions=registry.functions)


def test_changed_figure_is_inconsistent_with_both_shown(registry):
    text = ("The council approved a $4.5 million settlement on Monday.\n\n"
            "Under the $5.4 million settlement, payments start in May.")
    (claim,) = claims(registry, text)
    assert claim.verdict is Verdict.INCONSISTENT
    assert claim.text == "the $5.4 million settlement"
    assert claim.message == "the settlement was given as $4.5 million earlier in the article, here $5.4 million"


def test_same_figure_within_rounding_is_consistent(registry):
    text = "Ministers backed a $2.41 billion bailout. The $2.4 billion bailout passed."
    (claim,) = claims(registry, text)
    assert claim.verdict is Verdict.CONSISTENT


@pytest.mark.parametrize("text", [
    # two different earlier figures: which one 'the' means is unclear
    "A $3 million grant went to parks and a $4 million grant to roads. The $5 million grant is new.",
    # the later one is marked as another of its kind
    "A $3 million grant went to parks. A new $5 million grant went to roads.",
    # different currencies are different things
    "A €3 million grant went to parks. The $5 million grant went to roads.",
    # no earlier mention at all
    "The $5 million grant went to roads.",
])
def test_no_claim_when_the_reference_is_not_clear(registry, text):
    assert claims(registry, text) == ()
