"""Typed facts the extractors find in a Document.

All spans are in the Document's analysis text (`Document.text`); reports map
them to raw offsets.  Extractors are pure functions Document -> tuple[Fact].
"""
from __future__ import annotations

import datetime as dt
import enum

import attrs

from factcheck.model.span import Span


class QuantityKind(enum.Enum):
    MONEY = "money"          # $2.4 billion, 800 mln dlrs, £3m
    PERCENT = "percent"      # 12 pct, 30%, 4.5 per cent
    POINTS = "points"        # 2 percentage points, 91.62 points (index points)
    MEASURE = "measure"      # 8,000 sq ft, 5 miles, 3,000 tonnes
    COUNT = "count"          # 120 members, 2.4 mln shares, a dozen
    NUMBER = "number"        # a bare number with nothing to say what it counts


@attrs.frozen
class Quantity:
    """A stated amount.

    `value` is normalised (scale applied: "$2.4 billion" -> 2.4e9, "12 pct" ->
    12.0).  `precision` is half the unit of the last stated digit in the same
    normalised terms ("$2.4 billion" -> 0.05e9, "12 pct" -> 0.5, "a dozen" ->
    0), which is what the tolerance model widens a stated figure by.
    """

    span: Span
    text: str
    value: float
    kind: QuantityKind
    unit: str | None = None          # "USD", "GBP", "EUR", "JPY", "%", "pp", "km", "sq ft", ...
    precision: float = 0.0
    hedge: str | None = None         # "about", "more than", "nearly", "at least", "up to", ...
    noun: str | None = None          # what is counted: "shares", "tonnes", "bales", "members"
    upper: float | None = None       # the top of a stated range ("$3m to $5m"); value is the bottom
    negative: bool = False           # stated as a fall/loss with a minus sign or "minus"
    words: bool = False              # written in words ("two-thirds", "a dozen")
    unit_inherited: bool = False     # unit taken from an earlier figure in the sentence ("to 18 billion dlrs from 21.5 billion")


class Granularity(enum.Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"


@attrs.frozen
class DateRef:
    """A calendar reference, resolved where the text and the publication date allow.

    `value` is the resolved value as in the extract contract ("YYYY-MM-DD",
    "YYYY-MM", "YYYY") or None when it cannot be resolved (relative date with no
    publication date, impossible or ambiguous date).
    """

    span: Span
    text: str
    value: str | None
    granularity: Granularity
    date: dt.date | None = None          # set for DAY granularity when resolved
    weekday: int | None = None           # stated weekday, 0 = Monday, when the text names one
    weekday_span: Span | None = None
    year_stated: bool = False            # the year is written in the text
    relative: bool = False               # resolved against the publication date ("yesterday", "on Tuesday")
    tense: str | None = None             # "past" | "future" | None: the tense of the clause, when known
    problem: str | None = None           # "impossible" | "ambiguous" | "no-anchor" | None


@attrs.frozen
class Mention:
    """A named person (or an anonymous source) in the text, with a title where given."""

    span: Span
    name: str                            # "John Kirby"; for anonymous sources the phrase
    title: str | None = None             # "Pentagon spokesperson"
    title_span: Span | None = None
    anonymous: bool = False


@attrs.frozen
class Quote:
    """A direct quote and its attribution."""

    span: Span                           # the quote including its marks
    text: str                            # the quoted words (without marks)
    speaker: str | None = None           # resolved name where known ("John Kirby")
    speaker_span: Span | None = None     # the mention in the attribution ("Kirby", "he", "a defense official")
    cue: str | None = None               # "said", "told", "according to", ...
    cue_span: Span | None = None
    anonymous: bool = False              # "a defense official", "sources said", ...
    via: str | None = None               # secondhand: the outlet it was told to ("the Financial Times")
    continuation: bool = False           # continues the previous speaker's quote


Fact = Quantity | DateRef | Mention | Quote
