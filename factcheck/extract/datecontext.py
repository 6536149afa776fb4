"""The words around a date: where date expressions may start (the fast scan),
whether a bare month or year is really a date, and the tense of its clause."""
from __future__ import annotations

import re

from factcheck.extract.datewords import (
    MONTH_NAMES, MONTHS, NUMBER_WORDS, WEEKDAYS, WEEKDAYS_ANY, regex_alternation,
)

_MONTH = regex_alternation(MONTHS)
_MONTH_NAME = regex_alternation(n.lower() for n in MONTH_NAMES)
_WEEKDAY = regex_alternation(WEEKDAYS)
_UNIT = r"(?:week|month|year)"
_YEAR = r"(?:1\d{3}|20\d{2}|2100)"

# Every place a date expression can start.  Cheap to run over a whole article
# (one C-level regex pass); pyparsing then reads only these windows.
CANDIDATE = re.compile(
    rf"""(?ix)
      \b(?:{_MONTH})(?![\w-])                                  # April 13 / Apr. 13 / March 1987 / in May
    | \b(?:{regex_alternation(WEEKDAYS_ANY)})\b                # Tuesday, Tue. March 3
    | \b(?:today|yesterday|tomorrow)\b
    | \b(?:early|late|earlier|later|mid|the\ (?:end|beginning|start|middle)\ of)\b
        (?=[\s-]+(?:(?:in\s+)?(?:this|last|next)\s+{_UNIT}|in\s+the\s+(?:year|month)\b|{_MONTH_NAME}|{_WEEKDAY}|today|yesterday
                    |tomorrow|{_YEAR}\b|the\s+\d{{3}}0s))
    | \b(?:last|next|this|coming|past)\b(?=\s+(?:{_UNIT}|{_MONTH_NAME}|{_WEEKDAY}|coming\s+{_WEEKDAY}))
    | \b(?:in\s+)(?=(?:this|last|next)\s+{_UNIT})
    | \bthe\s+(?=current\s+{_UNIT}|end\s+of\s+the\s+{_UNIT})
    | \b(?:a\s+year\s+earlier|year-ago|year-earlier)\b
    | \b(?:eighteen|nineteen)(?=[\s-]+(?:ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)
    | \b(?:the\s+year\s+)?two\s+thousand\b
    | \b(?:{regex_alternation(NUMBER_WORDS)}|\d{{1,3}})(?=\s+(?:day|week|month|year|decade)s?\s+ago\b)
    | \bthe(?=\s+(?:\d{{3}}0s|'\d0s)\b)
    | (?<![\w'])(?:\d{{3}}0s|'\d0s)\b                            # the 1990s, the '90s
    | \b\d{{4}}([-/])\d{{1,2}}\1\d{{1,2}}\b | \b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b | \b\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\b
    | \b\d{{1,2}}(?:st|nd|rd|th)?(?=\s+(?:of\s+)?(?:{_MONTH})(?![\w-]))   # 13 April
    | (?<![\d$£€¥#.,])\b{_YEAR}\b(?![.,]\d)                    # years (context decides)
    """
)

# CANDIDATE's alternatives that can match where the text starts with a digit, in CANDIDATE's
# order (a number of units ago, a decade, the dated forms, a day before a month, a year);
# every other alternative needs a letter or a "'" there.  At a digit, CANDIDATE.match and
# this give the same match, without trying the word alternatives first.
CANDIDATE_AT_DIGIT = re.compile(
    rf"""(?ix)
      \b\d{{1,3}}(?=\s+(?:day|week|month|year|decade)s?\s+ago\b)
    | (?<![\w'])\d{{3}}0s\b
    | \b\d{{4}}([-/])\d{{1,2}}\1\d{{1,2}}\b | \b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b | \b\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\b
    | \b\d{{1,2}}(?:st|nd|rd|th)?(?=\s+(?:of\s+)?(?:{_MONTH})(?![\w-]))
    | (?<![\d$£€¥\#.,])\b{_YEAR}\b(?![.,]\d)
    """
)

# --- bare months and years ---------------------------------------------------

# A bare year or month is a date only where a word says so: "in 1987",
# "since March", "the 2012 election", "1987's".  Elsewhere it is a figure.
_DATE_PREPOSITION = re.compile(
    r"(?i)\b(?:in|since|by|until|till|through|throughout|from|to|between|during|before|after|of"
    r"|for|fiscal|circa|early|late|mid|around|back in|as of|starting|beginning|ending|end"
    r"|spring|summer|autumn|fall|winter|year|and|or|into|both|due|predicting|until|unlike|born)[\s-]*$"
)
# A determiner, perhaps one lower-case adjective: "the 2012 election", "a bitter 2012 vote".
_THE_BEFORE = re.compile(
    r"(?:\b(?i:the|a|an|its|their|his|her|that|this|our|your)|\w(?:'s|’s|s'))\s+(?:[a-z]+\s+)?$")
_NOT_AFTER_YEAR = re.compile(
    r"""(?ix)^(?:\s*(?:-|to|and|or)\s*\d{3,4}(?![\d,.]))?\s*(?:%|
      (?:pct|percent|per\s+cent|mln|million|billion|bln|trillion|dlrs|dollars|yen|marks|francs|pounds
        |euros|cents|points|shares|tonnes|tons|barrels|bpd|ounces|people|workers|employees|jobs|units
        |vehicles|cars|homes|acres|hectares|feet|ft|metres|meters|miles|km|kilometers|kilometres|kg|lbs
        |pounds|votes|seats|members|troops|soldiers|students|hours|hrs|GMT|EST|EDT|UTC|ET|local|am|pm
        |a\.m|p\.m|times|stores|plants|sq|square|calories|words|pages|copies|rooms|beds|gallons|litres
        |liters|bales|contracts|lots|ha|mw|kw|megawatts|cases|deaths|children|patients|men|women
        |residents|families|households|customers|users|visitors|passengers|flights|ships|aircraft
        |planes|tanks|guns|rounds|days|weeks|months|years|minutes|seconds|meters?)\b)"""
)
_YEAR_NOUN_AFTER = re.compile(r"^(?:'s\b|\s*[-–]\s*(?:\d{2}|\d{4})\b)")
_YEAR_BEFORE_RANGE = re.compile(r"\b\d{4}\s*[-–]\s*$")
_NUMBER_SIGN_BEFORE = re.compile(r"(?:(?i:\bNo\.?|\bnumber)|[#$£€¥])\s*$")
_WORD_AFTER = re.compile(r"^\s+[A-Za-z]")
_MONTH_BEFORE = re.compile(rf"(?i)\b(?:{_MONTH_NAME})\s+(?:and|or|to|through)\s+$")


def bare_year_is_date(text: str, start: int, end: int) -> bool:
    """Whether the bare year text[start:end] reads as a date in its context."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    if _NUMBER_SIGN_BEFORE.search(before) or _NOT_AFTER_YEAR.match(after):
        return False
    if _YEAR_NOUN_AFTER.match(after) or _YEAR_BEFORE_RANGE.search(before):
        return True
    if _THE_BEFORE.search(before):
        # "the 2012 election", "the company's 1989 results": a determiner, the year, a word.
        return bool(_WORD_AFTER.match(after))
    return bool(_DATE_PREPOSITION.search(before))


_MONTH_CONTEXT = re.compile(
    r"(?i)\b(?:in|since|by|until|till|through|throughout|from|to|between|during|before|after|of|for"
    r"|early|late|mid|last|next|this|back in|as of|starting|beginning|ending|end|around|last month,"
    r"|each|every)[\s-]*$"
)


def bare_month_is_date(text: str, start: int, end: int) -> bool:
    """A month name alone ("in May") needs a preposition: "May" and "March" are words too."""
    before = text[max(0, start - 30):start]
    if _MONTH_CONTEXT.search(before) or _MONTH_BEFORE.search(before):
        return True
    # "a June agreement": a determiner, the month, a lower-case noun.
    return bool(re.search(r"(?i)\b(?:a|the|its|their|his|her|that|this)\s+$", before)
                and re.match(r"\s+[a-z]{3,}", text[end:end + 20]))


# Weekday names that are part of a name rather than a day: "Good Friday", "Super Tuesday".
_WEEKDAY_NAME_BEFORE = re.compile(
    r"(?:\b(?:Black|Good|Super|Ash|Cyber|Easter|Holy|Palm|Maundy|Bloody|Giving|Man|Girl|Joe|Casual|Fat)"
    r"|[A-Z][a-z]+\s+(?=$))\s*$"
)


def weekday_is_name(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start]
    return bool(re.search(r"\b(?:Black|Good|Super|Ash|Cyber|Easter|Holy|Palm|Maundy|Bloody|Giving"
                          r"|Man|Girl|Joe|Casual|Fat|Mardi)\s+$", before))


_DAY_PREPOSITION = re.compile(r"(?i)\b(?:on|by|until|till|since|from|to|through|last|next|this|early|late)\s+$")


def abbreviated_weekday_is_date(text: str, start: int) -> bool:
    """"Sun", "Sat", "Wed" and "Mon" alone are a paper, a verb, a name: an abbreviated
    weekday without a date needs a preposition before it ("on Tues.", "by Fri.")."""
    return bool(_DAY_PREPOSITION.search(text, max(0, start - 12), start))


# --- tense ---------------------------------------------------------------------

# Each verb-group pattern starts with a look-ahead for the first letters of its alternatives
# (case-insensitive, like the rest): the engine rejects other positions at once instead of
# trying every alternative there.  It only repeats what the alternatives require.
_FUTURE = re.compile(
    r"""(?ix)(?=[wsiaphe'])\b(?:
        will|shall|won't|wo\s+n't|(?<=\w)'ll
      | (?:is|are|am)\s+(?:not\s+)?(?:set|due|scheduled|slated|expected|going|planning|poised|likely|to\b)(?:\s+to)?
      | (?:plans?|planning|intends?|aims?|hopes?|expects?)\s+to
      | (?:scheduled|slated|set)\s+(?:for|to)
    )\b(?:\s+(?:not|also|then|now|likely|probably|again|formally|officially|be|have|to|soon))*(?:\s+[a-z]+)?"""
)
# Reported or conditional futures ("was expected to", "would") say nothing
# reliable about the date's side of the publication date.
_NEUTRAL = re.compile(
    r"""(?ix)(?=[wcms])\b(?:(?:was|were)\s+(?:not\s+)?(?:set|due|scheduled|slated|expected|going|planning|poised|to)
        (?:\s+to)?|would|could|might|may|should|must)\b(?:\s+(?:not|also|be|have))*(?:\s+[a-z]+)?"""
)
_IRREGULAR_PAST = frozenset((
    "said told was were had did made took gave came went met won lost fell rose broke began left sent"
    " held saw found got paid sold bought led ran spoke wrote struck fled flew became brought thought"
    " kept felt stood shot hit grew drew threw knew chose froze stole swore wore woke rode drove ate"
    " fought caught taught sought built spent lent meant dealt slid sank shrank swam sang rang"
    " arose forgave withdrew overtook undertook upheld ago"
).split())
# A perfect ("has agreed", "had not been told"), or any word a past-tense reader
# would take as a simple past: "-ed" forms and the common irregular ones.
_PAST = re.compile(r"(?i)\b(?:has|have|had)\s+(?:not\s+)?(?:been\s+)?[a-z]+\b|\b[a-z]{3,}\b")
_CLAUSE_BREAK = re.compile(r"[;:\"“”]|\s[-–—]\s")


Mark = tuple[int, int, "str | None"]


def tense_marks(sentence: str) -> list[Mark]:
    """The verb groups of a sentence that carry tense: (start, end, tense), tense None for
    reported or conditional futures.  Computed once per sentence."""
    marks: list[Mark] = []
    for regex, tense in ((_FUTURE, "future"), (_NEUTRAL, None), (_PAST, "past")):
        for m in regex.finditer(sentence):
            if tense == "past" and " " not in m.group():
                word = m.group().lower()
                if not (word.endswith("ed") or word in _IRREGULAR_PAST):
                    continue
            if not any(m.start() < e and s < m.end() for s, e, _ in marks):
                marks.append((m.start(), m.end(), tense))
    marks.sort()
    return marks


def clause_tense(sentence: str, start: int, end: int, marks: list[Mark] | None = None) -> str | None:
    """'past', 'future' or None for a date at sentence[start:end].

    The nearest verb group before the date in its clause governs it ("said on
    Tuesday", "will meet on Friday"); if there is none, the nearest after it
    ("On Friday the board will ...").  Attribution at the end ("..., he said")
    is skipped by that preference.
    """
    if marks is None:
        marks = tense_marks(sentence)
    for s, e, tense in reversed(marks):
        if e <= start:
            if not _CLAUSE_BREAK.search(sentence, e, start):
                return tense
            break
    for s, e, tense in marks:
        if s >= end:
            if not _CLAUSE_BREAK.search(sentence, end, s):
                return tense
            break
    return None
