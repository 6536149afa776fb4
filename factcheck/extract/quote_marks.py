"""Find double-quoted stretches of a Document's paragraphs.

News copy mixes straight and curly marks (even “like this,") so a straight
mark's direction is read from its neighbours.  A quote still open at the end
of a paragraph runs to the paragraph's end, and the next paragraph's opening
mark continues it (the convention for a multi-paragraph quote).  Single marks
are left alone: they are apostrophes or quotes nested inside a double quote.
"""
from __future__ import annotations

import re

import attrs

from factcheck.model.document import Document
from factcheck.model.span import Span

_MARK = re.compile(r"[\"“”„‟«»]")
_OPENERS = "“„‟«"
_CLOSERS = "”»"
_BEFORE_OPEN = "([{—–-/‘'"
_AFTER_CLOSE = ",.;:!?)]}—–-…’'"


@attrs.frozen
class Quoted:
    span: Span                 # marks included (to the paragraph's end when left open)
    inner: Span                # the words between the marks
    paragraph: int             # index into doc.paragraphs
    closed: bool               # a closing mark was found in this paragraph
    continues: bool            # reopens a quote left open at the end of the previous paragraph


def _role(text: str, pos: int, para: Span) -> str:
    mark = text[pos]
    prev = text[pos - 1] if pos > para.start else " "
    nxt = text[pos + 1] if pos + 1 < para.end else " "
    opens = prev.isspace() or prev in _BEFORE_OPEN
    closes = nxt.isspace() or nxt in _AFTER_CLOSE
    # Curly marks are trusted unless their neighbours say plainly that the wrong
    # one was typed: 'Apparently not,“ he said' closes, '” … they are' opens.
    if mark in _OPENERS:
        return "close-ish" if closes else "open"
    if mark in _CLOSERS:
        return "open-ish" if opens else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def find_quoted(doc: Document) -> list[Quoted]:
    text = doc.text
    out: list[Quoted] = []
    left_open = False
    for index, para in enumerate(doc.paragraphs):
        opened_at: int | None = None
        first = True
        continues_here = False
        nested = 0               # curly quotes inside a straight one: "… “fair shares” …"
        for m in _MARK.finditer(text, para.span.start, para.span.end):
            pos = m.start()
            role = _role(text, pos, para.span)
            if opened_at is not None and text[opened_at] == '"' and text[pos] != '"':
                if text[pos] in _OPENERS and role == "open":
                    nested += 1
                    continue
                if nested and text[pos] in _CLOSERS:
                    nested -= 1
                    continue
            if role in ("close-ish", "open-ish"):
                # a mistyped curly mark: it closes an open quote, or else opens one
                role = "close" if opened_at is not None else "open"
            if opened_at is None:
                if role in ("open", "either"):
                    opened_at = pos
                    continues_here = left_open and first and pos == para.span.start
                first = False
                continue
            if role == "open":
                # A new opening before a close: the earlier mark was never closed.
                out.append(Quoted(Span(opened_at, _trimmed(text, opened_at, pos).end),
                                  _trimmed(text, opened_at + 1, pos), index, False, continues_here))
                opened_at = pos
                continues_here = False
                continue
            out.append(Quoted(Span(opened_at, pos + 1), _trimmed(text, opened_at + 1, pos), index,
                              True, continues_here))
            opened_at = None
            continues_here = False
            nested = 0
        left_open = opened_at is not None
        if opened_at is not None:
            end = para.span.end
            out.append(Quoted(Span(opened_at, end), _trimmed(text, opened_at + 1, end), index,
                              False, continues_here))
    return [q for q in out if q.inner.end > q.inner.start]
