"""The token stream a pattern matches over: words and punctuation of one scope,
with every extracted fact anchored to the tokens it covers.

Facts do not replace tokens: a quote spans many words that numeric rules still
need to see, so a capture jumps from the fact's first token past its last,
while literal words match the underlying tokens.
"""
from __future__ import annotations

import re
from collections import defaultdict

import attrs

from factcheck.model.facts import DateRef, Granularity, Mention, Quantity, QuantityKind, Quote
from factcheck.model.span import Span

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’]\w+)*|[^\w\s]")


@attrs.frozen
class Token:
    text: str        # lower-cased
    span: Span
    word: bool


@attrs.frozen
class Anchored:
    fact: object
    first: int       # index of the first token it covers
    stop: int        # index after its last token


@attrs.define
class TokenStream:
    tokens: list[Token]
    facts_at: dict[int, list[Anchored]]

    def __len__(self) -> int:
        return len(self.tokens)


def fact_types(fact) -> set[str]:
    """The capture types a fact satisfies."""
    if isinstance(fact, Quantity):
        kinds = {"quantity", fact.kind.value}
        if fact.kind is QuantityKind.COUNT or fact.kind is QuantityKind.NUMBER:
            kinds.add("number")
        return kinds
    if isinstance(fact, DateRef):
        kinds = {"date"}
        if fact.granularity is Granularity.DAY:
            kinds.add("day")
        elif fact.granularity is Granularity.MONTH:
            kinds.add("month")
        elif fact.granularity is Granularity.YEAR:
            kinds.add("year")
        return kinds
    if isinstance(fact, Quote):
        return {"quote"}
    if isinstance(fact, Mention):
        return {"person"}
    return set()


def build_stream(text: str, span: Span, facts) -> TokenStream:
    tokens = [Token(m.group(0).lower(), Span(m.start(), m.end()), m.group(0)[0].isalnum() or m.group(0)[0] == "_")
              for m in TOKEN.finditer(text, span.start, span.end)]
    starts = [t.span.start for t in tokens]
    facts_at: dict[int, list[Anchored]] = defaultdict(list)
    import bisect
    for fact in facts:
        fs = fact.span
        if fs.start < span.start or fs.end > span.end or fs.end <= fs.start:
            continue
        first = bisect.bisect_right(starts, fs.start) - 1
        if first < 0 or tokens[first].span.end <= fs.start:
            first += 1
        stop = bisect.bisect_left(starts, fs.end)
        if first >= stop:
            continue
        facts_at[first].append(Anchored(fact, first, stop))
    return TokenStream(tokens, dict(facts_at))
