"""Turn what a date expression states (DateParse) into a calendar value.

Policy (why, in the order the questions come up):
- A date without a year ("Nov. 6", "in February") takes the year that puts
  it nearest the anchor (the publication date, or the dateline's date when
  there is none).  The clause's tense is not used here: news dates without a
  year sit within a few months of publication on either side, and a
  deadline in a past-tense sentence ("extended the offer to Nov. 20") is
  still ahead; measured on TimeBank, tense made the year worse.
- A bare weekday in the past tense (or with no tense marker: news reports
  what happened) is the latest such weekday on or before the anchor; the
  anchor's own weekday counts, because a Wednesday paper's "on Wednesday" is
  that day.  In the future tense it is the earliest on or after the anchor.
  "last Tuesday" is strictly before the anchor, "next Tuesday" strictly after.
- Without an anchor, anything that needs one has value None, problem "no-anchor".
- Numeric dates are month/day (US order) unless day_first; with day_first a
  date whose both parts could be the month is "ambiguous".
- Weeks and decades have no value in the extract contract (YYYY-MM-DD,
  YYYY-MM or YYYY): their value is None ("vague" for weeks).
"""
from __future__ import annotations

import calendar
import datetime as dt

import attrs

from factcheck.extract.dategrammar import DateParse
from factcheck.model.facts import Granularity


@attrs.frozen
class Resolution:
    value: str | None
    granularity: Granularity
    date: dt.date | None = None
    year_stated: bool = False
    relative: bool = False
    problem: str | None = None


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _day(date: dt.date, *, relative: bool, year_stated: bool = False) -> Resolution:
    return Resolution(date.isoformat(), Granularity.DAY, date, year_stated=year_stated, relative=relative)


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _nearest(candidates: list[dt.date], anchor: dt.date) -> dt.date:
    # On a tie, the earlier: news reports the past more often than the future.
    return min(candidates, key=lambda c: (abs((c - anchor).days), c))


def _calendar(p: DateParse, anchor: dt.date | None, day_first: bool) -> Resolution:
    month, day = p.month, p.day
    if p.numeric:
        if day_first:
            month, day = day, month
            if month <= 12 and day <= 12 and month != day:
                return Resolution(None, Granularity.DAY, year_stated=True, problem="ambiguous")
        elif month > 12 >= day:
            month, day = day, month  # only the day-first reading is a date
    if day is None:
        return Resolution(_month_value(p.year, month), Granularity.MONTH, year_stated=True)
    if p.year is not None:
        if not _valid(p.year, month, day):
            return Resolution(None, Granularity.DAY, year_stated=True, problem="impossible")
        return _day(dt.date(p.year, month, day), relative=False, year_stated=True)
    if not any(_valid(y, month, day) for y in (2000, 2001)):  # 2000 is a leap year
        return Resolution(None, Granularity.DAY, problem="impossible")
    if anchor is None:
        return Resolution(None, Granularity.DAY, relative=True, problem="no-anchor")
    candidates = [dt.date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if _valid(y, month, day)]
    if not candidates:
        # A leap day none of the nearby years holds is a slip, not a date four years off.
        return Resolution(None, Granularity.DAY, relative=True, problem="impossible")
    return _day(_nearest(candidates, anchor), relative=True)


def _weekday(p: DateParse, anchor: dt.date, tense: str | None) -> dt.date:
    back = (anchor.weekday() - p.weekday) % 7           # days back to the latest such weekday
    ahead = (p.weekday - anchor.weekday()) % 7
    if p.direction == "last":
        return anchor - dt.timedelta(days=back or 7)
    if p.direction == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if tense == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _bare_month(p: DateParse, anchor: dt.date) -> tuple[int, int]:
    if p.unit == "year":                                 # "July last year"
        return anchor.year + p.shift, p.month
    if p.direction == "this":
        return anchor.year, p.month
    if p.direction == "last":
        return (anchor.year if p.month < anchor.month else anchor.year - 1), p.month
    if p.direction == "next":
        return (anchor.year if p.month > anchor.month else anchor.year + 1), p.month
    firsts = [dt.date(y, p.month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    this_month = dt.date(anchor.year, anchor.month, 1)
    chosen = _nearest(firsts, this_month)
    return chosen.year, chosen.month


def resolve(p: DateParse, anchor: dt.date | None, tense: str | None, *, day_first: bool = False) -> Resolution:
    """The calendar value of a parsed date expression."""
    if p.form == "calendar":
        return _calendar(p, anchor, day_first)
    if p.form == "year":
        return Resolution(f"{p.year:04d}", Granularity.YEAR, year_stated=True)
    if p.form == "decade":
        return Resolution(None, Granularity.DECADE, year_stated=True)
    granularity = {"year": Granularity.YEAR, "month": Granularity.MONTH}.get(p.unit or "", Granularity.DAY)
    if p.form == "month":
        granularity = Granularity.MONTH
    if p.unit == "week":
        return Resolution(None, Granularity.DAY, relative=True, problem="vague")
    if anchor is None:
        return Resolution(None, granularity, relative=True, problem="no-anchor")
    if p.form == "weekday":
        return _day(_weekday(p, anchor, tense), relative=True)
    if p.form == "month":
        year, month = _bare_month(p, anchor)
        return Resolution(_month_value(year, month), Granularity.MONTH, relative=True)
    # relday, relunit, ago: a shift from the anchor in days, months or years.
    if p.unit == "day":
        return _day(anchor + dt.timedelta(days=p.shift), relative=True)
    if p.unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, p.shift)
        return Resolution(_month_value(year, month), Granularity.MONTH, relative=True)
    return Resolution(f"{anchor.year + p.shift:04d}", Granularity.YEAR, relative=True)
