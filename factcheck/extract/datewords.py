"""Word tables the date grammar, the resolver and the date rules share: month and
weekday names, number words and ordinals (and reading them: "thirty-five", "fiftieth")."""
from __future__ import annotations

import re

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

UNITS = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                 "eighteenth": 18, "nineteenth": 19}
ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}


def count_from_words(text: str) -> int | None:
    """A whole number as news writes a count: "35", "seven", "thirty-five", "Twenty five"."""
    text = text.strip().lower().replace("\u2010", "-")
    if re.fullmatch(r"\d{1,3}", text):
        return int(text)
    parts = re.split(r"[\s-]+", text)
    if len(parts) == 1 and parts[0] in UNITS:
        return UNITS[parts[0]]
    if parts and parts[0] in TENS and (len(parts) == 1 or len(parts) == 2 and UNITS.get(parts[1], 10) < 10):
        return TENS[parts[0]] + (UNITS[parts[1]] if len(parts) == 2 else 0)
    return None


def ordinal_from_words(text: str) -> int | None:
    """An ordinal: "50th", "50" (the tokenizer splits off "th"), "fiftieth", "twenty-fifth"."""
    text = text.strip().lower()
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)?", text)
    if m:
        return int(m.group(1))
    parts = re.split(r"[\s-]+", text)
    if len(parts) == 1:
        return ORDINAL_UNITS.get(parts[0], ORDINAL_TENS.get(parts[0]))
    if len(parts) == 2 and parts[0] in TENS and ORDINAL_UNITS.get(parts[1], 10) < 10:
        return TENS[parts[0]] + ORDINAL_UNITS[parts[1]]
    return None


def regex_alternation(words) -> str:
    """A regex alternation that tries longer words first ("September" before "Sep")."""
    return "|".join(sorted(set(words), key=len, reverse=True))


def ascii_any_case_trie(endings: dict[str, str], depth: int = 0) -> str:
    """A regex for the words of `endings` (lower-case ASCII letters) in any ASCII case, each
    followed by its own ending pattern; written as a trie (one branch per next letter), so a
    word that is not there fails on its first letters instead of trying every word in turn."""
    branches = []
    by_letter: dict[str, dict[str, str]] = {}
    for word, ending in sorted(endings.items()):
        if len(word) == depth:
            branches.append(ending)
        else:
            by_letter.setdefault(word[depth], {})[word] = ending
    for letter, longer in by_letter.items():
        branches.append(f"[{letter}{letter.upper()}]" + ascii_any_case_trie(longer, depth + 1))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
