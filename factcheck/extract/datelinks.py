"""Which stated date an elapsed-years phrase counts from, when the article does not
say it in so many words: the other dated events of a sentence, the one year in a
neighbouring sentence, the year after "since".  Pure functions of a Document and
its DateRefs; the date and age rules call them through engine/dates.py.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.model.document import Document
from factcheck.model.facts import DateRef, Granularity
from factcheck.model.span import Span

_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[a-z]+\s+)?$")


def _sentence_index(doc: Document, offset: int) -> int | None:
    return next((i for i, s in enumerate(doc.sentences) if s.span.start <= offset < s.span.end), None)


def _neighbours(doc: Document, offset: int, *, own: bool) -> list[Span]:
    at = _sentence_index(doc, offset)
    if at is None:
        return []
    sentences = doc.sentences
    wanted = (at - 1, at, at + 1) if own else (at - 1, at + 1)
    return [sentences[i].span for i in wanted if 0 <= i < len(sentences)]


def _after_since(doc: Document, d: DateRef) -> bool:
    return _SINCE_BEFORE.search(doc.text, max(0, d.span.start - 30), d.span.start) is not None


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
    spans = _neighbours(doc, d.span.start, own=False)
    near = [o for o in dates if o is not d and _stated(o) and any(s.contains(o.span) for s in spans)
            and not _after_since(doc, o)]
    return _one_earlier_year(doc, near)


def since_year_nearby(doc: Document, dates: Iterable[DateRef], span: Span) -> DateRef | None:
    """The one year after "since" ("since 2001", "since the 1986 worlds") in the sentence
    at `span` or the one before or after it, or None when there is none or several."""
    if doc.published is None:
        return None
    spans = _neighbours(doc, span.start, own=True)
    near = [d for d in dates if _stated(d) and d.granularity is Granularity.YEAR
            and any(s.contains(d.span) for s in spans) and _after_since(doc, d)]
    return _one_earlier_year(doc, near)
