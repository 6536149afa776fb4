"""Which stated date an elapsed-years phrase counts from, when the article does not
say it in so many words: the other dated events of a sentence, the one year in a
neighbouring sentence, the year after "since".  Pure functions of a Document and
its DateRefs; the date and age rules call them through engine/dates.py.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from factcheck.model.document import Document
from factcheck.model.facts import DateRef, Granularity
from factcheck.model.span import Span

_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[a-z]+\s+)?$")
# Words too common to show that two sentences name the same event.
_COMMON = frozenset({
    "about", "after", "again", "also", "back", "been", "before", "being", "because", "both",
    "came", "could", "during", "even", "every", "first", "from", "have", "here", "into", "just",
    "last", "like", "made", "make", "many", "more", "most", "much", "never", "only", "other",
    "over", "said", "says", "same", "since", "some", "still", "such", "than", "that", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "time", "under", "very",
    "were", "what", "when", "where", "which", "while", "will", "with", "would", "year", "years",
})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
# The other end of a range right after a year: "1973-1990", "1973 to 1990".
_RANGE_AFTER = re.compile(r"\s*(?:-|\u2013|\u2014|to|until|through)\s*$")


def _sentence_index(doc: Document, offset: int) -> int | None:
    return next((i for i, s in enumerate(doc.sentences) if s.span.start <= offset < s.span.end), None)


def _neighbours(doc: Document, offset: int, *, own: bool, reach: int = 1) -> list[Span]:
    at = _sentence_index(doc, offset)
    if at is None:
        return []
    sentences = doc.sentences
    wanted = [i for i in range(at - reach, at + reach + 1) if own or i != at]
    return [sentences[i].span for i in wanted if 0 <= i < len(sentences)]


def _after_since(doc: Document, d: DateRef) -> bool:
    return _SINCE_BEFORE.search(doc.text, max(0, d.span.start - 30), d.span.start) is not None


def _in_brackets(doc: Document, d: DateRef) -> bool:
    """A year in an aside ("(who won the 2002 cup)") names another event, not the anchor."""
    sentence = doc.sentence_at(d.span.start)
    start = sentence.span.start if sentence else 0
    before = doc.text[start:d.span.start]
    return before.rfind("(") > before.rfind(")")


def _one_earlier_year(doc: Document, dates: Iterable[DateRef]) -> DateRef | None:
    found: dict[int, DateRef] = {}
    for d in dates:
        year = int(d.value[:4])
        if doc.published is not None and year < doc.published.year:
            found.setdefault(year, d)
    return next(iter(found.values())) if len(found) == 1 else None


def _stated(d: DateRef) -> bool:
    return not d.relative and d.year_stated and d.value is not None


def other_dated_event(doc: Document, dates: Iterable[DateRef], y: DateRef) -> bool:
    """Whether y's sentence states another year or dated event, not the other end of
    y's own range ("1998-1999")."""
    sentence = doc.sentence_at(y.span.start)
    if sentence is None:
        return False
    for d in dates:
        if d is y or not _stated(d) or not sentence.span.contains(d.span):
            continue
        if d.span.end >= y.span.start - 2 and d.span.start <= y.span.end + 2:
            continue
        return True
    return False


def lone_year_nearby(doc: Document, dates: Iterable[DateRef], d: DateRef) -> DateRef | None:
    """The one year before publication stated in the sentence before or after d's (its
    own sentence is for rules with a stated relation), or None when there is none or
    several: then nothing links them.  A year right after "since" ("not won since
    2000") starts a span up to now, not an event N years ago, so it does not count."""
    if doc.published is None:
        return None
    near = _candidates(doc, dates, d.span, own=False, reach=1)
    if _one_earlier_year(doc, near) is None:
        return None
    # The one year next door is a clear anchor only if no other year stands two
    # sentences away either ("won it four years ago. Not since 2000 ... in 2012").
    found = _one_earlier_year(doc, _candidates(doc, dates, d.span, own=False, reach=2))
    return found if found is not None and names_same_event(doc, d.span, found.span) else None


def _candidates(doc: Document, dates: Iterable[DateRef], span: Span, *, own: bool, reach: int,
                keep_asides: bool = True) -> list[DateRef]:
    spans = _neighbours(doc, span.start, own=own, reach=reach)
    return [o for o in dates if _stated(o) and not o.span.overlaps(span) and any(s.contains(o.span) for s in spans)
            and not _after_since(doc, o) and (keep_asides or not _in_brackets(doc, o))]


def lone_year_around(doc: Document, dates: Iterable[DateRef], span: Span) -> DateRef | None:
    """The one year before publication stated in the sentence at `span` or the one before
    or after it, leaving out years in brackets (asides about another event) and right
    after "since"; None when there is none or several, another year stands two sentences
    away, or the year's sentence does not name the event again (see names_same_event)."""
    if doc.published is None:
        return None
    if _one_earlier_year(doc, _candidates(doc, dates, span, own=True, reach=1, keep_asides=False)) is None:
        return None
    found = _one_earlier_year(doc, _candidates(doc, dates, span, own=True, reach=2, keep_asides=False))
    return found if found is not None and names_same_event(doc, span, found.span) else None


def _content_words(text: str) -> set[str]:
    words = {w.lower().strip("'’-") for w in _WORD.findall(text)}
    return {w[:5] for w in words if w not in _COMMON}


def names_same_event(doc: Document, phrase: Span, year: Span) -> bool:
    """Whether the year's sentence shares a content word (compared on its first five
    letters: "arrived", "arrival") with the phrase's sentence or the one before it, where
    the event is usually told: "When he came to Lyon ... Five years on ..." and "I moved to
    Lyon in 2004".  "Profits in 2014 were flat" after "five years since the merger" does not."""
    at, there = _sentence_index(doc, phrase.start), _sentence_index(doc, year.start)
    if at is None or there is None:
        return False
    if at == there:
        return True
    spans = [s.span for s in doc.sentences]
    # The sentence before the phrase tells the event only when the year is not in it.
    first = at - 1 if there != at - 1 and at > 0 else at
    told = doc.text[spans[first].start:spans[at].end]
    other = doc.text[spans[there].start:spans[there].end]
    return bool(_content_words(told) & _content_words(other))


def range_end_from(doc: Document, dates: Iterable[DateRef], y: DateRef) -> DateRef | None:
    """The end of the one range of years ("1973-1990", "from 1973 to 1990") that starts in
    y's year, stated in y's sentence or a neighbouring one that names the same event;
    None when there is none, or ranges from that year end differently."""
    spans = _neighbours(doc, y.span.start, own=True)
    stated = sorted((d for d in dates if _stated(d) and any(s.contains(d.span) for s in spans)),
                    key=lambda d: d.span.start)
    ends = {}
    for first, second in pairwise(stated):
        if first.value[:4] != y.value[:4] or second.span.start - first.span.end > 9:
            continue
        if (second.value[:4] > first.value[:4] and _RANGE_AFTER.match(doc.text, first.span.end, second.span.start)
                and names_same_event(doc, y.span, first.span)):
            ends.setdefault(second.value[:4], second)
    return next(iter(ends.values())) if len(ends) == 1 else None


def since_year_nearby(doc: Document, dates: Iterable[DateRef], span: Span) -> DateRef | None:
    """The one year after "since" ("since 2001", "since the 1986 worlds") in the sentence
    at `span` or the one before or after it, or None when there is none or several."""
    if doc.published is None:
        return None
    spans = _neighbours(doc, span.start, own=True)
    near = [d for d in dates if _stated(d) and d.granularity is Granularity.YEAR
            and any(s.contains(d.span) for s in spans) and _after_since(doc, d)]
    return _one_earlier_year(doc, near)


def year_just_before(doc: Document, dates: Iterable[DateRef], span: Span) -> DateRef | None:
    """The year a "N years later/earlier, in YEAR" counts from: the one year stated
    before `span` in its sentence or, when that has none, in the sentence before; None
    when that stretch names more than one year."""
    at = _sentence_index(doc, span.start)
    if at is None:
        return None
    for index in (at, at - 1):
        if index < 0:
            break
        sentence = doc.sentences[index].span
        stated = [d for d in dates if _stated(d) and sentence.contains(d.span) and d.span.end <= span.start]
        if stated:
            years = {d.value[:4] for d in stated}
            return stated[-1] if len(years) == 1 else None
    return None


def year_in_sentence(doc: Document, dates: Iterable[DateRef], span: Span) -> bool:
    """Whether the sentence at `span` states a year of its own (then rules with a stated
    relation decide, not a link to a neighbouring sentence)."""
    sentence = doc.sentence_at(span.start)
    return sentence is not None and any(_stated(d) and sentence.span.contains(d.span) for d in dates)


# "due to expire May 1987", "expires in 2017", "lapsed at the end of 2010"; not "ended
# 2015", which more often closes a year of figures than a term.
_EXPIRY_BEFORE = re.compile(r"(?i)\b(?:expire[sd]?|expiring|runs? out|lapse[sd]?)\s+"
                            r"(?:on\s+|in\s+|at\s+the\s+end\s+of\s+)?$")


def expiry_nearby(doc: Document, dates: Iterable[DateRef], span: Span) -> DateRef | None:
    """The one date right after "expire(s|d)" ("was due to expire May 1987") in the
    sentence at `span` or a neighbouring one: what an extension "for N years until
    YEAR" counts from.  None when there is none or several."""
    spans = _neighbours(doc, span.start, own=True)
    found = {d.value[:4]: d for d in dates if _stated(d) and any(s.contains(d.span) for s in spans)
             and _EXPIRY_BEFORE.search(doc.text, max(0, d.span.start - 30), d.span.start)}
    return next(iter(found.values())) if len(found) == 1 else None
