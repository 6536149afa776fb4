import math

import pytest

from factcheck.engine.tolerance import UNIT_SIZES, conversion_factor, hedged_interval, interval_evidence, overlaps


@pytest.mark.parametrize("hedge, low, high", [
    (None, 11.5, 12.5),
    ("about", 11.4, 12.6),            # 5% of 12 = 0.6 beats the rounding 0.5
    ("nearly", 10.8, 12.5),           # up to 10% below
    ("just over", 11.5, 13.2),
    ("more than", 11.5, 18.0),        # bounded at 1.5 x
    ("at least", 11.5, math.inf),
    ("up to", 0.0, 12.5),
])
def test_hedged_interval_of_12_pct(hedge, low, high):
    got = hedged_interval(12.0, 0.5, hedge)
    assert got == (pytest.approx(low), pytest.approx(high) if math.isfinite(high) else high)


def test_rounding_dominates_a_wide_hedge_on_small_figures():
    assert hedged_interval(2.0, 0.5, "about") == (1.5, 2.5)


def test_just_over_2bn_is_not_one_percent_of_21bn():
    one_percent = (0.5 / 100 * 21.05e9, 1.5 / 100 * 21.15e9)   # "1%" of "$21.1bn"
    assert not overlaps(hedged_interval(2e9, 0.5e9, "just over"), one_percent)
    assert overlaps(hedged_interval(0.2e9, 0.05e9, "just over"), one_percent)


def test_overlaps_is_symmetric_and_touching_counts():
    assert overlaps((1.0, 2.0), (2.0, 3.0))
    assert overlaps((2.0, 3.0), (1.0, 2.0))
    assert not overlaps((1.0, 1.9), (2.0, 3.0))


def test_interval_evidence_is_json_able():
    assert interval_evidence(5.0, (4.5, math.inf), "%") == {
        "value": 5.0, "interval": [4.5, None], "unit": "%"}


def test_conversion_factors_are_the_exact_definitions():
    assert conversion_factor("ft", "m") == (0.3048, 0.3048, 0.3048)
    assert conversion_factor("sq ft", "sq m")[0] == pytest.approx(0.3048 ** 2, rel=1e-15)
    assert conversion_factor("sq mi", "sq km")[0] == pytest.approx(1.609344 ** 2, rel=1e-15)
    assert conversion_factor("lb", "kg")[0] == 0.45359237
    assert conversion_factor("nmi", "km")[0] == 1.852


def test_units_of_one_dimension_convert_through_the_base_unit():
    assert conversion_factor("in", "mm")[0] == pytest.approx(25.4, rel=1e-15)
    assert conversion_factor("mi", "ft")[0] == pytest.approx(5280, rel=1e-15)
    assert conversion_factor("oz", "kg")[0] == pytest.approx(0.028349523125, rel=1e-15)
    assert conversion_factor("km", "mi")[0] == pytest.approx(1 / 1.609344, rel=1e-15)
    assert conversion_factor("kg", "mi") is None            # mass is not length
    assert conversion_factor("kg", "bpd") is None           # a unit the table does not know
    assert {dimension for dimension, _ in UNIT_SIZES.values()} == {
        "length", "area", "mass", "volume", "speed", "power"}


def test_a_unit_with_two_sizes_converts_to_a_range():
    usual, least, most = conversion_factor("tons", "tonnes")
    assert (usual, least) == (0.90718474, 0.90718474)            # short ton, the usual reading
    assert most == pytest.approx(1.0160469088, rel=1e-15)        # long ton
    usual, least, most = conversion_factor("l", "gal")
    assert usual == pytest.approx(1 / 3.785411784) and least == pytest.approx(1 / 4.54609)
    assert most == usual


