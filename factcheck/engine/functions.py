"""The functions rule conditions may call: general builtins here, domain ones from
the kinds' modules (engine/numbers.py, dates.py, attribution.py, reference.py),
each of which exposes FUNCTIONS."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from factcheck.engine import attribution, consistency, dates, numbers, reference
from factcheck.engine.values import Measured, Unverifiable, as_measured
from factcheck.extract.datewords import WEEKDAY_NAMES




def _sum(values):
    """The total of a list of figures, with the interval their stated precision allows."""
    values = tuple(values or ())
    if not values:
        raise Unverifiable("nothing to add up")
    total = as_measured(values[0])
    for v in values[1:]:
        total = total + v
    return total


def _abs(value):
    """The absolute value of a figure (its interval folded at zero)."""
    if isinstance(value, Measured):
        if value.low >= 0:
            return value
        if value.high <= 0:
            return -value
        return Measured(abs(value.value), 0.0, max(-value.low, value.high), value.unit)
    m = as_measured(value)
    return _abs(m) if isinstance(m, Measured) else abs(m)


def _min(*values):
    """The smallest of the figures given (lists are flattened)."""
    items = _flatten(values)
    return min(items, key=lambda v: as_measured(v).value)


def _max(*values):
    """The largest of the figures given (lists are flattened)."""
    items = _flatten(values)
    return max(items, key=lambda v: as_measured(v).value)


def _flatten(values):
    out = []
    for v in values:
        if isinstance(v, (tuple, list)):
            out.extend(v)
        else:
            out.append(v)
    if not out:
        raise Unverifiable("no values")
    return out


def _count(values) -> int:
    """How many facts a repeated capture collected."""
    return len(tuple(values or ()))


def _weekday(value) -> int:
    """The weekday of a date (0 = Monday); unverifiable unless the date is known to the day."""
    date = getattr(value, "date", value)
    if not isinstance(date, dt.date):
        raise Unverifiable("the date is not known to the day")
    return date.weekday()


def _weekday_name(value) -> str:
    """The weekday's name, of a date or of a weekday number."""
    if isinstance(value, int):
        return WEEKDAY_NAMES[value % 7]
    return WEEKDAY_NAMES[_weekday(value)]


def _days_between(a, b) -> int:
    """Days from date a to date b (negative when b is earlier)."""
    da, db = getattr(a, "date", a), getattr(b, "date", b)
    if not isinstance(da, dt.date) or not isinstance(db, dt.date):
        raise Unverifiable("a date is not known to the day")
    return (db - da).days


def _value(x):
    """A figure as a measured value, e.g. to compare a plain number with `~=`."""
    return as_measured(x)


DOMAIN_MODULES = (numbers, dates, attribution, reference, consistency)

BUILTINS: dict[str, Callable] = {
    "sum": _sum, "abs": _abs, "min": _min, "max": _max, "count": _count, "value": _value,
    "weekday": _weekday, "weekday_name": _weekday_name, "days_between": _days_between,
}


def all_functions() -> dict[str, Callable]:
    functions = dict(BUILTINS)
    for module in DOMAIN_MODULES:
        functions.update(module.FUNCTIONS)
    return functions
