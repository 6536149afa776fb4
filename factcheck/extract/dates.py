"""Dates in an article: find every date expression, read it with the date
grammar, resolve it against the publication date.

    extract_dates(doc, day_first=False) -> tuple[DateRef, ...]

A regex finds the places a date can start (cheap, one pass per paragraph);
the pyparsing grammar reads a short window at each; context decides whether
a bare month or year is a date; dateresolve gives the value.
"""
from __future__ import annotations

import datetime as dt
import re

from factcheck.extract.datecontext import (
    CANDIDATE, CANDIDATE_AT_DIGIT, bare_month_is_date, bare_year_is_date, clause_tense, weekday_is_name,
    abbreviated_weekday_is_date,
)
from factcheck.extract.dategrammar import DateParse, parse_date_at
from factcheck.extract.dateresolve import resolve
from factcheck.extract.datewords import MONTHS, NUMBER_WORDS, WEEKDAYS_ANY, ascii_any_case_trie, regex_alternation
from factcheck.model.document import Document
from factcheck.model.facts import DateRef
from factcheck.model.span import Span

_WINDOW = 90  # longest expression: "Wednesday (September 30, 2015)" plus white space

# "WASHINGTON, Feb 26, 2022 -" / "LONDON, March 3 (Reuters) -" at the start of the first paragraph.
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z.' ]{{1,30}})?,\s+"
    rf"(?P<date>(?i:{regex_alternation(MONTHS)})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*(?:\([^)]{{1,30}}\)\s*)?[-–—]"
)


def dateline_anchor(doc: Document) -> dt.date | None:
    """The dateline's date, when the first paragraph has one with a year."""
    if not doc.paragraphs:
        return None
    first = doc.paragraphs[0].span
    m = _DATELINE.match(doc.text, first.start, first.end)
    if not m:
        return None
    found = parse_date_at(m.group("date"))
    if found is None or found[0].year is None:
        return None
    p = found[0]
    try:
        return dt.date(p.year, p.month, p.day)
    except (TypeError, ValueError):
        return None


def _needs_context(p: DateParse, window: str) -> bool:
    # An expression that starts with its own date word ("early 1990", "last May") says it is a date.
    return p.form in ("year", "month") and p.direction is None and p.unit is None and (
        window[:1].isdigit() or window[:1].isupper() and window[:1] != "T")


def _is_date(p: DateParse, text: str, start: int, end: int, window: str) -> bool:
    if p.form == "weekday":
        w_start, w_end = p.weekday_loc          # relative to the window, which starts at `start`
        if w_end - w_start < 6 and not abbreviated_weekday_is_date(text, start + w_start):
            return False
        return not weekday_is_name(text, start)
    if not _needs_context(p, window):
        return True
    if p.form == "year":
        return bare_year_is_date(text, start, end)
    return bare_month_is_date(text, start, end)


# Words a date expression can start with; the candidate regex is only tried there.
_START_WORDS = frozenset(
    list(MONTHS) + list(WEEKDAYS_ANY) + list(NUMBER_WORDS)
    + "today yesterday tomorrow early late earlier later mid the last next this coming past in year"
      " eighteen nineteen two".split())
_WORD = re.compile(r"[A-Za-z]+|\d+|'\d")
# Common start words that seldom begin a date, each with what must follow it for CANDIDATE
# to match there: a necessary condition read off the CANDIDATE alternatives that can start
# with the word (same flags).  CANDIDATE's long alternation costs microseconds a try; these
# words are two thirds of its tries and nearly all fail.
_WHAT_MUST_FOLLOW_WORD = {
    "the": r"\s+(?:end|beginning|start|middle|current|year|\d|')",
    "a": r"\s+(?:year|day|week|month|decade)",
    "an": r"\s+(?:day|week|month|year|decade)",
    "in": r"\s+(?:this|last|next)",
    "year": r"-",
}
_WHAT_MUST_FOLLOW = {word: re.compile(f"(?i){word}{rest}") for word, rest in _WHAT_MUST_FOLLOW_WORD.items()}


# The tokens _word_starts gives, found by two regex searches instead of a Python step per
# word (most words are not start words).  Each pattern starts with one character class, so
# the regex engine skips every other character in C.  A letter token starts after a
# character that is not an ASCII letter (or at the start); it is a start word when it is one
# of them in any ASCII case (as str.lower() reads an ASCII token) and ends there, or, for the
# common ones, is followed by what must follow.  "'" before a digit starts a "'\d" token;
# a digit starts one after anything but a digit or a "'" (that "'" began a "'\d" token),
# or just after a "'\d" token.
_START_WORD_ENDINGS = {word: r"(?![A-Za-z])" for word in _START_WORDS}
_START_WORD_ENDINGS.update((word, f"(?=(?i:{rest}))") for word, rest in _WHAT_MUST_FOLLOW_WORD.items())
_START_WORD = ascii_any_case_trie(_START_WORD_ENDINGS)
_START_WORD_AFTER_ONE = re.compile(rf"[^A-Za-z]({_START_WORD})")
_START_WORD_HERE = re.compile(_START_WORD)
_DIGIT_TOKEN = re.compile(r"[\d'](?:(?<=')\d|(?<![\d']\d)(?<=\d)\d*|(?<='\d\d)\d*)")
_TOKEN_CHAR = re.compile(r"[A-Za-z\d']")


def _word_starts(text: str, start: int, end: int):
    """(start, token) for the _WORD tokens of text[start:end] a date can start at: every digit
    and "'" token, and the start words (the common ones only where what follows allows a date)."""
    for w in _WORD.finditer(text, start, end):
        word = w.group()
        if word[0].isdigit() or word[0] == "'":
            yield w.start(), word
            continue
        low = word.lower()
        if low not in _START_WORDS:
            continue
        must_follow = _WHAT_MUST_FOLLOW.get(low)
        if must_follow is not None and not must_follow.match(text, w.start(), end):
            continue
        yield w.start(), word


def _candidate_starts(text: str, start: int, end: int):
    """_word_starts(text, start, end), by regex searches.  Their look-behinds would see the
    character before `start`, which _WORD's scan does not: after a token character there,
    the scan is used."""
    if start > 0 and _TOKEN_CHAR.match(text, start - 1):
        return _word_starts(text, start, end)
    words = [(m.start(1), m.group(1)) for m in _START_WORD_AFTER_ONE.finditer(text, start, end)]
    first = _START_WORD_HERE.match(text, start, end)
    if first:
        words.insert(0, (start, first.group()))
    digits = [(m.start(), m.group()) for m in _DIGIT_TOKEN.finditer(text, start, end)]
    if not digits:
        return words
    return sorted(words + digits)


_PLAIN_YEAR = re.compile(r"\d{4}(?![-/]?\d|s\b)")


def _start_kind(word: str, text: str, pos: int) -> str:
    if word[0].isdigit():
        return "year" if _PLAIN_YEAR.match(text, pos) else "digit"
    low = word.lower()
    if low in MONTHS:
        return "month"
    if low in WEEKDAYS_ANY:
        return "weekday"
    return "digit" if word[0] == "'" else "any"


def extract_dates(doc: Document, *, day_first: bool = False) -> tuple[DateRef, ...]:
    """Every date reference in the article's paragraphs, sorted by position."""
    anchor = doc.published or dateline_anchor(doc)
    text = doc.text
    found: list[DateRef] = []
    for paragraph in doc.paragraphs:
        pos = paragraph.span.start
        for at, word in _candidate_starts(text, paragraph.span.start, paragraph.span.end):
            if at < pos:
                continue
            candidate = CANDIDATE_AT_DIGIT if word[0].isdigit() else CANDIDATE
            m = candidate.match(text, at, paragraph.span.end)
            if m is None:
                continue
            window = text[m.start():min(paragraph.span.end, m.start() + _WINDOW)]
            parsed = parse_date_at(window, _start_kind(word, text, m.start()))
            if parsed is None:
                continue
            p, rel_start, rel_end = parsed
            start, end = m.start() + rel_start, m.start() + rel_end
            if not _is_date(p, text, start, end, window[rel_start:]):
                continue
            tense = _tense(doc, start, end)
            r = resolve(p, anchor, tense, day_first=day_first)
            weekday_span = None
            if p.weekday_loc is not None:
                weekday_span = Span(m.start() + p.weekday_loc[0], m.start() + p.weekday_loc[1])
            found.append(DateRef(
                span=Span(start, end), text=text[start:end], value=r.value, granularity=r.granularity,
                date=r.date, weekday=p.weekday, weekday_span=weekday_span, year_stated=r.year_stated,
                relative=r.relative, tense=tense, problem=r.problem,
            ))
            pos = end
    return tuple(found)


_TENSE_REACH = 120  # characters either side of a date that its verb is looked for in


def _tense(doc: Document, start: int, end: int) -> str | None:
    sentence = doc.sentence_at(start)
    if sentence is None:
        return None
    s = max(sentence.span.start, start - _TENSE_REACH)
    near = doc.text[s:min(sentence.span.end, end + _TENSE_REACH)]
    return clause_tense(near, start - s, end - s)
