"""Date functions for rule conditions (kind `date`): weekdays, impossible dates,
relative dates against the publication date.  The age functions are in
engine/ages.py; FUNCTIONS here offers both, as the rules have always seen them.

Every function takes facts as the rules capture them (DateRef, a word, the
publication date) and either answers or raises Unverifiable with the reason,
so a claim the article does not pin down is never reported inconsistent.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from factcheck.engine import ages
from factcheck.engine.ages import _text, number_of
from factcheck.engine.values import Unverifiable
from factcheck.extract.dategrammar import parse_date_at
from factcheck.extract.datewords import MONTH_NAMES, WEEKDAY_NAMES
from factcheck.model.facts import DateRef, Granularity


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


def span_matches(n, unit, a, b) -> bool:
    """Whether "N days (weeks)" fits the span from day a to day b ("lasted 12 days, from
    May 1 to May 12"): counted with both ends (12) or from one to the other (11).  Weeks
    are loose in news copy: three days either way."""
    if a is None or b is None or getattr(a, "date", None) is None or getattr(b, "date", None) is None:
        raise Unverifiable("both dates must be known to the day")
    gap = (b.date - a.date).days
    if gap < 0:
        raise Unverifiable("the later date comes first")
    count = number_of(n)
    if _text(unit).startswith("week"):
        return abs(gap - count * 7) <= 3
    return count in (gap, gap + 1)


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
                      r"\w+ days? ago|\w+ weeks? ago)\b", re.IGNORECASE)
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE)


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
    **ages.FUNCTIONS,
    "from_publication": from_publication, "tense_of": tense_of, "is_deictic": is_deictic,
    "states_weekday_and_day": states_weekday_and_day, "weekday_matches": weekday_matches,
    "weekday_name_of": weekday_name_of, "is_impossible": is_impossible,
    "impossible_reason": impossible_reason, "wholly_before": wholly_before,
    "wholly_after": wholly_after, "before": before, "interval_matches": interval_matches,
    "span_matches": span_matches,
}
