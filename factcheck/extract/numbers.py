"""Numerals and number words -> values with their stated precision.

A figure's precision is half the unit of its last stated digit ("2.4" ->
0.05, "3,808" -> 0.5), which is what the tolerance model widens it by.
Number words are exact ("a dozen", "two-thirds" -> precision 0): a writer who
says "two-thirds" means the fraction, not a rounded figure.
"""
from __future__ import annotations

import re

import attrs

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Denominators of spoken fractions ("a third", "two-thirds", "three quarters").
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}
GROUPS = {"dozen": 12, "score": 20}

_NUMERAL = re.compile(r"^(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<frac>\d+))?$")
_WORD_NUMBER = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
# "twenty-five", "twenty five", "a hundred", "two hundred", "ninety"
WORD_NUMBER_RE = (
    rf"(?:(?:{_WORD_NUMBER})(?:[- ](?:{'|'.join(UNITS)}))?"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:{_WORD_NUMBER})(?:-(?:{'|'.join(UNITS)}))?)?)?"
    rf"|(?:a|one)\s+hundred)"
)


@attrs.frozen
class Numeral:
    """A number as written: its value, precision, and how many decimals were stated."""

    value: float
    precision: float
    decimals: int = 0


def parse_numeral(text: str) -> Numeral | None:
    """Digits with optional thousands commas and decimals ("3,808", "2.4", ".5").

    Returns None for malformed groupings ("1,23", "12,3456"), which are not
    figures a writer would state and usually belong to lists or codes.
    """
    m = _NUMERAL.match(text.strip())
    if not m or not (m.group("int") or m.group("frac")):
        return None
    whole = (m.group("int") or "0").replace(",", "")
    frac = m.group("frac") or ""
    value = float(f"{whole}.{frac}" if frac else whole)
    decimals = len(frac)
    return Numeral(value=value, precision=0.5 * 10.0 ** -decimals, decimals=decimals)


def _cardinal(words: list[str]) -> int | None:
    """'twenty five' / 'two hundred and six' / 'a hundred' -> int, or None."""
    total = 0
    current = 0
    seen = False
    for w in words:
        if w in ("and",):
            continue
        if w in ("a",) and not seen:
            current = 1
            seen = True
        elif w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w == "hundred" and seen:
            current = (current or 1) * 100
        else:
            return None
    total += current
    return total if seen else None


def parse_number_words(text: str) -> Numeral | None:
    """Number words -> an exact Numeral (precision 0).

    Handles cardinals ("two", "twenty-five", "two hundred"), groups ("a
    dozen", "two dozen"), fractions ("half", "a third", "two-thirds", "three
    quarters") and "N in M" ("three in 10" -> 0.3). Returns None otherwise.
    """
    low = " ".join(text.lower().replace("-", " ").split())
    if not low:
        return None
    words = low.split(" ")
    in_m = re.fullmatch(r"(.+) (?:in|out of) (\d+|.+)", low)
    if in_m:
        num = _word_or_digits(in_m.group(1))
        den = _word_or_digits(in_m.group(2))
        if num is not None and den:
            return Numeral(value=num / den, precision=0.0)
        return None
    if words[-1] in GROUPS:
        head = words[:-1]
        count = 1 if head in ([], ["a"]) else _cardinal(head)
        return None if count is None else Numeral(float(count * GROUPS[words[-1]]), 0.0)
    if words[-1] in DENOMINATORS:
        den = DENOMINATORS[words[-1]]
        head = words[:-1]
        if words == ["half"] or head in ([], ["a"], ["one"]):
            return Numeral(1.0 / den, 0.0)
        num = _cardinal(head)
        return None if num is None else Numeral(num / den, 0.0)
    value = _cardinal(words)
    return None if value is None else Numeral(float(value), 0.0)


def _word_or_digits(text: str) -> float | None:
    text = text.strip()
    numeral = parse_numeral(text)
    if numeral is not None:
        return numeral.value
    value = _cardinal(text.replace("-", " ").split())
    return None if value is None else float(value)
