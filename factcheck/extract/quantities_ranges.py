"""Stated ranges: "$3m to $5m", "3 to 5 pct", "between 10 and 12 mln", "3-5 pct".

A range is one Quantity: `value` is the bottom, `upper` the top, the span
covers both ends.  "from $3m to $5m" is a change, not a range, and so is a
figure after a change verb ("rose 3 pct to 5 pct"): those are left as two
figures for the change rules.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from factcheck.extract.quantities_units import SCALES, scale_word
from factcheck.model.facts import Quantity, QuantityKind
from factcheck.model.span import Span

_CHANGE_WORDS = {
    "from", "rose", "fell", "increased", "decreased", "gained", "lost", "climbed", "dropped",
    "declined", "jumped", "slipped", "up", "down", "grew", "rise", "fall", "added", "shed",
    "eased", "cut", "raised", "lowered", "boosted", "reduced", "by", "surged", "plunged",
    "tumbled", "soared", "advanced", "improved", "widened", "narrowed", "rising", "falling",
    "increase", "decrease", "drop", "gain", "loss", "jump", "slid", "sank", "dipped", "raise",
    "to", "was", "were", "is", "at", "or", "and", "of",
}
# A stated range spans a modest factor; "40.0 billion dlrs to 2,040.0 billion dlrs" is a
# change amount and a level, not a range.
_MAX_RANGE_FACTOR = 10.0
_TO_SEP = re.compile(r"^\s+to\s+$")
_AND_SEP = re.compile(r"^\s+and\s+$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
# (?=\d) first: the digit the match starts with, checked before the costlier look-behind.
_HYPHEN_RANGE = re.compile(r"(?=\d)(?<![\w.,$-])(\d[\d,]*(?:\.\d+)?)[-–](?=\d)")


def join_ranges(sentence: str, figures: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(figures):
        low = figures[i]
        high = figures[i + 1] if i + 1 < len(figures) else None
        if high is not None and _is_range(sentence, low, high):
            out.append(_combine(sentence, low, high))
            i += 2
            continue
        out.append(low)
        i += 1
    return out


def _is_range(sentence: str, low: Quantity, high: Quantity) -> bool:
    between = sentence[low.span.end:high.span.start]
    before = sentence[max(0, low.span.start - 80):low.span.start]     # bounded: linear in long lists
    if low.hedge and low.hedge not in ("about", "around", "roughly", "approximately", "some",
                                       "an estimated", "estimated"):
        return False
    if _AND_SEP.match(between):
        return _BETWEEN_BEFORE.search(before) is not None and _compatible(low, high)
    if not _TO_SEP.match(between):
        return False
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).lower() in _CHANGE_WORDS:
        return False
    return _compatible(low, high)


def _compatible(low: Quantity, high: Quantity) -> bool:
    bottom = low.value * _scale_of(low, high)
    if high.kind is QuantityKind.NUMBER or bottom > high.value:
        return False
    if bottom <= 0 or high.value / bottom > _MAX_RANGE_FACTOR:
        return False
    if low.kind is QuantityKind.NUMBER and not low.words:
        return True
    return low.kind is high.kind and low.unit == high.unit and low.text[:1] == high.text[:1]


def _scale_of(low: Quantity, high: Quantity) -> float:
    """'3 to 5 million': a bottom end without a scale is in the top end's scale."""
    if scale_word(low.text) is None and scale_word(high.text) is not None:
        return SCALES[scale_word(high.text)]
    return 1.0


def _combine(sentence: str, low: Quantity, high: Quantity) -> Quantity:
    scale = _scale_of(low, high)
    span = Span(low.span.start, high.span.end)
    return attrs.evolve(
        high, span=span, text=sentence[span.start:span.end], value=low.value * scale,
        upper=high.value, hedge=low.hedge or high.hedge,
        precision=max(low.precision * scale, high.precision),
    )


def hyphen_ranges(sentence: str, parse_at: Callable[[int], Quantity | None]) -> list[Quantity]:
    """'3-5 pct', '$2-3 billion': the top end must carry a unit or a scale, else it is a code."""
    found = []
    if "-" not in sentence and "–" not in sentence:
        return found                     # _HYPHEN_RANGE needs one; most sentences have neither
    for m in _HYPHEN_RANGE.finditer(sentence):
        high = parse_at(m.end())
        if high is None or high.kind is QuantityKind.NUMBER:
            continue
        try:
            low_value = float(m.group(1).replace(",", ""))
        except ValueError:
            continue
        word = scale_word(high.text)
        scale = SCALES[word] if word else 1.0
        bottom = low_value * scale
        if not 0 < bottom <= high.value or high.value / bottom > _MAX_RANGE_FACTOR:
            continue    # "1.4512-4519 dollars" is a dealer's quote shorthand, not a range
        span = Span(m.start(), high.span.end)
        found.append(attrs.evolve(high, span=span, text=sentence[span.start:span.end],
                                  value=low_value * scale, upper=high.value))
    return found
