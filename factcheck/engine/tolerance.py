"""The tolerance model: what interval a stated figure stands for.

A figure stands for every value that rounds to it: "$2.4 billion" is
[2.35, 2.45] billion, "12 pct" is [11.5, 12.5], "3,808" is [3807.5, 3808.5]
("a dozen" is exactly 12).  Hedges change the interval, for figure v with
rounding half-width p:

=====================================  ===================================
hedge                                  interval
=====================================  ===================================
(none)                                 [v - p, v + p]
about, around, roughly, some, ...      [v - w, v + w], w = max(p, 5% of v)
nearly, almost, just under, ...        [v - max(p, 10% of v), v + p]
just over, a little more than, ...     [v - p, v + max(p, 10% of v)]
more than, over, above, ...            [v - p, v + max(p, 50% of v)]
at least                               [v - p, +inf)
up to, as many as, less than, ...      [min(0, v), v + p]
=====================================  ===================================

"more than X" is bounded at 1.5 X on purpose: in news copy "more than
$2 billion" is not said of $20 billion, and an unbounded interval would
hide real errors like "1% of $21.1bn is just over $2bn".

Computed values (sums, differences, ratios, percent changes) carry the
intervals of their inputs through interval arithmetic (engine/values.py's
Measured), and `a ~= b` is true when the two intervals meet.  The engine's
values.stated_interval applies this table; `hedged_interval` here is the
reference the tests pin down.

Conversion factors are exact by definition where a definition exists (the
international yard and pound agreement of 1959; NIST Special Publication 811,
Appendix B); the rest are the NIST SP 811 values to the digits given.
"""
from __future__ import annotations

import math

AROUND = frozenset({"about", "around", "roughly", "some", "approximately", "approx.",
                    "an estimated", "estimated", "close to"})
BELOW = frozenset({"nearly", "almost", "just under", "a little less than", "slightly less than",
                   "just short of", "just below"})
JUST_ABOVE = frozenset({"just over", "a little more than", "slightly more than", "just above"})
ABOVE = frozenset({"more than", "over", "above", "greater than", "in excess of", "upwards of",
                   "well over", "well above"})
AT_LEAST = frozenset({"at least"})
AT_MOST = frozenset({"up to", "as many as", "as much as", "at most", "less than", "fewer than",
                     "under", "below", "well under", "well below"})


def hedged_interval(value: float, precision: float, hedge: str | None) -> tuple[float, float]:
    """The interval a figure `value` stated to `precision` stands for after `hedge`."""
    v, p = value, precision
    h = (hedge or "").lower()
    if h in AROUND:
        w = max(p, abs(v) * 0.05)
        return v - w, v + w
    if h in BELOW:
        return v - max(p, abs(v) * 0.1), v + p
    if h in JUST_ABOVE:
        return v - p, v + max(p, abs(v) * 0.1)
    if h in ABOVE:
        return v - p, v + max(p, abs(v) * 0.5)
    if h in AT_LEAST:
        return v - p, math.inf
    if h in AT_MOST:
        return min(0.0, v), v + p
    return v - p, v + p


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Tolerance-aware equality of two intervals: they meet."""
    return a[0] <= b[1] and b[0] <= a[1]


def interval_evidence(value: float, interval: tuple[float, float], unit: str | None = None) -> dict:
    """A JSON-able record of a figure and the interval it stands for."""
    def finite(x: float):
        return x if math.isfinite(x) else None
    return {"value": value, "interval": [finite(interval[0]), finite(interval[1])], "unit": unit}


# (from unit, to unit) -> factor; the reverse direction is 1 / factor.
CONVERSIONS: dict[tuple[str, str], float] = {
    ("ft", "m"): 0.3048,                    # exact (1959 agreement)
    ("in", "cm"): 2.54,                     # exact
    ("yd", "m"): 0.9144,                    # exact
    ("mi", "km"): 1.609344,                 # exact
    ("mph", "km/h"): 1.609344,              # exact
    ("sq ft", "sq m"): 0.09290304,          # exact (0.3048 squared)
    ("sq mi", "sq km"): 2.589988110336,     # exact (1.609344 squared)
    ("acres", "ha"): 0.40468564224,         # exact (NIST SP 811)
    ("acres", "sq m"): 4046.8564224,        # exact
    ("sq km", "ha"): 100.0,                 # exact
    ("lb", "kg"): 0.45359237,               # exact (1959 agreement)
    ("oz", "g"): 28.349523125,              # exact (avoirdupois)
    ("tons", "tonnes"): 0.90718474,         # short ton, exact
    ("gal", "l"): 3.785411784,              # US gallon, exact
    ("km", "m"): 1000.0,
    ("cm", "mm"): 10.0,
}
