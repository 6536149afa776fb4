import math

import pytest

from factcheck.engine.values import Measured, Unverifiable, stated_interval
from factcheck.model.facts import Quantity, QuantityKind
from factcheck.model.span import Span


def q(value, precision, hedge=None, unit="USD"):
    return Quantity(Span(0, 1), "x", value, QuantityKind.MONEY, unit, precision, hedge=hedge)


def test_stated_interval_from_precision():
    assert stated_interval(q(2.4e9, 0.05e9)) == pytest.approx((2.35e9, 2.45e9))


@pytest.mark.parametrize("hedge, low, high", [
    ("about", 95.0, 105.0),
    ("nearly", 90.0, 100.5),
    ("more than", 99.5, 150.0),
    ("at least", 99.5, math.inf),
    ("up to", 0.0, 100.5),
])
def test_hedges_change_the_interval(hedge, low, high):
    assert stated_interval(q(100.0, 0.5, hedge)) == pytest.approx((low, high))


def test_interval_arithmetic():
    a, b = Measured.of(q(3.0, 0.5)), Measured.of(q(2.0, 0.5))
    total = a + b
    assert (total.low, total.high) == (4.0, 6.0)
    diff = a - b
    assert (diff.low, diff.high) == (0.0, 2.0)
    assert (a / Measured.exact(2.0)).low == 1.25


def test_mixed_units_are_unverifiable():
    with pytest.raises(Unverifiable, match="cannot add USD and EUR"):
        Measured.of(q(1, 0.5)) + Measured.of(q(1, 0.5, unit="EUR"))


def test_division_by_a_possible_zero_is_unverifiable():
    with pytest.raises(Unverifiable):
        Measured.of(q(1, 0.5)) / Measured.of(q(0.2, 0.5))


def test_approx_eq_is_interval_overlap():
    assert Measured.of(q(5.0, 0.5)).approx_eq(Measured.exact(5.4))
    assert not Measured.of(q(5.0, 0.5)).approx_eq(Measured.exact(5.6))
