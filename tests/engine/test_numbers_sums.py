"""Adding stated parts up against a stated total."""
import pytest

from factcheck.engine import numbers_sums as s
from factcheck.extract.quantities import extract_quantities
from factcheck.text.read import document_from_text


def figures(text):
    return extract_quantities(document_from_text(text, fmt="txt"))


def test_whole_counts_add_up_exactly():
    total, a, b = figures("a total of 14 medals, with 9 golds and 6 silvers")
    m = s.parts_total(total, a, b)
    assert (m.value, m.low, m.high) == (15.0, 15.0, 15.0)
    assert not m.approx_eq(total)


def test_small_numbers_in_words_are_whole_counts_too():
    total, a, b, c = figures("The 23 victims were 12 women, eight men and two children")
    m = s.parts_total(total, a, b, c)
    assert (m.value, m.low, m.high) == (22.0, 22.0, 22.0)
    assert not m.approx_eq(total)
    total, a, b = figures("a total of 4 million people, with two million adults and 1.5 million children")
    assert s.parts_total(total, a, b).low < 3.5e6          # "two million" is a round figure


def test_rounded_amounts_carry_their_rounding_into_the_sum():
    total, a, b = figures("a total of 2.6 mln dlrs: 1.2 mln dlrs and 1.3 mln dlrs")
    m = s.parts_total(total, a, b)
    assert (m.low, m.high) == (pytest.approx(2.4e6), pytest.approx(2.6e6))
    assert m.approx_eq(total)


def test_a_hedged_count_is_not_exact():
    total, a, b = figures("a total of 14 medals, with about 9 golds and 6 silvers")
    assert s.parts_total(total, a, b).approx_eq(total)


def test_running_phrase_and_decimal_scores():
    assert s.running_phrase(("bringing", "the", "total", "to")) is True
    assert s.running_phrase("a total of") is False
    skated = figures("a total of 150.50 points, scoring 95.25 and 55.25")
    assert s.decimal_scores(*skated) is True
    played = figures("a total of 31 points, scoring 12 and 11")
    assert s.decimal_scores(*played) is False
