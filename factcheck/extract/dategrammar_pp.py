"""The date grammar (pyparsing): what a date expression looks like in news copy.

    calendar   := iso | numeric | month-day [","] [year] | day ["of"] month [[","] year]
                | month ["," | "of"] year
    with-day   := weekday [","] calendar | weekday "(" calendar ")" | calendar "(" ["a"] weekday ")"
                | calendar "," "a" weekday
    relative   := [early|late|earlier|later] (today | yesterday | tomorrow)
                | [last|next|this|coming|past|early|late] weekday
                | [earlier|later|early|late] (this|last|next) (week|month|year)
                | number (days|weeks|months|years) "ago"
                | (last|next|this|early|late|mid) month-name | month-name (last|next|this) "year"
    bare       := [early|late|mid] month-name | [early|late|mid] year | ["the"] decade

A match yields one `DateParse`, which says what the words state; turning it
into a calendar value is dateresolve's job, and deciding whether a bare month
or year is really a date (context) is datecontext's.  The grammar is only run
on windows the candidate scanner found, so it may assume it starts at a word.

Only dategrammar imports this module, the first time a window needs the grammar:
importing pyparsing and building these elements is tens of milliseconds of a
one-article run, and many articles' dates are all read by dategrammar's shortcuts.
"""
from __future__ import annotations

import attrs
import pyparsing as pp

from factcheck.extract.dategrammar import DAY_PATTERN, MONTH_PATTERN, SHIFTS, YEAR_PATTERN, DateParse
from factcheck.extract.datewords import (
    MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, NUMBER_WORDS, RELATIVE_DAYS, TENS, UNITS, WEEKDAYS, WEEKDAYS_ANY,
    regex_alternation,
)


def _word(pattern: str, name: str) -> pp.Regex:
    return pp.Regex(rf"(?i)(?:{pattern})(?![\w-])").set_name(name)


def _capitalised(s: str, loc: int, toks: pp.ParseResults) -> None:
    # "march" and "may" in lower case are a verb and a modal, not months.
    if not toks[0][:1].isupper():
        raise pp.ParseException(s, loc, "not capitalised")


_MONTH_ANY = pp.Regex(MONTH_PATTERN).set_name("month")
_MONTH_ANY.add_parse_action(_capitalised, lambda t: MONTHS[t[0].rstrip(".").lower()])
# Alone (without a day or year), only a full name or an abbreviation with its dot.
_MONTH_ALONE = pp.Regex(
    rf"(?i)(?:{regex_alternation(name.lower() for name in MONTH_NAMES)})(?![\w-])"
    rf"|(?:{regex_alternation(MONTH_ABBREVIATIONS)})\."
).set_name("month name")
_MONTH_ALONE.add_parse_action(_capitalised, lambda t: MONTHS[t[0].rstrip(".").lower()])

_DAY = pp.Regex(DAY_PATTERN).set_name("day")
_DAY.add_parse_action(lambda t: int(t[0].rstrip("stndrh")))
_YEAR = pp.Regex(YEAR_PATTERN).set_name("year")
_YEAR.add_parse_action(lambda t: int(t[0]))

_ISO = pp.Regex(r"(?P<y>[12]\d{3})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/-])").set_name("ISO date")
_ISO.add_parse_action(lambda t: DateParse("calendar", year=int(t.y), month=int(t.m), day=int(t.d)))
# 28.02.2024: the dotted form is day-first wherever it is used.
_DOTTED = pp.Regex(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>[12]\d{3})(?!\d|[.,]\d)").set_name("dotted date")
_DOTTED.add_parse_action(lambda t: DateParse("calendar", year=int(t.y), month=int(t.m), day=int(t.d)))
_NUMERIC = pp.Regex(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])").set_name("numeric date")


def _numeric(t: pp.ParseResults) -> DateParse:
    year = int(t.y)
    if len(t.y) == 2:
        year += 1900 if year >= 50 else 2000
    # month/day order is decided in dateresolve (it knows day_first); keep a/b as month/day here.
    return DateParse("calendar", year=year, month=int(t.a), day=int(t.b), numeric=True)


_NUMERIC.add_parse_action(_numeric)

_COMMA = pp.Suppress(pp.Optional(","))
_MONTH_DAY = (_MONTH_ANY("month") + _DAY("day") + pp.Optional(_COMMA + _YEAR("year"))).set_name("month day")
_DAY_MONTH = (_DAY("day") + pp.Optional(pp.Suppress(_word("of", "of"))) + _MONTH_ANY("month")
              + pp.Optional(_COMMA + _YEAR("year"))).set_name("day month")
for _expr in (_MONTH_DAY, _DAY_MONTH):
    _expr.add_parse_action(lambda t: DateParse("calendar", year=t.get("year"), month=t.month, day=t.day))
_MONTH_YEAR = (_MONTH_ANY("month") + pp.Optional(pp.Suppress(pp.Literal(",") | _word("of", "of")))
               + _YEAR("year")).set_name("month year")
_MONTH_YEAR.add_parse_action(lambda t: DateParse("calendar", year=t.year, month=t.month))

_DAY_DATE = (_ISO | _NUMERIC | _DOTTED | _MONTH_DAY | _DAY_MONTH).set_name("date with a day")
_CALENDAR = (_DAY_DATE | _MONTH_YEAR).set_name("calendar date")


@attrs.frozen
class _WeekdayWord:
    number: int
    start: int
    end: int


def _weekday_token(words: dict[str, int], name: str) -> pp.ParserElement:
    full = [w for w in words if w in WEEKDAYS]
    short = [w for w in words if w not in WEEKDAYS]
    pattern = rf"(?i)(?:{regex_alternation(full)})(?![\w-])"
    if short:
        pattern += rf"|(?:{regex_alternation(short)})(?![\w-])\.?"
    expr = pp.Regex(pattern).set_name(name)

    def action(s: str, loc: int, t: pp.ParseResults):
        _capitalised(s, loc, t)
        word = t[0]
        return _WeekdayWord(words[word.rstrip(".").lower()], loc, loc + len(word.rstrip(".")))

    return expr.add_parse_action(action)


_WEEKDAY_FULL = _weekday_token(WEEKDAYS, "weekday")
_WEEKDAY_ANY = _weekday_token(WEEKDAYS_ANY, "weekday or abbreviation")


def _with_weekday(t: pp.ParseResults) -> DateParse:
    word = next(x for x in t if isinstance(x, _WeekdayWord))
    date = next(x for x in t if isinstance(x, DateParse))
    return attrs.evolve(date, weekday=word.number, weekday_loc=(word.start, word.end))


_LPAR, _RPAR = pp.Suppress("("), pp.Suppress(")")
_DIRECTION = _word("last|next|this coming|this|coming|past", "last/next/this")
# "this Wednesday, March 6", "next Saturday, March 11": the date says which one.
_OPT_DIRECTION = pp.Suppress(pp.Optional(_DIRECTION))
_WEEKDAY_DATE = (
    (_OPT_DIRECTION + _WEEKDAY_ANY("weekday") + _LPAR + _DAY_DATE("date") + _RPAR)
    | (_OPT_DIRECTION + _WEEKDAY_ANY("weekday") + _COMMA + _DAY_DATE("date"))
).set_name("weekday and date")
# "May 21 (Tuesday)", "May 21 (a Tuesday)", and set off by a comma, "May 21, a Tuesday,".
_A_WEEKDAY = pp.Suppress(_word("a", "a"))
_DATE_WEEKDAY = (
    (_DAY_DATE("date") + _LPAR + pp.Optional(_A_WEEKDAY) + _WEEKDAY_ANY("weekday") + _RPAR)
    | (_DAY_DATE("date") + pp.Suppress(",") + _A_WEEKDAY + _WEEKDAY_FULL("weekday"))
).set_name("date (weekday)")
for _expr in (_WEEKDAY_DATE, _DATE_WEEKDAY):
    _expr.add_parse_action(_with_weekday)

_EDGE = _word("early|late|earlier|later|mid|the end of|the beginning of|the start of|the middle of", "edge")
_EDGE_MID = pp.Regex(r"(?i)mid-").set_name("mid-")
_OPT_EDGE = pp.Suppress(pp.Optional(_EDGE_MID | _EDGE))

_RELDAY = (_OPT_EDGE + _word(regex_alternation(RELATIVE_DAYS), "today/yesterday/tomorrow")).set_name("relative day")
_RELDAY.add_parse_action(lambda t: DateParse("relday", shift=RELATIVE_DAYS[t[0].lower()], unit="day"))

def _weekday_alone(t: pp.ParseResults) -> DateParse:
    word = t.weekday
    direction = (t.get("direction") or "").lower().replace("this coming", "next").replace("coming", "next")
    direction = direction.replace("past", "last") or None
    return DateParse("weekday", weekday=word.number, weekday_loc=(word.start, word.end), direction=direction)


# Abbreviations alone ("on Tues.") are accepted here; datecontext asks for a preposition.
_WEEKDAY_ALONE = (pp.Optional(_DIRECTION("direction") | pp.Suppress(_EDGE)) + _WEEKDAY_ANY("weekday")
                  ).set_name("weekday")
_WEEKDAY_ALONE.add_parse_action(_weekday_alone)

# A lower-case unit: "This Week" with both words capitalised is a programme's name.
_UNIT_WORD = pp.Regex(r"(?:week|month|year)(?![\w-])").set_name("unit")
_RELUNIT = (
    (_OPT_EDGE + pp.Optional(pp.Suppress(_word("in", "in")))
     + _word("this|last|next|the current", "this/last/next")("direction") + _UNIT_WORD("unit"))
    | (_word("earlier|later", "earlier/later") + pp.Suppress(_word("in", "in"))
       + _word("the", "the")("direction") + _UNIT_WORD("unit"))
    | (pp.Suppress(_word("the end of", "the end of")) + _word("the", "the")("direction") + _UNIT_WORD("unit"))
).set_name("this/last/next unit")
_RELUNIT.add_parse_action(lambda t: DateParse("relunit", shift=SHIFTS[t.direction.lower()], unit=t.unit))

# The year-ago comparison period of business news: "a year earlier", "year-ago results".
_YEAR_AGO = (_word(r"a\s+year\s+earlier|year-ago|year-earlier", "a year earlier")).set_name("a year earlier")
_YEAR_AGO.add_parse_action(lambda t: DateParse("ago", shift=-1, unit="year"))

_COUNT = _word(regex_alternation(NUMBER_WORDS) + r"|\d{1,3}", "number")
_AGO = (_COUNT("count") + _word("days?|weeks?|months?|years?|decades?", "unit")("unit") + _word("ago", "ago")
        ).set_name("N units ago")


def _ago(t: pp.ParseResults) -> DateParse:
    count = int(t.count) if t.count.isdigit() else NUMBER_WORDS[t.count.lower()]
    unit = t.unit.lower().rstrip("s")
    if unit == "decade":
        count, unit = count * 10, "year"
    return DateParse("ago", shift=-count, unit=unit)


_AGO.add_parse_action(_ago)

_MONTH_DIRECTED = (_word("last|next|this", "last/next/this")("direction") + _MONTH_ALONE("month")
                   ).set_name("last/next/this month-name")
_MONTH_DIRECTED.add_parse_action(lambda t: DateParse("month", month=t.month, direction=t.direction.lower()))
_MONTH_OF_YEAR = (_OPT_EDGE + _MONTH_ALONE("month") + pp.Optional(pp.Suppress(_word("of", "of")))
                  + _word("this|last|next", "this/last/next")("direction") + pp.Suppress(_word("year", "year"))
                  ).set_name("month-name last/next year")
_MONTH_OF_YEAR.add_parse_action(
    lambda t: DateParse("month", month=t.month, shift=SHIFTS[t.direction.lower()], unit="year"))
_MONTH_BARE = (_OPT_EDGE + _MONTH_ALONE("month")).set_name("month name")
_MONTH_BARE.add_parse_action(lambda t: DateParse("month", month=t.month))

_YEAR_BARE = (_OPT_EDGE + _YEAR("year")).set_name("year")
_YEAR_BARE.add_parse_action(lambda t: DateParse("year", year=t.year))
_YEAR_TENS = {w: n for w, n in UNITS.items() if n >= 10} | TENS    # ten .. ninety
_ONES = {w: n for w, n in UNITS.items() if 1 <= n <= 9 and w not in ("a", "an")}
# Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand".
_SPELLED_YEAR = pp.Regex(
    rf"(?i)(?P<century>eighteen|nineteen)[\s-]+(?P<tens>{regex_alternation(_YEAR_TENS)})"
    rf"(?:-(?P<ones>{regex_alternation(_ONES)}))?(?![\w-])"
    r"|(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?P<ones2>one|two|three|four|five|six|seven|eight|nine))?(?![\w-])"
).set_name("spelled-out year")


def _spelled_year(t: pp.ParseResults) -> DateParse:
    if t.get("century"):
        year = (1800 if t.century.lower() == "eighteen" else 1900) + _YEAR_TENS[t.tens.lower()]
        year += _ONES[t.ones.lower()] if t.get("ones") else 0
    else:
        year = 2000 + (_ONES[t.ones2.lower()] if t.get("ones2") else 0)
    return DateParse("year", year=year)


_SPELLED_YEAR.add_parse_action(_spelled_year)

_DECADE = (pp.Optional(pp.Suppress(_word("the", "the"))) + _OPT_EDGE
           + pp.Regex(r"(?:1\d|20)\d0s(?!\w)|'\d0s(?!\w)")).set_name("decade")
_DECADE.add_parse_action(lambda t: DateParse("decade"))

# Order matters (MatchFirst): the longest readings first.  The scanner knows
# what kind of word a candidate starts with, so each kind gets only the
# alternatives that can start with it (a fifth of the work of trying them all).
_ANY = (
    _WEEKDAY_DATE | _DATE_WEEKDAY | _CALENDAR | _RELDAY | _WEEKDAY_ALONE | _RELUNIT | _AGO | _YEAR_AGO
    | _SPELLED_YEAR | _MONTH_DIRECTED | _MONTH_OF_YEAR | _DECADE | _MONTH_BARE | _YEAR_BARE
)
_BY_START = {
    "month": _DATE_WEEKDAY | _CALENDAR | _MONTH_OF_YEAR | _MONTH_BARE,
    "weekday": _WEEKDAY_DATE | _WEEKDAY_ALONE,
    "digit": _DATE_WEEKDAY | _CALENDAR | _AGO | _DECADE | _YEAR_BARE,
    "year": _YEAR_BARE,
    "any": _ANY,
}
GRAMMARS = {start: pp.Located(expr).set_name("date expression").parse_with_tabs()
            for start, expr in _BY_START.items()}
