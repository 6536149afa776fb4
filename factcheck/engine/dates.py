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
from factcheck.model.facts import DateRef, Granularity, Quantity

_UNITS = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                  "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                  "eighteenth": 18, "nineteenth": 19}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                 "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_MONTH_DAYS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
# How far a hedge lets a stated count of years sit from the computed one: (below, above).
_HEDGE_SLACK = {
    "about": (2, 2), "around": (2, 2), "some": (2, 2), "roughly": (2, 2), "approximately": (2, 2),
    "nearly": (0, 2), "almost": (0, 2), "close to": (0, 2), "just under": (0, 2),
    "more than": (2, 0), "over": (2, 0), "at least": (2, 0), "just over": (2, 0),
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
    text = _text(word).replace("\u2010", "-")
    if re.fullmatch(r"\d{1,3}", text):
        return int(text)
    parts = re.split(r"[\s-]+", text)
    if len(parts) == 1 and parts[0] in _UNITS:
        return _UNITS[parts[0]]
    if parts and parts[0] in _TENS and (len(parts) == 1 or len(parts) == 2 and _UNITS.get(parts[1], 10) < 10):
        return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) == 2 else 0)
    raise Unverifiable(f"{text!r} is not a number of years")


def ordinal_of(word) -> int:
    """An anniversary's ordinal: "50th", "fiftieth", "twenty-fifth", "1st"."""
    text = _text(word)
    # The tokenizer splits "50th" into "50" and "th"; rules capture the number.
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)?", text)
    if m:
        return int(m.group(1))
    parts = re.split(r"[\s-]+", text)
    if len(parts) == 1:
        if parts[0] in _ORDINAL_UNITS:
            return _ORDINAL_UNITS[parts[0]]
        if parts[0] in _ORDINAL_TENS:
            return _ORDINAL_TENS[parts[0]]
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORDINAL_UNITS and _ORDINAL_UNITS[parts[1]] < 10:
        return _TENS[parts[0]] + _ORDINAL_UNITS[parts[1]]
    raise Unverifiable(f"{text!r} is not an ordinal")


def ordinal_words(first, second=None) -> str:
    """An ordinal the tokenizer split: "twenty" "-" "fifth" -> "twenty-fifth"."""
    return f"{_text(first)}-{_text(second)}" if second else _text(first)


def is_ordinal(word) -> bool:
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


def years_between(start, end) -> int:
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


def weekday_matches(d) -> bool:
    """Whether the stated weekday is the date's weekday.

    When the year is not written and the date lies far from the publication
    date, the year is a guess; if the weekday fits the year before or after,
    the text is not wrong, the guess may be: unverifiable."""
    if not states_weekday_and_day(d):
        raise Unverifiable("no weekday stated with a day")
    if d.date is None:
        raise Unverifiable(f"{d.text!r} has no calendar date" + (f" ({d.problem})" if d.problem else ""))
    if d.date.weekday() == d.weekday:
        return True
    if not d.year_stated:
        for year in (d.date.year - 1, d.date.year + 1):
            try:
                other = d.date.replace(year=year)
            except ValueError:
                continue
            if other.weekday() == d.weekday and abs(d.date.month - 6.5) > 4:
                # Only around the turn of the year is the other year a real reading.
                raise Unverifiable(f"the weekday fits {other.isoformat()}: the year is not written")
    return False


def weekday_name_of(d) -> str:
    if d is None or getattr(d, "weekday", None) is None:
        raise Unverifiable("no weekday")
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[d.weekday]


def is_impossible(d) -> bool:
    return isinstance(d, DateRef) and d.problem == "impossible"


def impossible_reason(d) -> str:
    """Why a stated date does not exist: "April has 30 days"."""
    m = re.search(r"(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d+)", d.text)
    m2 = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", d.text)
    if m2:
        year, month = int(m2.group(1)), int(m2.group(2))
    elif m:
        year, month = None, [x[:3].lower() for x in _MONTH_DAYS].index(m.group(1).lower()) + 1
    else:
        return "no such date"
    if not 1 <= month <= 12:
        return "there is no month " + str(month)
    name = _MONTH_DAYS[month - 1]
    if month == 2:
        if year is not None:
            return f"February {year} has {29 if calendar.isleap(year) else 28} days"
        return "February has at most 29 days"
    return f"{name} has {calendar.monthrange(2001, month)[1]} days"


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
    if not isinstance(published, dt.date):
        raise Unverifiable("no publication date")
    return _bounds(d)[0] > published


def before(a, b) -> bool:
    """Whether date a ends before date b starts (both must have calendar values)."""
    return _bounds(a)[1] < _bounds(b)[0]


@context_function
def other_date_in_sentence(context, y) -> bool:
    """Whether the sentence of date `y` states another dated event (a year or a date with
    a year) that is not part of the same range ("1998-1999"): then "N years after" may
    count to that date rather than to the publication date."""
    if not isinstance(y, DateRef):
        return False
    sentence = context.doc.sentence_at(y.span.start)
    if sentence is None:
        return False
    for d in context.facts.dates:
        if d is y or not d.year_stated or d.relative or not sentence.span.contains(d.span):
            continue
        if d.span.end >= y.span.start - 2 and d.span.start <= y.span.end + 2:
            continue  # the other end of a range
        return True
    return False


def is_years_ago(d) -> bool:
    """A date written as "N years ago" (resolved by the extractor against the publication date)."""
    return (isinstance(d, DateRef) and d.relative and d.granularity is Granularity.YEAR
            and re.fullmatch(r"(?i)\S+\s+years?\s+ago", d.text) is not None)


def years_ago_count(d) -> int:
    if not is_years_ago(d):
        raise Unverifiable(f"{getattr(d, 'text', d)!r} is not 'N years ago'")
    return number_of(d.text.split()[0])


@context_function
def lone_nearby_year(context, d):
    """The one earlier year stated in the sentence before or after the one holding `d`
    (not in its own sentence: rules with a stated relation handle that), or none when
    there is no such year or more than one: then nothing links them."""
    doc = context.doc
    sentences = doc.sentences
    at = next((i for i, s in enumerate(sentences) if s.span.start <= d.span.start < s.span.end), None)
    published = doc.published
    if at is None or published is None:
        return None
    spans = [sentences[i].span for i in (at - 1, at + 1) if 0 <= i < len(sentences)]
    found = {}
    for other in context.facts.dates:
        if other is d or other.relative or not other.year_stated or other.value is None:
            continue
        if any(span.contains(other.span) for span in spans):
            year = int(other.value[:4])
            if year < published.year:
                found.setdefault(year, other)
    return next(iter(found.values())) if len(found) == 1 else None


FUNCTIONS: dict[str, Callable] = {
    "number_of": number_of, "ordinal_of": ordinal_of, "is_ordinal": is_ordinal,
    "ordinal_words": ordinal_words, "year_of": year_of,
    "years_between": years_between, "years_between_match": years_between_match,
    "age_matches_birth": age_matches_birth, "anniversary_matches": anniversary_matches,
    "states_weekday_and_day": states_weekday_and_day, "weekday_matches": weekday_matches,
    "weekday_name_of": weekday_name_of, "is_impossible": is_impossible,
    "impossible_reason": impossible_reason, "wholly_before": wholly_before,
    "wholly_after": wholly_after, "before": before, "other_date_in_sentence": other_date_in_sentence,
    "is_years_ago": is_years_ago, "years_ago_count": years_ago_count, "lone_nearby_year": lone_nearby_year,
}
