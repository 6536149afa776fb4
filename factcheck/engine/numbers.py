"""Functions the numeric rules (sums, percents, changes, conversions) call.

Each takes captured facts (or Measured values) and returns a Measured, whose
interval carries the stated precision of its inputs, or a yes/no.  A function
that cannot decide raises Unverifiable with the reason, which the engine
reports instead of a verdict.
"""
from __future__ import annotations

from collections.abc import Callable

from factcheck.engine.tolerance import CONVERSIONS
from factcheck.engine.values import Measured, Unverifiable, as_measured
from factcheck.model.facts import Quantity, QuantityKind

_NUMERIC = (QuantityKind.MONEY, QuantityKind.MEASURE, QuantityKind.COUNT, QuantityKind.NUMBER)


def _bare(x) -> Measured:
    """The figure without its unit: for ratios of figures already known to be comparable."""
    m = as_measured(x)
    return Measured(m.value, m.low, m.high, None, m.text)


def comparable(a, b) -> bool:
    """Two figures measure the same thing: same kind and unit (and counted noun where both
    say one), or one of them is a bare number ("to 6,627 from 12,194 cars")."""
    if not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    if QuantityKind.NUMBER in (a.kind, b.kind):
        other = b if a.kind is QuantityKind.NUMBER else a
        # index points ("fell 12.5 points to 1,209.5") are the index's own unit
        return other.kind in _NUMERIC or other.unit == "points"
    if a.kind is not b.kind or a.unit != b.unit:
        return False
    return a.kind is not QuantityKind.COUNT or not (a.noun and b.noun) or a.noun == b.noun


def all_comparable(parts, total) -> bool:
    return all(comparable(p, total) for p in _many(parts))


def plausible_pair(old, new, limit: float = 20.0) -> bool:
    """Old and new figures of a change are within a factor `limit` of each other; a wider
    gap means the pattern caught two unrelated figures ("to 5 mln dlrs, or 50 cts a share")."""
    o, n = as_measured(old).value, as_measured(new).value
    if o <= 0 or n <= 0:
        return False
    return 1.0 / limit <= n / o <= limit


def pct_change(old, new) -> Measured:
    """The percent change from old to new, (new / old - 1) * 100, as an interval."""
    o, n = _bare(old), _bare(new)
    if o.low <= 0:
        raise Unverifiable("the old figure is not positive, so a percent change is undefined")
    ratio = n / o
    return Measured(ratio.value * 100 - 100, ratio.low * 100 - 100, ratio.high * 100 - 100, "%")


def pct_of_change(delta, new, direction: float = 1.0) -> Measured:
    """'rose D, or X pct, to A': the old figure is A - D (A + D after a fall), X = D / old."""
    d, n = _bare(delta), _bare(new)
    old = n - d if direction > 0 else n + d
    if old.low <= 0:
        raise Unverifiable("the change is larger than the figure it leads to")
    share = d / old
    return Measured(share.value * 100, share.low * 100, share.high * 100, "%")


def pp_change(old, new) -> Measured:
    """The change between two percents in percentage points."""
    if not all(isinstance(q, Quantity) and q.kind is QuantityKind.PERCENT for q in (old, new)):
        raise Unverifiable("percentage points are a change between two percents")
    m = _bare(new) - _bare(old)
    return Measured(m.value, m.low, m.high, "pp")


def roughly(x, target: float, within: float = 0.25) -> bool:
    """x is within `within` (a fraction) of target: for word multiples ("doubled"),
    which writers use loosely ("more than doubled", "nearly tripled")."""
    m = as_measured(x)
    return m.low <= target * (1 + within) and target * (1 - within) <= m.high


_WORD_MULTIPLES = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}


def word_multiple(word) -> float:
    """'doubled' -> 2, 'tripled' -> 3, 'halved' -> 0.5."""
    text = str(word if not isinstance(word, (tuple, list)) else " ".join(map(str, word))).lower()
    for stem, factor in _WORD_MULTIPLES.items():
        if stem in text:
            return factor
    raise Unverifiable(f"{text!r} is not a multiple")


def share(part, whole) -> Measured:
    """part / whole as a percent."""
    w = _bare(whole)
    if w.low <= 0:
        raise Unverifiable("the whole is not positive")
    ratio = _bare(part) / w
    return Measured(ratio.value * 100, ratio.low * 100, ratio.high * 100, "%")


def multiple(old, new) -> Measured:
    """new / old: 'doubled' is 2, 'tripled' 3, 'halved' 0.5."""
    o = _bare(old)
    if o.low <= 0:
        raise Unverifiable("the old figure is not positive")
    return _bare(new) / o


def total(parts) -> Measured:
    """The sum of the parts, unit-free (the rule has already asked `all_comparable`)."""
    items = [_bare(p) for p in _many(parts)]
    if not items:
        raise Unverifiable("nothing to add up")
    result = items[0]
    for item in items[1:]:
        result = result + item
    return result


def coverage(parts, whole) -> float:
    """How much of the whole the parts add up to (1.0 = all of it), by central values."""
    w = as_measured(whole).value
    if w <= 0:
        raise Unverifiable("the total is not positive")
    return sum(as_measured(p).value for p in _many(parts)) / w


def grim_consistent(pct, n) -> bool:
    """'X% of N people': some whole number k of N must give X% within its stated rounding."""
    p = as_measured(pct)
    size = as_measured(n).value
    if size != int(size) or not 0 < size <= 10_000:
        raise Unverifiable("the group size is not a whole number that can be checked")
    low_k = max(0, int(p.low / 100 * size) - 1)
    high_k = int(p.high / 100 * size) + 1
    return any(p.low <= 100 * k / size <= p.high for k in range(low_k, high_k + 1))


def convert(q, unit: str) -> Measured:
    """A stated measure expressed in another unit, keeping its interval."""
    if not isinstance(q, Quantity) or not q.unit:
        raise Unverifiable("the figure has no unit to convert")
    if q.unit == unit:
        return as_measured(q)
    factor = CONVERSIONS.get((q.unit, unit))
    if factor is None:
        inverse = CONVERSIONS.get((unit, q.unit))
        if inverse is None:
            raise Unverifiable(f"no conversion from {q.unit} to {unit}")
        factor = 1.0 / inverse
    m = _bare(q)
    return Measured(m.value * factor, m.low * factor, m.high * factor, unit)


def _many(values) -> tuple:
    if isinstance(values, (tuple, list)):
        return tuple(values)
    return (values,)


FUNCTIONS: dict[str, Callable] = {
    "comparable": comparable,
    "all_comparable": all_comparable,
    "plausible_pair": plausible_pair,
    "pct_change": pct_change,
    "pct_of_change": pct_of_change,
    "share": share,
    "pp_change": pp_change,
    "roughly": roughly,
    "word_multiple": word_multiple,
    "multiple": multiple,
    "total": total,
    "coverage": coverage,
    "grim_consistent": grim_consistent,
    "convert": convert,
}
