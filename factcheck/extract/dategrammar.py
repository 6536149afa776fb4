"""Reading one date expression: `parse_date_at(window, start)` -> (DateParse, start, end).

The commonest expressions ("Tuesday", "1987", "last year") are read here by
regular expressions; everything else goes to the pyparsing grammar in
dategrammar_pp (its BNF is there), imported and built the first time it is
needed.  A shortcut answers only where the grammar would give the same reading.
"""
from __future__ import annotations

import re

import attrs

from factcheck.extract.datewords import (
    MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, RELATIVE_DAYS, WEEKDAYS, regex_alternation,
)


@attrs.frozen
class DateParse:
    """What a date expression states, before resolution.  Offsets are relative to the window."""

    form: str                         # calendar | weekday | relday | relunit | ago | month | year | decade
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    weekday_loc: tuple[int, int] | None = None
    shift: int = 0                    # relday / relunit / ago / relative month: units from the anchor
    unit: str | None = None           # day | week | month | year
    numeric: bool = False             # written 4/13/2022: month and day order is a convention
    direction: str | None = None      # last | next | this | None: how a weekday or month is anchored


# How far "last", "next", "this" move from the anchor, in units.
SHIFTS = {"last": -1, "next": 1, "this": 0, "the current": 0, "the": 0}


# Tokens the grammar (dategrammar_pp) and the shortcuts below share, so that both read them
# alike.  Months are matched case-insensitively there and then must be capitalised.
MONTH_PATTERN = (rf"(?i)(?:{regex_alternation(name.lower() for name in MONTH_NAMES)})(?![\w-])"
                 rf"|(?:{regex_alternation(MONTH_ABBREVIATIONS)})(?![\w-])\.?")
DAY_PATTERN = (r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\w|[:.,]\d)"
               r"(?!\s*(?:%|pct\b|percent\b|per cent\b|mln\b|million\b|billion\b|bln\b|dlrs\b|cents?\b|points?\b))")
YEAR_PATTERN = r"(?:1\d{3}|20\d{2}|2100)(?![\w]|[.,]\d)"

# Most date expressions are one word ("Tuesday", "1987", "in May", "yesterday").
# pyparsing costs tens of microseconds a call, so a word that nothing after it
# can extend is read here directly; everything longer goes to the grammar.
_SINGLE_YEAR = re.compile(r"(?:1\d{3}|20\d{2}|2100)(?!\w|[.,]\d)")
_SINGLE_WEEKDAY = re.compile(rf"(?:{regex_alternation(n.capitalize() for n in WEEKDAYS)}|"
                             rf"{regex_alternation(n.upper() for n in WEEKDAYS)})(?![\w-])")
_SINGLE_MONTH = re.compile(rf"(?:{regex_alternation(n for n in MONTH_NAMES)}|"
                           rf"{regex_alternation(n.upper() for n in MONTH_NAMES)})(?![\w-])")
_SINGLE_RELDAY = re.compile(r"(?i:today|yesterday|tomorrow)(?![\w-])")
# What may follow a word for the grammar to read more: a date, a weekday, a year, brackets.
_EXTENDS = re.compile(r"\.?\s*[,(]?\s*(?:\d|\(|of\b|last\b|next\b|this\b|[A-Z][a-z]{2})")


# "last year", "this week", "earlier this month": the commonest expressions the grammar
# reads.  For a window that starts exactly so (one space between words, these spellings),
# every alternative of _ANY before _RELUNIT fails at its first or second word (none of
# these words is a month, a weekday, a digit or a relative day, and a direction word must
# be followed by a weekday there), and _RELUNIT's first form reads it; the edge word only
# moves the start of the direction.  Anything else goes to the grammar.
_SIMPLE_RELUNIT = re.compile(
    r"(?:(?:[Ee]arl(?:y|ier)|[Ll]ate(?:r)?) )?(?P<direction>[Tt]his|[Ll]ast|[Nn]ext) "
    r"(?P<unit>week|month|year)(?![\w-])")


def _simple_relunit(window: str) -> tuple[DateParse, int, int] | None:
    m = _SIMPLE_RELUNIT.match(window)
    if m is None:
        return None
    return DateParse("relunit", shift=SHIFTS[m.group("direction").lower()], unit=m.group("unit")), 0, m.end()


def _ends_there(window: str, end: int, goes_on: re.Pattern = _EXTENDS) -> bool:
    """Whether nothing after a full month or weekday name at window[:end] can extend it.
    A stop right after the name ends it ("on Wednesday. The ..."): the grammar only lets an
    abbreviation take a stop, and no alternative goes on past one."""
    return window.startswith(".", end) or not goes_on.match(window, end)


# After a weekday the grammar reads on only into a date: "(", a digit, or a month word
# (every month name and abbreviation starts with one of these, in any case), after an
# optional comma.  "Tuesday, Obama said" is a weekday alone.
_WEEKDAY_GOES_ON = re.compile(r"\s*[,(]?\s*(?:\d|\(|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")

# After a full month name the grammar reads on only into a day or a year (digits), or
# "this/last/next year" (any case) with an optional "of".  "August Dubai" is a month alone.
_MONTH_GOES_ON = re.compile(r"\s*[,(]?\s*(?:\d|\(|(?i:of|last|next|this)\b)")

# "March 30", "Oct. 21, 1987", "December 1986": _MONTH_DAY, then _MONTH_YEAR, as the
# grammar tries them for a window that starts with a month.  Only capitalised standard
# spellings (the grammar takes any case, then refuses lower case); the month, day and year
# are the grammar's own patterns, matched whole (atomic groups: pyparsing does not
# backtrack into a token); between tokens, pyparsing's white space.
_GAP = r"[ \t\n\r]*"
_MONTH_CAPITALISED = (rf"(?:{regex_alternation(MONTH_NAMES)})(?![\w-])"
                      rf"|(?:{regex_alternation(a.capitalize() for a in MONTH_ABBREVIATIONS)})(?![\w-])\.?")
_MONTH_DAY_OR_YEAR = re.compile(
    rf"(?P<month>(?>{_MONTH_CAPITALISED}))"
    rf"(?:{_GAP}(?P<day>(?>{DAY_PATTERN}))(?:{_GAP},?{_GAP}(?P<year>(?>{YEAR_PATTERN})))?"
    rf"|{_GAP}(?:,|(?i:of)(?![\w-]))?{_GAP}(?P<year_only>(?>{YEAR_PATTERN})))")
# What _DATE_WEEKDAY reads after a date: "(Tuesday)", "(a Tuesday)", ", a Tuesday".
_WEEKDAY_AFTER = re.compile(_GAP + r"(?:\(|,[ \t\n\r]*[Aa][ \t\n\r]+[A-Z])")


def _month_day_or_year(window: str) -> tuple[DateParse, int, int] | None:
    m = _MONTH_DAY_OR_YEAR.match(window)
    if m is None:
        return None
    month = MONTHS[m.group("month").rstrip(".").lower()]
    if m.group("day") is None:
        return DateParse("calendar", year=int(m.group("year_only")), month=month), 0, m.end()
    if _WEEKDAY_AFTER.match(window, m.end()):
        return None                      # "March 3 (Tuesday)", "March 3, a Tuesday": _DATE_WEEKDAY's to read
    year = m.group("year")
    return (DateParse("calendar", year=int(year) if year else None, month=month,
                      day=int(m.group("day").rstrip("stndrh"))), 0, m.end())


def _single_word(window: str, start: str) -> tuple[DateParse, int, int] | None:
    if start == "year":
        m = _SINGLE_YEAR.match(window)
        return (DateParse("year", year=int(m.group())), 0, m.end()) if m else None
    if start == "weekday":
        m = _SINGLE_WEEKDAY.match(window)
        if m and _ends_there(window, m.end(), _WEEKDAY_GOES_ON):
            return DateParse("weekday", weekday=WEEKDAYS[m.group().lower()], weekday_loc=(0, m.end())), 0, m.end()
    if start == "month":
        m = _SINGLE_MONTH.match(window)
        if m and _ends_there(window, m.end(), _MONTH_GOES_ON):
            return DateParse("month", month=MONTHS[m.group().lower()]), 0, m.end()
        return _month_day_or_year(window)
    if start == "any":
        m = _SINGLE_RELDAY.match(window)
        if m and not _EXTENDS.match(window, m.end()):
            return DateParse("relday", shift=RELATIVE_DAYS[m.group().lower()], unit="day"), 0, m.end()
        return _simple_relunit(window)
    return None


def parse_date_at(window: str, start: str = "any") -> tuple[DateParse, int, int] | None:
    """Parse the date expression at the start of `window`: (parse, start, end) or None.

    `start` says what the window starts with ("month", "weekday", "digit",
    "year" for a plain four-digit number, or "any")."""
    single = _single_word(window, start)
    if single is not None or start == "year":
        return single
    if start in ("month", "weekday") and not window[:1].isupper():
        # Every alternative for these starts reads the month or weekday at the window's first
        # character, and _capitalised refuses it in lower case ("may", "sat").
        return None
    return parse_with_grammar(window, start)


def parse_with_grammar(window: str, start: str = "any") -> tuple[DateParse, int, int] | None:
    """parse_date_at without its shortcuts: what the shortcuts must agree with."""
    import pyparsing as pp     # here, not at import: see dategrammar_pp

    from factcheck.extract.dategrammar_pp import GRAMMARS

    try:
        result = GRAMMARS[start].parse_string(window)
    except pp.ParseException:
        return None
    begin, tokens, end = result
    # pyparsing skips white space before trying an optional tail that then fails.
    while end > begin and window[end - 1].isspace():
        end -= 1
    return tokens[0], begin, end
