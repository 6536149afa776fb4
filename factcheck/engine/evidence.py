"""Values as users see them: in messages (render) and in JSON evidence (to_evidence)."""
from __future__ import annotations

import datetime as dt
import enum
import math

import attrs

from factcheck.engine.values import Measured
from factcheck.extract.datewords import WEEKDAY_NAMES
from factcheck.model.facts import DateRef, Mention, Quantity, Quote

_CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}


def number(x: float) -> str:
    if x is None or not math.isfinite(x):
        return "∞" if x and x > 0 else ("-∞" if x else "?")
    ax = abs(x)
    for scale, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if ax >= scale:
            return f"{x / scale:,.3f}".rstrip("0").rstrip(".") + word
    if ax >= 100 or x == int(x):
        return f"{x:,.0f}" if x == int(x) else f"{x:,.1f}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def with_unit(text: str, unit: str | None) -> str:
    if not unit:
        return text
    if unit in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[unit] + text
    if unit == "%":
        return text + "%"
    if unit == "pp":
        return text + " percentage points"
    return f"{text} {unit}"


def render(value) -> str:
    """A value in a message."""
    if value is None:
        return "unknown"
    if isinstance(value, Measured):
        if value.text:
            return value.text
        return with_unit(number(value.value), value.unit)
    if isinstance(value, (Quantity, DateRef, Quote)):
        return value.text
    if isinstance(value, Mention):
        return value.name
    if isinstance(value, dt.date):
        return f"{WEEKDAY_NAMES[value.weekday()]}, {value:%B} {value.day}, {value.year}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return number(value)
    if isinstance(value, (tuple, list)):
        return ", ".join(render(v) for v in value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def to_evidence(value):
    """A JSON-able description of a value."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Measured):
        return {"value": to_evidence(value.value), "interval": [to_evidence(value.low), to_evidence(value.high)],
                "unit": value.unit, **({"text": value.text} if value.text else {})}
    if isinstance(value, Quantity):
        m = Measured.of(value)
        out = {"text": value.text, "value": value.value, "unit": value.unit, "kind": value.kind.value,
               "interval": [to_evidence(m.low), to_evidence(m.high)]}
        if value.hedge:
            out["hedge"] = value.hedge
        if getattr(value, "unit_inherited", False):
            out["unit_inherited"] = True      # the unit was read from an earlier figure
        return out
    if isinstance(value, DateRef):
        out = {"text": value.text, "value": value.value}
        if value.weekday is not None:
            out["weekday"] = WEEKDAY_NAMES[value.weekday]
        if value.date is not None:
            out["weekday_of_date"] = WEEKDAY_NAMES[value.date.weekday()]
        if value.relative:
            out["relative"] = True
        if value.problem:
            out["problem"] = value.problem
        return out
    if isinstance(value, Quote):
        return {"text": value.text, "speaker": value.speaker, "cue": value.cue,
                "anonymous": value.anonymous, "via": value.via}
    if isinstance(value, Mention):
        return {"name": value.name, "title": value.title}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [to_evidence(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_evidence(v) for k, v in value.items()}
    if attrs.has(type(value)):
        return {k: to_evidence(v) for k, v in attrs.asdict(value, recurse=False).items()}
    if isinstance(value, enum.Enum):
        return value.value
    return str(value)
