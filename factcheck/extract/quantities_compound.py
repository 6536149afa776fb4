"""Measures stated in two units at once: "5 feet 11 inches", "6-foot-5", "7 pounds 6 ounces".

Read as two figures, the second would be taken for the whole ("11 inches (1.80 m)" is
not 1.80 m), so they become one Quantity in the smaller unit (71 inches), its span
covering both, precise to the smaller unit's last digit.
"""
from __future__ import annotations

import re

import attrs

from factcheck.model.facts import Quantity, QuantityKind
from factcheck.model.span import Span

# larger unit -> (smaller unit, how many smaller units make one larger)
_PAIRS = {"ft": ("in", 12.0), "lb": ("oz", 16.0)}
# What may stand between the two parts: "5 feet 11 inches", "6 feet, 2 inches", "6 ft and 2 in".
_BETWEEN = re.compile(r"^[ \t\u00a0]*,?[ \t\u00a0]*(?:and[ \t\u00a0]+)?$")
# "6-foot-5": the inches glued on with a hyphen and no unit of their own.
_GLUED_INCHES = re.compile(r"-(\d{1,2})(?![\w.,-])")
_POUND_WORD = re.compile(r"pounds?$", re.I)


def join_compound_measures(sentence: str, figures: list[Quantity]) -> list[Quantity]:
    """`figures` (in order, spans into `sentence`) with each two-unit measure made one."""
    out: list[Quantity] = []
    i = 0
    while i < len(figures):
        first = figures[i]
        larger = _larger_unit(first)
        second = figures[i + 1] if i + 1 < len(figures) else None
        if larger is not None and second is not None and _is_part(first, second, larger, sentence):
            smaller, per = _PAIRS[larger]
            out.append(_joined(sentence, first, first.value * per + second.value, smaller,
                               second.span.end, second.precision))
            i += 2
            continue
        if larger == "ft" and "-" in first.text:
            glued = _GLUED_INCHES.match(sentence, first.span.end)
            if glued and int(glued.group(1)) < 12:
                out.append(_joined(sentence, first, first.value * 12 + int(glued.group(1)), "in",
                                   glued.end(), 0.5))
                i += 1
                continue
        out.append(first)
        i += 1
    return out


def _larger_unit(q: Quantity) -> str | None:
    if q.upper is not None or q.negative:
        return None
    if q.kind is QuantityKind.MEASURE and q.unit in _PAIRS:
        return q.unit
    # "7 pounds 6 ounces": read as money until the ounces say otherwise
    if q.kind is QuantityKind.MONEY and q.unit == "GBP" and _POUND_WORD.search(q.text):
        return "lb"
    return None


def _is_part(first: Quantity, second: Quantity, larger: str, sentence: str) -> bool:
    smaller, per = _PAIRS[larger]
    return (second.kind is QuantityKind.MEASURE and second.unit == smaller and second.upper is None
            and not second.hedge and not second.negative and 0 <= second.value < per
            and _BETWEEN.match(sentence[first.span.end:second.span.start]) is not None)


def _joined(sentence: str, first: Quantity, value: float, unit: str, end: int, precision: float) -> Quantity:
    span = Span(first.span.start, end)
    return attrs.evolve(first, span=span, text=sentence[span.start:span.end], value=value,
                        kind=QuantityKind.MEASURE, unit=unit, precision=precision, noun=unit)
