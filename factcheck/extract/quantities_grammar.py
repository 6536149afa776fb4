"""The grammar of one stated figure, as one anchored regular expression.

BNF (whitespace between tokens; case-insensitive words)::

    figure   ::= [minus] [prefix] number [scale] [unit | noun]
    minus    ::= "-" | "−" | "minus"
    prefix   ::= "$" | "US$" | "C$" | "HK$" | "£" | "€" | "¥" | "USD" | "Rs" | ...
    number   ::= digits | words
    digits   ::= 1-3 digits ("," 3 digits)+ ["." digits] | digits ["." digits]
    words    ::= "twenty-five" | "a dozen" | "two-thirds" | "a third" | "half" | "three in 10" ...
    scale    ::= "thousand" | "million" | "mln" | "billion" | "bn" | "bln" | "trillion"
               | "k" | "m" | "b"            (letters only glued to the digits: "$3m")
    unit     ::= percent | points | cents | currency word | measure
    percent  ::= "%" | "pct" | ["-"] "percent" | ["-"] "per cent"   ("-" glued: "a 5-percent rise")
    measure  ::= measure word | "-" measure word      ("a 10-metre wall", "a 200-pound bag")
               | "C" | "F" | "in"                     (glued to the digits only: "40C", "6in")
    noun     ::= a lower-case word (what is counted: "shares", "members")

The grammar only says what a figure looks like; quantities.py decides what
it means (kind, unit, value) and what is not a quantity at all (years,
names, times).  It is run anchored at candidate positions found by a regex,
never scanned over a whole article, so it stays fast.
"""
from __future__ import annotations

import re

from factcheck.extract.numbers import DENOMINATORS, TENS, UNITS
from factcheck.extract.quantities_units import (
    CENT_WORDS,
    CURRENCY_WORDS,
    DOLLAR_NATIONS,
    MEASURES,
    GLUED_UNITS,
)

_WS = " \t\u00a0"


def _alternation(words) -> str:
    """Longest first, so "sq ft" wins over "ft"; spaces match any run of blanks."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


_CARDINAL = _alternation(list(UNITS) + list(TENS))
_UNIT_WORD = _alternation(UNITS)
_DENOM = _alternation(DENOMINATORS)
WORD_NUMBER = (
    rf"(?:(?:{_UNIT_WORD}|a)[- ](?:{_DENOM})\b(?=\s+of\b)"          # two-thirds of, a third of
    rf"|(?:{_UNIT_WORD})-(?:{_DENOM})\b(?=[ \t]*[.,;:)]|[ \t]*$)"     # "or one-quarter." (hyphenated only)
    rf"|(?:(?:{_CARDINAL})\s+|a\s+)?dozen\b"                           # a dozen, two dozen
    rf"|(?:{_CARDINAL})\s+(?:in|out\s+of)\s+(?:10|100|ten|(?:{_CARDINAL}))\b"  # three in 10
    rf"|half\b(?!\s+(?:a|an|the)\b)"                                 # half of, less than half
    rf"|(?:{_CARDINAL})(?:[- ](?:{_UNIT_WORD}))?(?:\s+hundred)?\b"    # twenty-five, two hundred
    rf"|(?:a|one)(?=\s+(?:hundred|thousand|million|billion|trillion)\b)(?:\s+hundred)?"
    rf")"
)

_PREFIX = r"(?:U\.S\.|US|C|A|HK|NZ|S|NT|R)\$|[$£€¥]|(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|Rs\.?)(?=\s?\d)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE_WORD = r"(?:thousand|million|billion|trillion|mln|bln|bn|mn|trn|tn)\b"
_SCALE_LETTER = r"(?<=\d)[kmb]\b"

# Percent and percentage points may be hyphenated to their figure, as compound adjectives
# are ("a 5-percent rise", "a 3-percentage-point gain"); a bare "-point" may not ("a
# 10-point plan" is not a change in points).
_PERCENT = r"%|pct\b|(?:(?<=\d)-)?(?:percent\b|per\s?cent\b)"
_POINTS = (
    r"(?:(?<=\d)-)?(?:percentage|pct|percent|per\s?cent)(?:age)?[- ]points?\b|basis\s+points?\b|bps?\b"
    r"|points?\b|pts?\b"
)
_NATION = _alternation(DOLLAR_NATIONS)
_CURRENCY = (
    rf"(?:(?:{_NATION})\s+)?(?:dlrs|dlr|dollars|dollar)\b"
    rf"|(?:{_alternation(CURRENCY_WORDS)})\b"
)
_CENTS = rf"(?:{_alternation(CENT_WORDS)})\b"
# A measure may be joined to its figure by a hyphen, as in compound adjectives ("a 10-metre
# wall", "a 200-pound bag": after a hyphen "pound" weighs, it is not money), or be one of
# the units read only glued to it ("40C", "6in").
# (The hyphen is an optional prefix of the one alternation, not a second copy of it:
# compiling the measure words twice cost 8 ms of every run's start.)
_MEASURE = (rf"(?:(?<=\d)-)?(?:{_alternation(MEASURES)}|(?<=-)pounds?)(?![\w])"
            rf"|(?-i:(?<=\d)(?:{'|'.join(GLUED_UNITS)}))(?![\w])")


def _group(name: str, pattern: str, caseless: bool = True) -> str:
    return f"(?P<{name}>{pattern})" if not caseless else f"(?P<{name}>(?i:{pattern}))"


_GAP = r"[ \t\u00a0]*"
_GAP1 = r"[ \t\u00a0]+"
# The productions above, joined into one anchored pattern: pyparsing runs it as
# a single Regex element, so a figure costs one regex match, not a parser walk
# (the whole engine must read hundreds of articles a second).
FIGURE_PATTERN = (
    _group("minus", r"[-−](?=[$£€¥]?\d)|minus\b[ \t]*") + "?"
    + _group("prefix", _PREFIX, caseless=False) + "?" + _GAP
    + "(?:" + _group("digits", _DIGITS, caseless=False) + "|" + _group("words", WORD_NUMBER) + ")"
    + "(?:" + _GAP + _group("scale", _SCALE_WORD) + "|" + _group("scale_letter", _SCALE_LETTER) + ")?"
    + "(?:" + _GAP + "(?:" + _group("points", _POINTS) + "|" + _group("percent", _PERCENT)
    + "|" + _group("cents", _CENTS) + "|" + _group("currency", _CURRENCY)
    + "|" + _group("measure", _MEASURE) + ")"
    + "|" + _GAP1 + _group("noun", r"[a-z][a-z]+(?:-[a-z]+)*\b", caseless=False) + ")?"
)


# pyparsing once ran this as a single Regex element (as_match, leave_whitespace) through
# parse_string; matching it directly gives the same match for a fraction of the cost.
# parse_string also expanded tabs to 8-column stops before matching, so a figure with a
# tab inside ("12\tpct") got an end offset past its text; the window is no longer
# expanded (the pattern's white space takes a tab as it takes a space).
_FIGURE = re.compile(FIGURE_PATTERN)


def parse_figure_at(text: str, pos: int) -> tuple[int, dict, int] | None:
    """Parse one figure starting exactly at `pos`: (start, fields, end) or None.

    `fields` maps each production that matched ("digits", "scale", "noun",
    ...) to its text.
    """
    window = text[pos:pos + 120]
    match = _FIGURE.match(window)
    if match is None:
        return None
    fields = {k: v for k, v in match.groupdict().items() if v}
    if "scale_letter" in fields:
        fields["scale"] = fields.pop("scale_letter")
    for unit in ("percent", "points"):
        if unit in fields:
            fields[unit] = fields[unit].lstrip("-")
    measure = fields.get("measure")
    if measure is not None:
        # the unit as MEASURES spells it: without the hyphen of "10-metre", "40C" as "°c"
        measure = measure.lstrip("-")
        measure = GLUED_UNITS.get(measure, measure)
        fields["measure"] = "lb" if measure.lower() in ("pound", "pounds") else measure
    return match.start() + pos, fields, match.end() + pos
