"""Unit conversions stated side by side ("8,000 sq ft (743 sq m)"), with the intervals
of the stated figures carried through.  Unit sizes: engine/tolerance.py UNIT_SIZES."""
from __future__ import annotations

from factcheck.engine.evidence import number, with_unit
from factcheck.engine.numbers_compare import bare
from factcheck.engine.tolerance import conversion_factor
from factcheck.engine.values import Measured, Unverifiable, as_measured
from factcheck.model.facts import Quantity


# Temperature scales are affine: C = (F - 32) * 5/9.
_AFFINE = {("°F", "°C"): (5 / 9, -32 * 5 / 9), ("°C", "°F"): (9 / 5, 32.0)}


def loosely(q, within: float = 0.05) -> Measured:
    """A stated figure widened to `within` of its value: conversions in copy are rounded
    to a round figure ("300 feet (90 metres)"), not to the digits they show."""
    m = as_measured(q)
    w = abs(m.value) * within
    return Measured(m.value, min(m.low, m.value - w), max(m.high, m.value + w), m.unit, m.text)


def convert_delta(q, unit: str) -> Measured:
    """A temperature difference in another scale ("warmed 1.5 degrees Celsius (2.7 degrees
    Fahrenheit)"): the scale factor without the offset.  Other units as convert()."""
    if isinstance(q, Quantity) and (q.unit, unit) in _AFFINE:
        scale = _AFFINE[(q.unit, unit)][0]
        m = bare(q)
        return Measured(m.value * scale, m.low * scale, m.high * scale, unit)
    return convert(q, unit)


def convert(q, unit: str) -> Measured:
    """A stated measure expressed in another unit, keeping its interval."""
    if not isinstance(q, Quantity) or not q.unit:
        raise Unverifiable("the figure has no unit to convert")
    if q.unit == unit:
        return as_measured(q)
    if (q.unit, unit) in _AFFINE:
        scale, offset = _AFFINE[(q.unit, unit)]
        m = bare(q)
        return Measured(m.value * scale + offset, m.low * scale + offset, m.high * scale + offset, unit)
    factor = conversion_factor(q.unit, unit)
    if factor is None:
        raise Unverifiable(f"no conversion from {q.unit} to {unit}")
    usual, least, most = factor
    m = bare(q)
    ends = (m.low * least, m.low * most, m.high * least, m.high * most)
    return Measured(m.value * usual, min(ends), max(ends), unit)


def conversion_of(a, b) -> Measured:
    """`a` in `b`'s unit as the text means it: for temperatures either a temperature or a
    difference of temperatures ("warmed 1.5 degrees Celsius (2.7 degrees Fahrenheit)"),
    whichever is nearer `b`, so that the working shown is the reading that was checked."""
    unit = getattr(b, "unit", None)
    absolute = convert(a, unit)
    if not (isinstance(a, Quantity) and (a.unit, unit) in _AFFINE):
        return absolute
    difference = convert_delta(a, unit)
    target = as_measured(b).value
    nearer = min((absolute, difference), key=lambda m: abs(m.value - target))
    if nearer is difference:
        text = f"a difference of {with_unit(number(nearer.value), nearer.unit)}"
        return Measured(nearer.value, nearer.low, nearer.high, nearer.unit, text)
    return nearer
