"""Numbers with the interval they stand for, as rule conditions compute with them.

A stated "$2.4 billion" is not the point 2.4e9 but every amount that rounds to
it, [2.35e9, 2.45e9]; sums, differences and ratios carry those intervals
through, so `computed ~= stated` asks whether the two intervals meet. That is
what keeps rounding in copy from being reported as an error.
"""
from __future__ import annotations

import math

import attrs

from factcheck.engine.tolerance import hedged_interval
from factcheck.errors import Unverifiable
from factcheck.model.facts import Quantity

__all__ = ["Measured", "Unverifiable", "as_measured", "stated_interval"]

def stated_interval(q: Quantity) -> tuple[float, float]:
    """The interval a stated figure stands for: its rounding, widened by its hedge
    (the hedge table is the tolerance model's, engine/tolerance.py)."""
    v = -q.value if q.negative else q.value
    p = q.precision
    if q.upper is not None:
        return min(v, q.upper) - p, max(v, q.upper) + p
    return hedged_interval(v, p, q.hedge)


@attrs.frozen
class Measured:
    value: float
    low: float
    high: float
    unit: str | None = None
    text: str | None = None

    RULE_FIELDS = ()

    @classmethod
    def exact(cls, value: float, unit: str | None = None) -> Measured:
        return cls(value, value, value, unit)

    @classmethod
    def of(cls, q: Quantity) -> Measured:
        low, high = stated_interval(q)
        value = -q.value if q.negative else q.value
        return cls(value, low, high, q.unit, q.text)

    def _unit_with(self, other: Measured, op: str) -> str | None:
        if self.unit and other.unit and self.unit != other.unit:
            raise Unverifiable(f"cannot {op} {self.unit} and {other.unit}")
        return self.unit or other.unit

    def __add__(self, other):
        o = as_measured(other)
        return Measured(self.value + o.value, self.low + o.low, self.high + o.high, self._unit_with(o, "add"))

    __radd__ = __add__

    def __sub__(self, other):
        o = as_measured(other)
        return Measured(self.value - o.value, self.low - o.high, self.high - o.low, self._unit_with(o, "subtract"))

    def __rsub__(self, other):
        return as_measured(other) - self

    def __neg__(self):
        return Measured(-self.value, -self.high, -self.low, self.unit)

    def __mul__(self, other):
        o = as_measured(other)
        products = [self.low * o.low, self.low * o.high, self.high * o.low, self.high * o.high]
        products = [0.0 if math.isnan(x) else x for x in products]
        unit = self.unit if not o.unit else (o.unit if not self.unit else None)
        return Measured(self.value * o.value, min(products), max(products), unit)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = as_measured(other)
        if o.low <= 0 <= o.high:
            raise Unverifiable("division by a figure that may be zero")
        quotients = [self.low / o.low, self.low / o.high, self.high / o.low, self.high / o.high]
        unit = None if self.unit == o.unit else self.unit
        return Measured(self.value / o.value, min(quotients), max(quotients), unit)

    def __rtruediv__(self, other):
        return as_measured(other) / self

    def __mod__(self, other):
        raise Unverifiable("'%' is not defined on measured figures")

    def approx_eq(self, other) -> bool:
        o = as_measured(other)
        self._unit_with(o, "compare")
        return self.low <= o.high and o.low <= self.high

    def is_zero(self) -> bool:
        return self.low <= 0 <= self.high

    def _cmp(self, other):
        return as_measured(other).value

    def __lt__(self, other):
        return self.value < self._cmp(other)

    def __le__(self, other):
        return self.value <= self._cmp(other)

    def __gt__(self, other):
        return self.value > self._cmp(other)

    def __ge__(self, other):
        return self.value >= self._cmp(other)


def as_measured(value) -> Measured:
    if isinstance(value, Measured):
        return value
    if isinstance(value, Quantity):
        return Measured.of(value)
    if isinstance(value, bool):
        raise Unverifiable("a yes/no value is not a figure")
    if isinstance(value, (int, float)):
        return Measured.exact(float(value))
    raise Unverifiable(f"{getattr(value, 'text', type(value).__name__)} is not a figure")


def coerce(value):
    """Operands of arithmetic: facts become Measured; dates, numbers and text stay as they are."""
    if isinstance(value, Quantity):
        return Measured.of(value)
    return value
