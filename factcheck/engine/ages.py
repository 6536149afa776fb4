"""Age and elapsed-years functions for rule conditions (kind `age`): counts of years,
ordinals, hedged year arithmetic, and which stated year a phrase counts from.

Every function takes facts as the rules capture them (DateRef, a word, the
publication date) and either answers or raises Unverifiable with the reason,
so a claim the article does not pin down is never reported inconsistent.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from factcheck.dsl.expr import context_function
from factcheck.engine.values import Unverifiable
from factcheck.extract import datelinks
from factcheck.extract.datewords import count_from_words, ordinal_from_words
from factcheck.model.facts import DateRef, Granularity, Quantity

# How far a hedge lets a stated count of years sit from the computed one: (below, above).
# "more than 7 years" may state fewer years than passed, "nearly 8" more; the
# words are those the numbers extractor records as Quantity.hedge.
_AROUND = ("about", "around", "roughly", "approximately", "approx.", "some", "an estimated", "estimated")
_MORE = ("more than", "over", "at least", "just over", "upwards of", "in excess of", "greater than",
         "above", "just above", "a little more than", "slightly more than")
_LESS = ("nearly", "almost", "close to", "just under", "just short of", "just below",
         "a little less than", "slightly less than")
_AT_MOST = ("less than", "fewer than", "under", "below", "up to", "at most", "well under", "well below")
_HEDGE_SLACK = {
    **{h: (2, 2) for h in _AROUND}, **{h: (2, 0) for h in _MORE}, **{h: (0, 2) for h in _LESS},
    **{h: (0, 5) for h in _AT_MOST}, "well over": (5, 0), "well above": (5, 0),
}


def _text(value) -> str:
    return str(getattr(value, "text", value) or "").strip().lower()


def number_of(word) -> int:
    """A count of years: a Quantity the numbers extractor found, or as written ("35",
    "seven", "thirty-five", "Twenty five")."""
    if isinstance(word, Quantity):
        if word.upper is not None or word.negative or word.value != int(word.value) or not 0 < word.value < 1000:
            raise Unverifiable(f"{word.text!r} is not a whole number of years")
        return int(word.value)
    n = count_from_words(_text(word))
    if n is None:
        raise Unverifiable(f"{_text(word)!r} is not a number of years")
    return n


def ordinal_of(word) -> int:
    """An anniversary's ordinal: "50th", "fiftieth", "twenty-fifth"."""
    n = ordinal_from_words(_text(word))
    if n is None:
        raise Unverifiable(f"{_text(word)!r} is not an ordinal")
    return n


def ordinal_words(first, second=None) -> str:
    """An ordinal the tokenizer split: "twenty" "-" "fifth" -> "twenty-fifth"."""
    return f"{_text(first)}-{_text(second)}" if second else _text(first)


def ordinal_name(word) -> str:
    """An ordinal as a reader writes it: "40" (the tokenizer split "40th") -> "40th"."""
    n = ordinal_of(word)
    if not _text(word).isdigit():
        return _text(word)
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def is_ordinal(word) -> bool:
    """Whether a word reads as an ordinal ("50", "fiftieth", "twenty-fifth")."""
    try:
        ordinal_of(word)
    except Unverifiable:
        return False
    return True


def year_of(value) -> int:
    """The year a date, a year or the publication date stands for."""
    if isinstance(value, dt.date):
        return value.year
    if isinstance(value, DateRef):
        if value.value and re.match(r"\d{4}", value.value):
            return int(value.value[:4])
        raise Unverifiable(f"the year of {value.text!r} is not known")
    if isinstance(value, int):
        return value
    if value is None:
        raise Unverifiable("no publication date to count from")
    raise Unverifiable(f"{_text(value)!r} is not a year")


def years_between_match(stated, start, end, hedge=None) -> bool:
    """Whether `stated` years (a word) fits the time from `start` to `end` (years, dates or the
    publication date).  An event in a year is between 0 and 12 months into it, so the
    exact count is (end - start) or one less; a hedge widens that the way it leans."""
    n = number_of(stated)
    if hedge is None and isinstance(stated, Quantity):
        hedge = stated.hedge
    span = year_of(end) - year_of(start)
    if span < 0:
        raise Unverifiable("the later date comes first")
    below, above = _HEDGE_SLACK.get(_text(hedge), (0, 0)) if hedge else (0, 0)
    return span - 1 - below <= n <= span + above


def range_years_match(stated, start, end) -> bool:
    """Whether `stated` years fits a range of years ("1973-1990", "from 1976 to 1986"): the
    difference of the years, one less (months into the first year), or one more (both
    end years counted whole, "a ten-year career, 1990-1999")."""
    n, span = number_of(stated), years_between(start, end)
    if span < 0:
        raise Unverifiable("the later year comes first")
    return span - 1 <= n <= span + 1


# How far from ten times N years "N decades" may be, by hedge: (below, above).
_DECADE_SLACK = {None: (3, 4), **{h: (5, 5) for h in _AROUND}, **{h: (1, 9) for h in _MORE},
                 **{h: (5, 0) for h in _LESS}}


def decades_match(stated, start, end) -> bool:
    """Whether "N decades" fits the years from `start` to `end`: a round figure, so a few
    years either way ("two decades" for 17 to 24 years), widened the way a hedge leans."""
    n = number_of(stated)
    hedge = _text(stated.hedge) if isinstance(stated, Quantity) and stated.hedge else None
    below, above = _DECADE_SLACK.get(hedge, (5, 9))
    span = years_between(start, end)
    return 10 * n - below <= span <= 10 * n + above


def years_between(start, end) -> int:
    """The difference of the years of two dates (or of a date and the publication date)."""
    return year_of(end) - year_of(start)


def age_matches_birth(age, born, at, hedge=None) -> bool:
    """A stated age against a birth year at a date: the birthday may not have come yet (±1)."""
    return years_between_match(age, born, at, hedge)


def anniversary_matches(ordinal, year, at) -> bool:
    """The Nth anniversary of an event in `year` falls in year + N; a story may run a few
    months ahead of it or after it, so one year either side is allowed."""
    n = ordinal_of(ordinal)
    return abs(year_of(at) - year_of(year) - n) <= 1


@context_function
def other_date_in_sentence(context, y) -> bool:
    """Whether the sentence of date `y` states another dated event (a year or a date with
    a year) that is not part of the same range ("1998-1999"): then "N years after" may
    count to that date rather than to the publication date."""
    return isinstance(y, DateRef) and datelinks.other_dated_event(context.doc, context.facts.dates, y)


def is_years_ago(d) -> bool:
    """A date written as "N years ago" (resolved by the extractor against the publication date)."""
    return (isinstance(d, DateRef) and d.relative and d.granularity is Granularity.YEAR
            and re.fullmatch(r"(?i)\S+\s+years?\s+ago", d.text) is not None)


def years_ago_count(d) -> int:
    """N of a date written "N years ago"."""
    if not is_years_ago(d):
        raise Unverifiable(f"{getattr(d, 'text', d)!r} is not 'N years ago'")
    return number_of(d.text.split()[0])


@context_function
def lone_nearby_year(context, d):
    """The one earlier year stated in the sentence before or after the one holding `d`,
    or none when there is none or several (see extract.datelinks.lone_year_nearby)."""
    return datelinks.lone_year_nearby(context.doc, context.facts.dates, d)


@context_function
def since_year_nearby(context, fact):
    """The one year after "since" in the sentence of `fact` or a neighbouring one, or none
    ("the first medal in 20 years ... not won since the 1986 worlds")."""
    span = getattr(fact, "span", None)
    return None if span is None else datelinks.since_year_nearby(context.doc, context.facts.dates, span)


@context_function
def lone_year_around(context, fact):
    """The one earlier year in the sentence of `fact` or a neighbouring one, leaving out
    asides in brackets and "since" clauses, or none (see extract.datelinks)."""
    span = getattr(fact, "span", None)
    return None if span is None else datelinks.lone_year_around(context.doc, context.facts.dates, span)


@context_function
def range_end_from(context, y):
    """The end of the one range of years that starts in y's year nearby ("his 1973-1990
    rule"), or none."""
    return datelinks.range_end_from(context.doc, context.facts.dates, y) if isinstance(y, DateRef) else None


@context_function
def year_just_before(context, fact):
    """The one year stated before `fact` in its sentence or the one before ("In 1994 it
    opened. Five years later, in 1999, ..."), or none."""
    span = getattr(fact, "span", None)
    return None if span is None else datelinks.year_just_before(context.doc, context.facts.dates, span)


@context_function
def year_in_sentence(context, fact) -> bool:
    """Whether the sentence of `fact` states a year of its own."""
    span = getattr(fact, "span", None)
    return span is not None and datelinks.year_in_sentence(context.doc, context.facts.dates, span)

@context_function
def expiry_nearby(context, fact):
    """The one date right after "expire(s|d)" near `fact`, or none (see extract.datelinks)."""
    span = getattr(fact, "span", None)
    return None if span is None else datelinks.expiry_nearby(context.doc, context.facts.dates, span)


FUNCTIONS: dict[str, Callable] = {
    "number_of": number_of, "ordinal_of": ordinal_of, "is_ordinal": is_ordinal,
    "ordinal_words": ordinal_words, "ordinal_name": ordinal_name, "year_of": year_of,
    "years_between": years_between, "years_between_match": years_between_match,
    "range_years_match": range_years_match, "decades_match": decades_match,
    "age_matches_birth": age_matches_birth, "anniversary_matches": anniversary_matches,
    "other_date_in_sentence": other_date_in_sentence,
    "is_years_ago": is_years_ago, "years_ago_count": years_ago_count, "lone_nearby_year": lone_nearby_year,
    "since_year_nearby": since_year_nearby, "lone_year_around": lone_year_around,
    "range_end_from": range_end_from, "year_just_before": year_just_before, "year_in_sentence": year_in_sentence,
    "expiry_nearby": expiry_nearby,
}
