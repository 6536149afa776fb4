"""The article as the engine sees it.

`raw` is the whole file as read (front matter and markup included); every
offset reported to users points into it.  `text` is the analysis text the
extractors read: for plain text and Markdown it has the same length as `raw`
(front matter, code and comments blanked with spaces, newlines kept), so
offsets are identical; for HTML it is the visible text and `offsets` maps each
analysis offset back to the raw file.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections import deque
from collections.abc import Mapping

import attrs

from factcheck.model.span import Span


@attrs.frozen
class Sentence:
    span: Span


@attrs.frozen
class Paragraph:
    span: Span
    sentences: tuple[Sentence, ...]


@attrs.frozen
class SkippedBlock:
    """A block recognised as not part of the article (trailing headlines, bylines)."""

    span: Span
    reason: str


@attrs.frozen
class Document:
    path: str
    raw: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    skipped: tuple[SkippedBlock, ...] = ()
    front_matter: Mapping = attrs.field(factory=dict, eq=False)
    published: dt.date | None = None
    title: str | None = None
    # analysis offset -> raw offset; None when the two texts are aligned 1:1.
    offsets: tuple[int, ...] | None = attrs.field(default=None, repr=False, eq=False)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def raw_offset(self, offset: int) -> int:
        if self.offsets is None:
            return offset
        return self.offsets[offset]

    def raw_span(self, span: Span) -> Span:
        if self.offsets is None:
            return span
        if span.end == span.start:
            start = self.offsets[span.start]
            return Span(start, start)
        # end is exclusive: map the last character and step past it.
        return Span(self.offsets[span.start], self.offsets[span.end - 1] + 1)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        # Paragraphs are in text order and do not overlap: the one that can hold the
        # offset is the last that starts at or before it.
        i = bisect.bisect_right(_paragraph_starts(self), offset) - 1
        if i >= 0 and offset < self.paragraphs[i].span.end:
            return self.paragraphs[i]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        p = self.paragraph_at(offset)
        if p is None:
            return None
        return next((s for s in p.sentences if s.span.start <= offset < s.span.end), None)

    def in_skipped(self, span: Span) -> bool:
        return any(b.span.overlaps(span) for b in self.skipped)


# Where each paragraph of the last few documents starts, for paragraph_at's bisection (the
# engine asks thousands of times a run which sentence a fact is in). Kept beside the class,
# keyed by the document itself (not its hash: hashing a Document hashes every span):
# an attribute would make Document's __init__ more than storing its fields, which its
# pickling as a call (model.pickling) relies on.
_STARTS: deque[tuple[Document, tuple[int, ...]]] = deque(maxlen=4)


def _paragraph_starts(doc: Document) -> tuple[int, ...]:
    for cached, starts in _STARTS:
        if cached is doc:
            return starts
    starts = tuple(p.span.start for p in doc.paragraphs)
    _STARTS.appendleft((doc, starts))
    return starts
