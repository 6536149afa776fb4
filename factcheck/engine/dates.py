"""Date and age functions for rule conditions (kinds `date` and `age`).

Every function takes facts as the rules capture them (DateRef, a word, the
publication date) and either answers or raises Unverifiable with the reason,
so a claim the article does not pin down is never reported inconsistent.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from factcheck.dsl.expr import context_function
from factcheck.engine.values import Unverifiable
from factcheck.extract import datelinks
from factcheck.extract.dategrammar import parse_date_at
from factcheck.extract.datewords import MONTH_NAMES, WEEKDAY_NAMES, count_from_words, ordinal_from_words
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


def states_weekday_and_day(d) -> bool:
    """A date that states both a weekday and a day of the month ("Tuesday, April 13")."""
    return (isinstance(d, DateRef) and d.weekday is not None and d.weekday_span is not None
            and d.granularity is Granularity.DAY and any(ch.isdigit() for ch in d.text))


def weekday_matches(d, published=None) -> bool:
    """Whether the stated weekday is the date's weekday.

    When the year is not written it was taken nearest the publication date.
    If the date then lies more than four months from publication and the
    weekday fits the year before or after, the text may be right and the
    guess wrong: unverifiable rather than inconsistent."""
    if not states_weekday_and_day(d):
        raise Unverifiable("no weekday stated with a day")
    if d.date is None:
        raise Unverifiable(f"{d.text!r} has no calendar date" + (f" ({d.problem})" if d.problem else ""))
    if d.date.weekday() == d.weekday:
        return True
    if not d.year_stated:
        far = published is None or abs((d.date - published).days) > 120
        for year in (d.date.year - 1, d.date.year + 1):
            try:
                other = d.date.replace(year=year)
            except ValueError:
                continue
            if other.weekday() == d.weekday and far:
                raise Unverifiable(f"the weekday fits {other.isoformat()}: the year is not written")
    return False


def weekday_name_of(d) -> str:
    """The name of the weekday a date reference states ("Tuesday")."""
    if d is None or getattr(d, "weekday", None) is None:
        raise Unverifiable("no weekday")
    return WEEKDAY_NAMES[d.weekday]


def is_impossible(d) -> bool:
    """The extractor found the date does not exist (February 30, 2023-02-29)."""
    return isinstance(d, DateRef) and d.problem == "impossible"


def impossible_reason(d) -> str:
    """Why a stated date does not exist: "April has 30 days"."""
    found = parse_date_at(getattr(d, "text", ""))
    month, year = (found[0].month, found[0].year) if found else (None, None)
    if month is None or not 1 <= month <= 12:
        return "no such date" if month is None else f"there is no month {month}"
    if month == 2:
        return f"February {year} has {29 if calendar.isleap(year) else 28} days" if year else \
            "February has at most 29 days"
    return f"{MONTH_NAMES[month - 1]} has {calendar.monthrange(2001, month)[1]} days"


def _bounds(d) -> tuple[dt.date, dt.date]:
    """The first and last day a date reference covers."""
    if not isinstance(d, DateRef) or d.value is None:
        raise Unverifiable(f"{getattr(d, 'text', d)!r} has no calendar value")
    parts = [int(p) for p in d.value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def wholly_before(d, published) -> bool:
    """The whole of the date lies before the publication date."""
    if not isinstance(published, dt.date):
        raise Unverifiable("no publication date")
    return _bounds(d)[1] < published


def wholly_after(d, published) -> bool:
    """The whole of the date lies after the publication date."""
    if not isinstance(published, dt.date):
        raise Unverifiable("no publication date")
    return _bounds(d)[0] > published


def before(a, b) -> bool:
    """Whether date a ends before date b starts (both must have calendar values)."""
    return _bounds(a)[1] < _bounds(b)[0]


def interval_matches(a, n, unit, direction, b) -> bool:
    """Whether day a is n days or weeks before/after day b, as stated ("on May 3, two days
    after the May 1 vote").  Weeks are loose in news copy: three days either way."""
    if a is None or b is None or getattr(a, "date", None) is None or getattr(b, "date", None) is None:
        raise Unverifiable("both dates must be known to the day")
    count = number_of(n)
    step, slack = (7, 3) if _text(unit).startswith("week") else (1, 0)
    gap = (b.date - a.date).days if _text(direction) == "before" else (a.date - b.date).days
    return abs(gap - count * step) <= slack


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


def from_publication(d, published) -> str:
    """How a resolved relative date stands to the publication date, for messages:
    'the day of publication', '1 day before publication', 'the month before publication'."""
    if d is None or published is None or d.value is None:
        raise Unverifiable("the date is not resolved")
    if d.date is not None:
        days = (d.date - published).days
        if days == 0:
            return "the day of publication"
        unit = "day" if abs(days) == 1 else "days"
        return f"{abs(days)} {unit} {'before' if days < 0 else 'after'} publication"
    year, month = int(d.value[:4]), int(d.value[5:7]) if len(d.value) >= 7 else None
    if month is not None:
        months = (year - published.year) * 12 + month - published.month
        if months == 0:
            return "the month of publication"
        return f"{abs(months)} month{'s' if abs(months) != 1 else ''} {'before' if months < 0 else 'after'} publication"
    years = year - published.year
    if years == 0:
        return "the year of publication"
    return f"{abs(years)} year{'s' if abs(years) != 1 else ''} {'before' if years < 0 else 'after'} publication"


_DEICTIC = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                      r"\w+ days? ago|\w+ weeks? ago)\b", re.I)
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?", re.I)


def is_deictic(d) -> bool:
    """A day named only relative to the publication date ('on Wednesday', 'yesterday',
    'three days ago'), with no month or year written: the references a held or
    re-dated story gets wrong."""
    text = getattr(d, "text", "") or ""
    return bool(_DEICTIC.search(text)) and not _MONTH_NAME.search(text) and not re.search(r"\d{4}", text)


def tense_of(d) -> str:
    """' (future tense)' or ' (past tense)' when the clause's tense is known, for messages."""
    tense = getattr(d, "tense", None)
    return f" ({tense} tense)" if tense in ("past", "future") else ""


FUNCTIONS: dict[str, Callable] = {
    "from_publication": from_publication, "tense_of": tense_of, "is_deictic": is_deictic,
    "number_of": number_of, "ordinal_of": ordinal_of, "is_ordinal": is_ordinal,
    "ordinal_words": ordinal_words, "ordinal_name": ordinal_name, "year_of": year_of,
    "years_between": years_between, "years_between_match": years_between_match,
    "age_matches_birth": age_matches_birth, "anniversary_matches": anniversary_matches,
    "states_weekday_and_day": states_weekday_and_day, "weekday_matches": weekday_matches,
    "weekday_name_of": weekday_name_of, "is_impossible": is_impossible,
    "impossible_reason": impossible_reason, "wholly_before": wholly_before,
    "wholly_after": wholly_after, "before": before, "interval_matches": interval_matches,
    "other_date_in_sentence": other_date_in_sentence,
    "is_years_ago": is_years_ago, "years_ago_count": years_ago_count, "lone_nearby_year": lone_nearby_year,
    "since_year_nearby": since_year_nearby, "lone_year_around": lone_year_around,
    "range_end_from": range_end_from, "range_years_match": range_years_match,
    "decades_match": decades_match, "year_just_before": year_just_before, "year_in_sentence": year_in_sentence,
}
