"""What figures can be compared, added or divided: the unit logic the numeric rules share."""
from __future__ import annotations

from factcheck.engine.values import Measured, as_measured
from factcheck.model.facts import Quantity, QuantityKind

_NUMERIC = (QuantityKind.MONEY, QuantityKind.MEASURE, QuantityKind.COUNT, QuantityKind.NUMBER)


def bare(x) -> Measured:
    """The figure without its unit: for ratios of figures already known to be comparable."""
    m = as_measured(x)
    return Measured(m.value, m.low, m.high, None, m.text)


def comparable(a, b) -> bool:
    """Two figures measure the same thing: same kind and unit (and counted noun where both
    say one), or one of them is a bare number ("to 4,250 from 5,000 trucks")."""
    if not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    if QuantityKind.NUMBER in (a.kind, b.kind):
        other = b if a.kind is QuantityKind.NUMBER else a
        # index points ("fell 12.5 points to 1,209.5") are the index's own unit
        return other.kind in _NUMERIC or other.unit == "points"
    if a.kind is not b.kind or a.unit != b.unit:
        return False
    return a.kind is not QuantityKind.COUNT or not (a.noun and b.noun) or a.noun == b.noun


def addable(part, total) -> bool:
    """A part can be added into the total: same money or unit, or a bare number, or a
    counted category of a counted or measured total ("500,000 tonnes, of which 120,000 are
    wheat and 380,000 feeds")."""
    if not isinstance(part, Quantity) or not isinstance(total, Quantity):
        return False
    if comparable(part, total):
        return True
    return part.kind is QuantityKind.COUNT and total.kind in (QuantityKind.MEASURE, QuantityKind.COUNT)


def many(values) -> tuple:
    if isinstance(values, (tuple, list)):
        return tuple(values)
    return (values,)
