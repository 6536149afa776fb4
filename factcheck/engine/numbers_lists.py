"""Rule functions for sums stated across two sentences: a total broken down by the sentence
after it, and an amount added to one stated just before ("an additional A, making a total
of X")."""
from __future__ import annotations

import re

from factcheck.dsl.expr import context_function
from factcheck.engine.numbers_compare import addable, bare, comparable
from factcheck.model.facts import QuantityKind

_WORDS = re.compile(r"[A-Za-z]+")


def _sentence_index(context, q) -> int | None:
    sentence = context.doc.sentence_at(q.span.start)
    if sentence is None:
        return None
    return next((i for i, s in enumerate(context.doc.sentences) if s.span == sentence.span), None)


def _stray_number(q, total) -> bool:
    """A bare number that cannot be one of the total's parts: a number word ("the first two
    years") or a unitless figure beside an amount of money, which always carries its currency."""
    return q.kind is QuantityKind.NUMBER and (q.words or total.kind is QuantityKind.MONEY)


_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# the words with which SU04 opens a breakdown ("Of them ...", "The package includes ...")
_INCLUDES = re.compile(r"\b(?:includ(?:es|ed|e|ing)|consist(?:s|ed)?\s+of|compris(?:es|ed|e)|made\s+up\s+of|"
                       r"of\s+(?:them|these|those|the\s+total|this)|split\s+between|divided\s+between|"
                       r"broken\s+down\s+into)\b", re.IGNORECASE)


def _old_value(context, q) -> bool:
    """The figure a total changed from ("raise the total to 40 mln shares from 3.5 mln")."""
    return _FROM.search(context.doc.text, max(0, q.span.start - 12), q.span.start) is not None


_TOTAL_WORD = re.compile(r"\b(?:total\w*|combined|altogether|in\s+all|overall|aggregate)\b", re.IGNORECASE)
_LIST_OPENER = re.compile(r"\ba\s+total\s+of\s+$", re.IGNORECASE)


@context_function
def own_total_between(context, first, last) -> bool:
    """The parts' sentence names a total of its own ("Combined sales were 45 mln dlrs, with 30
    mln ... and 25 mln ..."), so its first figure may be that total, not a part; "a total of"
    just before the first figure sums the list itself and is no such total."""
    sentence = context.doc.sentence_at(first.span.start)
    if sentence is None:
        return True
    text, start = context.doc.text, sentence.span.start
    lead = text[start:first.span.start]
    opener = _LIST_OPENER.search(lead)
    if opener:
        lead = lead[:opener.start()]
    return (_TOTAL_WORD.search(lead) is not None
            or _TOTAL_WORD.search(text, first.span.end, sentence.span.end) is not None)


_WHOLE_MARKER = re.compile(r"\b(?:of\s+which|made\s+up\s+of|consisting\s+of|comprising|split\s+between|"
                           r"divided\s+between|broken\s+down\s+into|including|leaving)\b", re.IGNORECASE)


@context_function
def opens_with_includes(context, first) -> bool:
    """first's sentence says before it that it lists what something includes (SU04's case),
    or breaks a figure of its own down ("The deal is worth X, made up of A and B")."""
    sentence = context.doc.sentence_at(first.span.start)
    if sentence is None:
        return True
    text, start = context.doc.text, sentence.span.start
    return (_INCLUDES.search(text, start, first.span.start) is not None
            or _WHOLE_MARKER.search(text, start, sentence.span.end) is not None)


@context_function
def first_like_in_sentence(context, first, total) -> bool:
    """No figure like the total stands before first in its sentence: the parts' sentence does
    not open with a figure of its own ("Profit was X, split between A and B")."""
    sentence = context.doc.sentence_at(first.span.start)
    start = sentence.span.start if sentence else first.span.start
    return not any(start <= q.span.start and q.span.end <= first.span.start and q != total
                   and addable(q, total) and not _stray_number(q, total)
                   for q in context.facts.quantities)


# words that name nothing in particular, so sharing them says nothing about two sentences
_PLAIN = frozenset({"company", "said", "says", "also", "will", "would", "which", "total", "totalling",
                    "totaling", "totalled", "totaled", "there", "their", "about", "some", "with",
                    "from", "into", "this", "that", "they", "have", "been", "were", "more", "than",
                    # scales and currencies name the unit, not the thing counted
                    "million", "billion", "trillion", "dlrs", "dollars", "pounds", "francs",
                    "marks", "euros", "yen", "crowns", "cents"})


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORDS.findall(text) if len(w) >= 4 and w.lower() not in _PLAIN}


@context_function
def echoes_total(context, total, first) -> bool:
    """first's sentence repeats a word that names the total ("debt offerings totalling X. It
    plans to offer A of notes, B of bonds and C of debentures") or shares something out ("the
    first ..., the second ..."): it is that total's breakdown."""
    sentence = context.doc.sentence_at(total.span.start)
    start = sentence.span.start if sentence else max(0, total.span.start - 80)
    naming = _WORDS.findall(re.split(r"[,;:()]", context.doc.text[start:total.span.start])[-1])[-6:]
    parts = context.doc.sentence_at(first.span.start)
    if parts is None:
        return False
    told = context.doc.text[parts.span.start:parts.span.end]
    return bool(_stems(" ".join(naming)) & _stems(told)) or _SHARING.search(told) is not None


# "The first received A, while the second was given B": the sentence shares something out
_SHARING = re.compile(r"\b(?:the\s+(?:first|second|other|rest|remainder|balance)|one\s+of\s+them|each\s+of)\b",
                      re.IGNORECASE)


@context_function
def sole_list(context, total, first, last) -> bool:
    """A total closes its sentence and the next sentence is its breakdown: no figure like the
    total follows it in its own sentence, and first..last are all such figures of the next
    sentence ("...totalling 900 mln dlrs. It will offer 300 mln of notes and 600 mln of bonds.")."""
    sentences = context.doc.sentences
    here, there = _sentence_index(context, total), _sentence_index(context, first)
    if here is None or there is None or there != here + 1 or _sentence_index(context, last) != there:
        return False
    own, nxt = sentences[here].span, sentences[there].span
    for q in context.facts.quantities:
        if q == total or not addable(q, total) or _stray_number(q, total):
            continue
        if total.span.end <= q.span.start and q.span.end <= own.end and not _old_value(context, q):
            return False
        if nxt.start <= q.span.start < nxt.end and not (first.span.start <= q.span.start
                                                        and q.span.end <= last.span.end):
            return False
    return True


def _earlier_figures(context, added, total) -> list:
    """Figures like the total stated before `added`, in its sentence or the one before."""
    here = _sentence_index(context, added)
    if here is None:
        return []
    floor = context.doc.sentences[max(0, here - 1)].span.start
    return [q for q in context.facts.quantities
            if floor <= q.span.start and q.span.end <= added.span.start and q != total
            and comparable(q, total) and q.kind is not QuantityKind.PERCENT and q.upper is None]


def _adds_up(first, added, total) -> bool:
    return (bare(first) + bare(added)).approx_eq(bare(total))


@context_function
def earlier_amount_is(context, prior, added, total) -> bool:
    """'an additional A, making a total of X': `prior` is the figure A was added to, because
    it is the one figure like the total stated just before A (in A's sentence or the one
    before), or the only one of several that fits."""
    earlier = _earlier_figures(context, added, total)
    fitting = [q for q in earlier if _adds_up(q, added, total)]
    if len(fitting) == 1:
        return prior == fitting[0]
    return len(earlier) == 1 and prior == earlier[0] and _same_subject(context, prior, added)


def _same_subject(context, prior, added) -> bool:
    """prior is in added's sentence, or the two sentences share a word that names what is
    counted ("the fleet has 40 ships. The navy will order an additional 6 ships"):
    a lone figure a sentence earlier may measure something else."""
    here, there = context.doc.sentence_at(prior.span.start), context.doc.sentence_at(added.span.start)
    if here is None or there is None:
        return False
    if here.span == there.span:
        return True
    text = context.doc.text
    return bool(_stems(text[here.span.start:here.span.end]) & _stems(text[there.span.start:there.span.end]))


@context_function
def dated_lead(context, first) -> bool:
    """A date stands in first's sentence before it ("Last year it spent 60 mln dlrs..."):
    the figures it leads may be of another time than the total before them."""
    sentence = context.doc.sentence_at(first.span.start)
    if sentence is None:
        return False
    return any(sentence.span.start <= d.span.start and d.span.end <= first.span.start
               for d in context.facts.dates)
