"""The token stream a pattern matches over: words and punctuation of one scope,
with every extracted fact anchored to the tokens it covers.

Facts do not replace tokens: a quote spans many words that numeric rules still
need to see, so a capture jumps from the fact's first token past its last,
while literal words match the underlying tokens.
"""
from __future__ import annotations

import bisect
import operator
import re
from collections import defaultdict
from typing import NamedTuple


from factcheck.model.facts import DateRef, Granularity, Mention, Quantity, QuantityKind, Quote
from factcheck.model.span import Span

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’]\w+)*|[^\w\s]")


class Token(NamedTuple):
    """A word or punctuation mark. A plain tuple: streams are built for every
    sentence of every article, and attrs' validation showed in profiles."""
    text: str        # lower-cased
    start: int
    end: int
    word: bool
    key: tuple          # ("w", text): the stream index key, made once per article, not once per scope


class Anchored(NamedTuple):
    fact: object
    first: int       # index of the first token it covers
    stop: int        # index after its last token
    types: frozenset  # the capture types it satisfies


class TokenStream:
    """A scope's tokens and anchored facts, with an index of where each word and fact
    type starts: the matcher tries only positions where a pattern's first element
    can match, and skips the stream when a rule's anchors are absent.

    Most streams only ever answer "which keys occur" (no rule can match them), so
    that set is built eagerly and cheaply, and the position index only when asked."""

    __slots__ = ("tokens", "facts_at", "key_set", "_index", "_texts", "_fact_positions")

    def __init__(self, tokens: list[Token], facts_at: dict[int, list[Anchored]]) -> None:
        self.tokens = tokens
        self.facts_at = facts_at
        key_set = set(map(_KEY, tokens))
        for anchored in facts_at.values():
            for a in anchored:
                key_set |= _fact_keys(a.types)
        self.key_set = key_set
        self._index: dict | None = None
        self._texts: list[str] | None = None
        self._fact_positions: dict | None = None

    @property
    def texts(self) -> list[str]:
        """The tokens' texts, for the matcher (built only for streams a rule is tried on)."""
        if self._texts is None:
            self._texts = [t[0] for t in self.tokens]
        return self._texts

    @property
    def fact_positions(self) -> dict:
        """{fact type: ascending positions where a fact of that type starts}."""
        if self._fact_positions is None:
            by_type: dict = {}
            for i in sorted(self.facts_at):
                for t in set().union(*(a.types for a in self.facts_at[i])):
                    by_type.setdefault(t, []).append(i)
            self._fact_positions = by_type
        return self._fact_positions

    @property
    def index(self) -> dict:
        """{key: ascending token positions} for every key in key_set."""
        if self._index is None:
            index: dict = defaultdict(list)
            for i, t in enumerate(self.tokens):
                index[t.key].append(i)
            for i in sorted(self.facts_at):
                for t in set().union(*(a.types for a in self.facts_at[i])):
                    index[("f", t)].append(i)
            self._index = dict(index)
        return self._index

    def __len__(self) -> int:
        return len(self.tokens)

    def positions(self, key: tuple[str, str]) -> list[int]:
        """Where a word ("w", text) or a fact type ("f", type) starts."""
        return self.index.get(key, [])

    def keys(self):
        """Every word and fact type that occurs in the stream."""
        return self.key_set

    def present(self, keys: frozenset) -> set:
        """Which of these first elements occur at all (most rules find none in most sentences)."""
        return self.key_set & keys          # iterates the smaller side, not every word


_KEY = operator.itemgetter(4)          # Token.key
_FACT_KEYS: dict = {}


def _fact_keys(types: frozenset) -> frozenset:
    keys = _FACT_KEYS.get(types)
    if keys is None:
        keys = _FACT_KEYS[types] = frozenset(("f", t) for t in types)
    return keys


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


_TYPES: dict = {}


def _types_of(fact) -> frozenset:
    """fact_types(fact) as a frozenset, remembered per fact class and kind: the types
    depend on nothing else, and a fact is anchored once per scope it lies in."""
    if isinstance(fact, Quantity):
        key = fact.kind
    elif isinstance(fact, DateRef):
        key = fact.granularity
    else:
        key = type(fact)
    types = _TYPES.get(key)
    if types is None:
        types = _TYPES[key] = frozenset(fact_types(fact))
    return types


def holds_fact(facts, fact_starts: list[int], fact_types: list[frozenset], span: Span,
               wanted: frozenset) -> bool:
    """Whether a fact of one of the wanted types lies wholly inside span (facts sorted by
    start, fact_starts their starts, fact_types from fact_type_sets): true whenever
    build_stream would anchor one, so a false answer means the stream would have none."""
    lo, hi = bisect.bisect_left(fact_starts, span.start), bisect.bisect_left(fact_starts, span.end)
    for fact, types in zip(facts[lo:hi], fact_types[lo:hi]):
        fs = fact.span
        if fs.start < fs.end <= span.end and not wanted.isdisjoint(types):
            return True
    return False


def fact_type_sets(facts) -> list[frozenset]:
    """The capture types of each fact, in order: worked out once per article, not per scope."""
    return [_types_of(fact) for fact in facts]


def tokenize(text: str) -> list[Token]:
    """Every token of a text, once per article; scopes take slices of it."""
    out = []
    append = out.append
    new = tuple.__new__     # Token(...) without NamedTuple's Python-level __new__: half the cost
    for m in TOKEN.finditer(text):
        word = m.group()
        low = word.lower()
        first = word[0]
        start, end = m.span()
        append(new(Token, (low, start, end, first.isalnum() or first == "_", ("w", low))))
    return out


def build_stream(text: str, span: Span, facts, fact_starts: list[int] | None = None,
                 all_tokens: list[Token] | None = None, token_starts: list[int] | None = None,
                 types: list[frozenset] | None = None) -> TokenStream:
    """Tokens of text[span] with the facts that lie wholly inside it anchored to them.
    `facts` sorted by start, with `fact_starts` their start offsets, lets each scope
    look only at its own facts; `all_tokens` (from tokenize) with their starts saves
    tokenizing the article once per scope; `types` (fact_type_sets of the facts, with
    fact_starts) saves working out each fact's types once per scope."""
    if all_tokens is None:
        all_tokens = tokenize(text[: span.end])
        token_starts = [t.start for t in all_tokens]
    lo = bisect.bisect_left(token_starts, span.start)
    hi = bisect.bisect_left(token_starts, span.end)
    tokens = all_tokens[lo:hi]
    if tokens and tokens[-1].end > span.end:
        tokens.pop()             # tokens do not overlap: only the last can run past the scope
    facts_at: dict[int, list[Anchored]] = {}
    if fact_starts is not None:
        flo, fhi = bisect.bisect_left(fact_starts, span.start), bisect.bisect_left(fact_starts, span.end)
        facts = facts[flo:fhi]
        types = types[flo:fhi] if types is not None else None
    else:
        types = None
    if facts:
        if types is None:
            types = [_types_of(fact) for fact in facts]
        starts = token_starts[lo:lo + len(tokens)]
        scope_start, scope_end = span.start, span.end
        new = tuple.__new__      # Anchored(...) without NamedTuple's Python-level __new__
        for fact, fact_types in zip(facts, types):
            fs = fact.span
            f_start, f_end = fs.start, fs.end
            if f_start < scope_start or f_end > scope_end or f_end <= f_start:
                continue
            first = bisect.bisect_right(starts, f_start) - 1
            if first < 0 or tokens[first].end <= f_start:
                first += 1
            stop = bisect.bisect_left(starts, f_end)
            if first >= stop:
                continue
            anchored = new(Anchored, (fact, first, stop, fact_types))
            at = facts_at.get(first)
            if at is None:
                facts_at[first] = [anchored]
            else:
                at.append(anchored)
    return TokenStream(tokens, facts_at)
