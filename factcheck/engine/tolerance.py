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


# Every unit the engine converts: its dimension and its size in that dimension's base unit
# (metre, square metre, kilogram, litre, km/h, watt). Any two units of one dimension convert
# into each other through the base, so "in" to "mm" needs no entry of its own. The sizes
# are exact definitions: the international yard and pound (1959), NIST Special Publication
# 811 (Appendix B), the nautical mile (1852 m, International Hydrographic Conference 1929).
UNIT_SIZES: dict[str, tuple[str, float]] = {
    "mm": ("length", 0.001),
    "cm": ("length", 0.01),
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "in": ("length", 0.0254),
    "ft": ("length", 0.3048),
    "yd": ("length", 0.9144),
    "mi": ("length", 1609.344),
    "nmi": ("length", 1852.0),
    "sq m": ("area", 1.0),
    "sq km": ("area", 1e6),
    "ha": ("area", 1e4),
    "sq ft": ("area", 0.09290304),      # 0.3048 squared
    "sq mi": ("area", 2589988.110336),  # 1609.344 squared
    "acres": ("area", 4046.8564224),
    "g": ("mass", 0.001),
    "kg": ("mass", 1.0),
    "tonnes": ("mass", 1000.0),
    "lb": ("mass", 0.45359237),
    "oz": ("mass", 0.028349523125),     # avoirdupois
    "tons": ("mass", 907.18474),        # short ton (US); see TWO_SIZES
    "l": ("volume", 1.0),
    "cu m": ("volume", 1000.0),
    "cu ft": ("volume", 28.316846592),  # 0.3048 cubed
    "gal": ("volume", 3.785411784),     # US gallon; see TWO_SIZES
    "km/h": ("speed", 1.0),
    "mph": ("speed", 1.609344),
    "kn": ("speed", 1.852),
    "kW": ("power", 1e3),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
}


# Units written the same for two sizes (smaller first; UNIT_SIZES has the first, the usual
# reading): a conversion from or to them covers both, since copy does not say which. Tons
# are short (2,000 lb, US) or long (2,240 lb, UK); gallons US or imperial.
TWO_SIZES: dict[str, tuple[float, float]] = {
    "tons": (907.18474, 1016.0469088),
    "gal": (3.785411784, 4.54609),
}


def conversion_factor(source: str, target: str) -> tuple[float, float, float] | None:
    """How many `target` one `source` is: (the usual reading, the least, the most), the
    three equal unless a unit has two sizes (TWO_SIZES). None if the two do not measure
    the same thing."""
    a, b = UNIT_SIZES.get(source), UNIT_SIZES.get(target)
    if a is None or b is None or a[0] != b[0]:
        return None
    (a_low, a_high), (b_low, b_high) = (TWO_SIZES.get(source, (a[1], a[1])),
                                        TWO_SIZES.get(target, (b[1], b[1])))
    return a[1] / b[1], a_low / b_high, a_high / b_low
