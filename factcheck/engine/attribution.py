"""Rule functions for attribution: quotes without a speaker, anonymous and
secondhand sources, one quote given two speakers, one person given two titles
or two spellings.

These look beyond the match (the paragraphs around a quote, every other quote
and person in the article), so most take the evaluation context: `ctx.doc`
and `ctx.facts` (see engine/run.py RuleContext).
"""
from __future__ import annotations

import re

from factcheck.dsl.expr import context_function
from factcheck.engine.values import Unverifiable
from factcheck.extract.name_forms import bare, office_of, spelling_variant
from factcheck.extract.people import surname_of
from factcheck.extract.speech_words import SAY_PHRASES, SAY_VERBS
from factcheck.model.facts import Mention, Quote
from factcheck.model.span import Span

# A quote shorter than this is a phrase, not a statement that needs a speaker.
MIN_STATEMENT_WORDS = 6
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CUE_PHRASES = tuple(p for p in SAY_PHRASES if not p.startswith("in "))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


# Verb forms that report speech in running text; base forms ("confirm", "add")
# are too often something else, and these nouns introduce a quote that follows.
_CONTEXT_CUES = frozenset(w for w in SAY_VERBS if w.endswith(("ed", "s", "ing")) or w in (
    "said", "told", "wrote", "say", "tell")) | frozenset(
    "statement statements interview remarks speech tweet tweets email letter memo post blog "
    "testimony transcript".split())


def _has_cue(text: str) -> bool:
    low = text.lower()
    return any(w.lower() in _CONTEXT_CUES for w in _words(text)) or any(p in low for p in _CUE_PHRASES)


def _outside_quotes(doc, span: Span, quotes) -> str:
    """The text of `span` with every quote blanked: cues inside quoted speech do not count."""
    chars = list(doc.text[span.start:span.end])
    for q in quotes:
        for i in range(max(q.span.start, span.start), min(q.span.end, span.end)):
            chars[i - span.start] = " "
    return "".join(chars)


def _paragraph_index(doc, offset: int) -> int | None:
    for i, p in enumerate(doc.paragraphs):
        if p.span.start <= offset < p.span.end:
            return i
    return None


@context_function
def speaker_in_context(ctx, q: Quote) -> bool:
    """Whether the paragraphs around an unattributed quote supply its speaker.

    News copy often runs a quote on its own after a paragraph that names the
    speaker ('Kirby said the talks would go on.' / 'Kirby said:'), or after the
    same speaker's quote; the speaker may also be named later in the quote's
    own paragraph.  Only a paragraph-opening statement with none of these is
    a quote with no speaker.
    """
    doc, quotes = ctx.doc, ctx.facts.quotes
    if q.speaker_span is not None or q.continuation:
        return True
    if len(_words(q.text)) < MIN_STATEMENT_WORDS:
        return True
    index = _paragraph_index(doc, q.span.start)
    if index is None or index == 0:
        return True                 # a quote opening the article is a lede device
    para = doc.paragraphs[index]
    if q.span.start != para.span.start:
        return True                 # mid-paragraph: the sentence before it carries the context
    if _has_cue(_outside_quotes(doc, Span(q.span.end, para.span.end), quotes)):
        return True                 # named later in its own paragraph
    prev = doc.paragraphs[index - 1]
    prev_text = doc.text[prev.span.start:prev.span.end].rstrip()
    if prev_text.endswith(":"):
        return True
    if _has_cue(_outside_quotes(doc, prev.span, quotes)):
        return True
    if re.search(r"[\"”]\W{0,2}$", prev_text):
        return True                 # the previous paragraph ends with a quote: a run of quotes
    return False


def is_statement(q: Quote) -> bool:
    return len(_words(q.text)) >= MIN_STATEMENT_WORDS


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


def anonymous_source(q: Quote) -> bool:
    """Never decides: an anonymous quote is for an editor to sign off, so say what it rests on."""
    if not q.anonymous:
        return True
    raise Unverifiable(f"{source_kind(q)}: the quote rests on an unnamed source; an editor should sign it off")


def secondhand_source(q: Quote) -> bool:
    if not q.via:
        return True
    who = q.speaker or "the speaker"
    raise Unverifiable(f"quoted secondhand: {who} said this to {q.via}; an editor should check the original")


def _norm_quote(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in _words(text))


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

def _in_quote(ctx, span: Span) -> bool:
    return any(q.span.contains(span) for q in ctx.facts.quotes)


def _own_people(ctx) -> list[Mention]:
    """People named in the article's own words: quoted text is reproduced as spoken, slips and all."""
    return [m for m in ctx.facts.people if not _in_quote(ctx, m.span)]


@context_function
def earlier_office(ctx, p: Mention) -> bool:
    """Whether this person was given an office earlier in the article, so two titles can be compared."""
    if office_of(p.title) is None or _in_quote(ctx, p.span) or not _in_full(ctx, p):
        return False
    return any(o.name == p.name and office_of(o.title) is not None and _in_full(ctx, o)
               for o in _own_people(ctx) if o.span.start < p.span.start)


def _in_full(ctx, m: Mention) -> bool:
    """The mention spells out the name ('Gov. Ana Ruiz'), so it cannot be another Ruiz."""
    return len(m.span.of(ctx.doc.text).split()) >= 2


@context_function
def other_title(ctx, p: Mention) -> str | None:
    """Another title naming a different office for the same person in this article, or none."""
    mine = office_of(p.title)
    if mine is None or _in_quote(ctx, p.span) or not _in_full(ctx, p):
        return None
    for other in _own_people(ctx):
        if other.span.start >= p.span.start:
            break                    # only earlier mentions: the later one is reported
        if other.name != p.name or not _in_full(ctx, other):
            continue
        theirs = office_of(other.title)
        if theirs is not None and theirs != mine:
            return other.title
    return None


def _surname_uses(ctx) -> list[tuple[str, str | None]]:
    """(surname as written, first name or None) for every person mention and named speaker."""
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
    return uses


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
    uses = _surname_uses(ctx)
    for surname, other_first in uses:
        if not spelling_variant(mine, surname):
            continue
        if other_first is not None and other_first != first:
            continue
        if any(s == surname and f is not None and f != first for s, f in uses):
            continue
        if _named_in_full_before(ctx, surname, p):
            continue                 # reported once, at the first of the two spellings
        return surname
    return None


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
    for m in ctx.facts.people:
        if m.name == p.name and len(m.span.of(ctx.doc.text).split()) >= 2:
            return m.span == p.span
    return False


FUNCTIONS = {
    "speaker_in_context": speaker_in_context,
    "is_statement": is_statement,
    "source_kind": source_kind,
    "anonymous_source": anonymous_source,
    "secondhand_source": secondhand_source,
    "repeated_quote": repeated_quote,
    "other_speaker": other_speaker,
    "earlier_office": earlier_office,
    "other_title": other_title,
    "other_spelling": other_spelling,
    "first_full_mention": first_full_mention,
}
