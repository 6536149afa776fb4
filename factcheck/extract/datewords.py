"""Word tables the date grammar and the resolver share: month and weekday names,
number words, units of elapsed time."""
from __future__ import annotations

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
# Abbreviations news style uses; "Sept" is AP style, "Sep" everywhere else.
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
MONTHS.update(MONTH_ABBREVIATIONS)

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Abbreviated weekdays are only trusted next to a date: alone, "Sun", "Sat" and
# "Wed" are more often a newspaper, a verb or a name.
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
WEEKDAYS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}
WEEKDAYS_ANY = dict(WEEKDAYS, **WEEKDAY_ABBREVIATIONS)

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def regex_alternation(words) -> str:
    """A regex alternation that tries longer words first ("September" before "Sep")."""
    return "|".join(sorted(set(words), key=len, reverse=True))
