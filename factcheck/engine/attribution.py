"""Rule functions for attribution: quotes without a speaker, anonymous and
secondhand sources, one quote given two speakers, one person given two titles
or two spellings.

These look beyond the match (the paragraphs around a quote, every other quote
and person in the article), so most take the evaluation context: `ctx.doc`
and `ctx.facts` (see engine/run.py RuleContext).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re

from factcheck.dsl.expr import context_function
from factcheck.engine.values import Unverifiable
from factcheck.extract.name_forms import bare, office_of, spelling_variant
from factcheck.extract.people import surname_of
from factcheck.extract.quote_context import MIN_STATEMENT_WORDS, speaker_named_nearby, words
from factcheck.model.facts import Mention, Quote
from factcheck.model.span import Span


@context_function
def speaker_in_context(ctx, q: Quote) -> bool:
    """Whether the paragraphs around an unattributed quote supply its speaker."""
    return speaker_named_nearby(ctx.doc, ctx.facts.quotes, q)


def is_statement(q: Quote) -> bool:
    return len(words(q.text)) >= MIN_STATEMENT_WORDS


def source_kind(q: Quote) -> str:
    """How an editor should read the source: named, anonymous, secondhand."""
    if q.anonymous:
        kind = f"anonymous source ('{q.speaker or ''}')"
    elif q.speaker:
        kind = f"named source ({q.speaker})"
    else:
        kind = "no source"
    if q.via:
        kind += f", quoted secondhand via {q.via}"
    return kind


def _samewords(ctx, q: Quote) -> list[Quote]:
    """Other quotes of the same statement in the article, in order."""
    if not is_statement(q):
        return []
    key = _norm_quote(q.text)
    return [o for o in ctx.facts.quotes if o is not q and _norm_quote(o.text) == key]


@context_function
def named_elsewhere(ctx, q: Quote) -> str | None:
    """The named speaker the same words are given to elsewhere in the article, or none."""
    text = ctx.doc.text
    return next((o.speaker for o in _samewords(ctx, q) if _named(o, text)), None)


@context_function
def anonymous_source(ctx, q: Quote) -> bool:
    """An anonymous quote is for an editor to sign off, so it is unverifiable with what it rests on;
    it is inconsistent only when the article names the speaker of the same words elsewhere."""
    if not q.anonymous:
        return True
    if named_elsewhere(ctx, q) is not None:
        return False
    raise Unverifiable(f"{source_kind(q)}: the quote rests on an unnamed source; an editor should sign it off")


@context_function
def other_outlet(ctx, q: Quote) -> str | None:
    """Another outlet the same words were told to earlier in the article, or none."""
    if not q.via:
        return None
    return next((o.via for o in _samewords(ctx, q)
                 if o.span.start < q.span.start and o.via and o.via.lower() != q.via.lower()), None)


@context_function
def secondhand_source(ctx, q: Quote) -> bool:
    """A quote given to another outlet is unverifiable, naming the outlet; it is inconsistent
    only when the article says the same words were told to a different outlet."""
    if not q.via:
        return True
    if other_outlet(ctx, q) is not None:
        return False
    who = q.speaker or "the speaker"
    raise Unverifiable(f"quoted secondhand: {who} said this to {q.via}; an editor should check the original")


@functools.lru_cache(maxsize=4096)
def _norm_quote(text: str) -> str:
    """A quote's words, lower-cased, for comparing quotes (remembered: each rule evaluation
    compares one quote with every other quote of the article)."""
    return " ".join(w.lower().replace("’", "'") for w in words(text))


# office_of and spelling_variant are pure functions of their strings, and the people rules
# ask them about the same titles and surnames for every mention of an article.
_office_of = functools.lru_cache(maxsize=4096)(office_of)
_spelling_variant = functools.lru_cache(maxsize=16384)(spelling_variant)


def _same_person(a: str, b: str) -> bool:
    return a == b or surname_of(a) == surname_of(b)


def _named(q: Quote, text: str) -> bool:
    """A quote whose attribution names its speaker (not a pronoun, which may be resolved wrongly)."""
    return bool(q.speaker) and not q.anonymous and q.cue is not None and q.speaker_span is not None \
        and q.speaker[:1].isupper() and q.speaker_span.of(text)[:1].isupper() \
        and q.speaker_span.of(text).lower() not in ("he", "she", "i", "we", "they", "it")


@context_function
def repeated_quote(ctx, q: Quote) -> bool:
    """Whether the same words were quoted, with a named speaker, earlier in the article."""
    text = ctx.doc.text
    if not _named(q, text) or not is_statement(q):
        return False
    key = _norm_quote(q.text)
    return any(_named(o, text) and _norm_quote(o.text) == key for o in ctx.facts.quotes if o.span.start < q.span.start)


@context_function
def other_speaker(ctx, q: Quote) -> str | None:
    """A different named speaker given the same words elsewhere in the article, or none."""
    text = ctx.doc.text
    if not _named(q, text) or not is_statement(q):
        return None
    key = _norm_quote(q.text)
    for other in ctx.facts.quotes:
        if other.span.start >= q.span.start:
            break                    # only earlier quotes: the later one is reported
        if not _named(other, text) or _norm_quote(other.text) != key:
            continue
        if not _same_person(q.speaker, other.speaker):
            return other.speaker
    return None


# --- people: titles and spellings ---------------------------------------------------------

def _in_quote(ctx, span) -> bool:
    """Whether some quote of the article contains span: among the quotes starting at or before
    it, the farthest end reaches its end (the same answer as asking every quote)."""
    starts, reach = _memo.get(ctx, "quote_reach", _quote_reach)
    i = bisect.bisect_right(starts, span.start)
    return i > 0 and reach[i - 1] >= span.end


def _quote_reach(ctx) -> tuple[list[int], list[int]]:
    """The article's quote starts, ascending, and the farthest end among the quotes up to each."""
    spans = sorted((q.span.start, q.span.end) for q in ctx.facts.quotes)
    return [start for start, _ in spans], list(itertools.accumulate((end for _, end in spans), max))


class _ArticleMemo:
    """Values derived from the article being checked, computed once instead of once per
    rule evaluation (a name-spelling rule asks for every person's surname uses, each of
    which scans every person and quote). Keyed by the identity of the article's Document
    and Facts, which are immutable; the next article replaces the entries."""

    def __init__(self) -> None:
        self.doc = self.facts = None
        self.values: dict = {}

    def get(self, ctx, name: str, compute):
        if self.doc is not ctx.doc or self.facts is not ctx.facts:
            self.doc, self.facts, self.values = ctx.doc, ctx.facts, {}
        if name not in self.values:
            self.values[name] = compute(ctx)
        return self.values[name]


_memo = _ArticleMemo()


def _own_people(ctx) -> tuple[Mention, ...]:
    """People named in the article's own words: quoted text is reproduced as spoken, slips and all."""
    return _memo.get(ctx, "own_people", lambda c: tuple(m for m in c.facts.people if not _in_quote(c, m.span)))


@context_function
def earlier_office(ctx, p: Mention) -> bool:
    """Whether this person was given an office earlier in the article, so two titles can be compared."""
    if _office_of(p.title) is None or _in_quote(ctx, p.span) or not _in_full(ctx, p):
        return False
    return any(o.name == p.name and _office_of(o.title) is not None and _in_full(ctx, o)
               for o in _own_people(ctx) if o.span.start < p.span.start)


def _in_full(ctx, m: Mention) -> bool:
    """The mention spells out the name ('Gov. Ana Ruiz'), so it cannot be another Ruiz."""
    return len(m.span.of(ctx.doc.text).split()) >= 2


@context_function
def other_title(ctx, p: Mention) -> str | None:
    """Another title naming a different office for the same person in this article, or none."""
    mine = _office_of(p.title)
    if mine is None or _in_quote(ctx, p.span) or not _in_full(ctx, p):
        return None
    for other in _own_people(ctx):
        if other.span.start >= p.span.start:
            break                    # only earlier mentions: the later one is reported
        if other.name != p.name or not _in_full(ctx, other):
            continue
        theirs = _office_of(other.title)
        if theirs is not None and theirs != mine:
            return other.title
    return None


def _surname_uses(ctx) -> tuple[tuple[str, str | None], ...]:
    """(surname as written, first name or None) for every person mention and named speaker."""
    return _memo.get(ctx, "surname_uses", _find_surname_uses)


# "Delacroux said she was delighted": a surname alone before a verb of saying names a person
# even with no quote after it (the people finder wants a first name or a title).
_SURNAME_SAYS = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:['’-][A-Za-z]+)?)[ \t]+"
                           r"(?:said|says|told|added|noted|wrote|explained|replied|recalled|insisted)\b")


def _find_surname_uses(ctx) -> tuple[tuple[str, str | None], ...]:
    text = ctx.doc.text
    uses = []
    for m in _own_people(ctx):
        words = m.span.of(text).split()
        if words:
            uses.append((bare(words[-1]), words[0] if len(words) >= 2 else None))
    for q in ctx.facts.quotes:
        if q.speaker_span is not None and q.cue is not None:
            words = q.speaker_span.of(text).split()
            if len(words) == 1 and words[0][:1].isupper():
                uses.append((bare(words[0]), None))
    for m in _SURNAME_SAYS.finditer(text):
        if not _in_quote(ctx, Span(m.start(1), m.end(1))):
            uses.append((bare(m.group(1)), None))
    return tuple(uses)


@context_function
def other_spelling(ctx, p: Mention) -> str | None:
    """The same person's surname spelled another way in the article ('Zelenskyy' / 'Zelensky'), or none.

    Only a full name ('Volodymyr Zelenskyy') is compared, and a variant that
    comes with a first name of its own ('Ann Johnson' / 'Bob Johnston') is
    another person.
    """
    words = p.span.of(ctx.doc.text).split()
    if len(words) < 2 or p.anonymous or _in_quote(ctx, p.span):
        return None
    first, mine = words[0], words[-1]
    if len(mine) < 5:
        return None
    for surname, other_first in _variant_uses(ctx, mine):
        if other_first is not None and other_first != first:
            continue
        if _first_names(ctx).get(surname, frozenset()) - {first}:
            continue                 # the surname comes with another first name too
        if _named_in_full_before(ctx, surname, p):
            continue                 # reported once, at the first of the two spellings
        return surname
    return None


def _first_names(ctx) -> dict[str, frozenset]:
    """{surname: the first names it is used with} over the article's surname uses."""
    def collect(c) -> dict[str, frozenset]:
        found: dict = {}
        for surname, first in _surname_uses(c):
            if first is not None:
                found.setdefault(surname, set()).add(first)
        return {surname: frozenset(firsts) for surname, firsts in found.items()}
    return _memo.get(ctx, "first_names", collect)


def _variant_uses(ctx, mine: str) -> tuple[tuple[str, str | None], ...]:
    """The surname uses of the article that are spelling variants of mine, in order
    (remembered per article and surname: a person is mentioned many times)."""
    by_surname = _memo.get(ctx, "variant_uses", lambda c: {})
    found = by_surname.get(mine)
    if found is None:
        # spelling_variant is false for surnames with another initial: only those with mine's are asked.
        same_initial = _uses_by_initial(ctx).get(mine[:1], ())
        found = by_surname[mine] = tuple(use for use in same_initial if _spelling_variant(mine, use[0]))
    return found


def _uses_by_initial(ctx) -> dict[str, tuple]:
    """The article's surname uses grouped by the surname's first letter, each group in order."""
    def group(c) -> dict[str, tuple]:
        found: dict = {}
        for use in _surname_uses(c):
            found.setdefault(use[0][:1], []).append(use)
        return {initial: tuple(uses) for initial, uses in found.items()}
    return _memo.get(ctx, "uses_by_initial", group)


def _named_in_full_before(ctx, surname: str, p: Mention) -> bool:
    for m in _own_people(ctx):
        if m.span.start >= p.span.start:
            return False
        words = m.span.of(ctx.doc.text).split()
        if len(words) >= 2 and bare(words[-1]) == surname:
            return True
    return False


@context_function
def first_full_mention(ctx, p: Mention) -> bool:
    """Whether this is the first time the person is named in full (one claim per person)."""
    first = _first_full_spans(ctx).get(p.name)
    return first is not None and first == p.span


def _first_full_spans(ctx) -> dict:
    """{name: span of its first mention in full}, once per article instead of a scan per mention."""
    def collect(c) -> dict:
        found: dict = {}
        text = c.doc.text
        for m in c.facts.people:
            if m.name not in found and len(m.span.of(text).split()) >= 2:
                found[m.name] = m.span
        return found
    return _memo.get(ctx, "first_full_spans", collect)


FUNCTIONS = {
    "speaker_in_context": speaker_in_context,
    "is_statement": is_statement,
    "source_kind": source_kind,
    "anonymous_source": anonymous_source,
    "secondhand_source": secondhand_source,
    "named_elsewhere": named_elsewhere,
    "other_outlet": other_outlet,
    "repeated_quote": repeated_quote,
    "other_speaker": other_speaker,
    "earlier_office": earlier_office,
    "other_title": other_title,
    "other_spelling": other_spelling,
    "first_full_mention": first_full_mention,
}
