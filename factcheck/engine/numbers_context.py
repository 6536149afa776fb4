"""Rule functions that look at the article around the captured figures: is another figure
in between, does a list start or end here, are two figures in adjacent sentences."""
from __future__ import annotations

import re

from factcheck.dsl.expr import context_function
from factcheck.engine.numbers_compare import addable, bare, comparable
from factcheck.engine.values import Unverifiable
from factcheck.model.facts import Quantity, QuantityKind


@context_function
def adjacent(context, a, b) -> bool:
    """No other figure stands between a and b, so the pattern did not skip over the
    figure the relation is really about ("50 mln dlrs in 1986 and 60 mln, or 40 pct")."""
    if not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    lo, hi = min(a.span.end, b.span.end), max(a.span.start, b.span.start)
    return not any(lo <= q.span.start and q.span.end <= hi for q in context.facts.quantities)


_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s|\b(?:and|or|from|to|while|but|versus|vs|compared|against|"
                    r"than|after|before|since|with)\b", re.I)


@context_function
def plain_gap(context, a, b) -> bool:
    """Only plain words stand between a and b ("30 pct of the group's sales of 8.0 billion"):
    no comma, bracket, dash or linking word that would start another figure's phrase."""
    if not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    lo, hi = min(a.span.end, b.span.end), max(a.span.start, b.span.start)
    return _BREAK.search(context.doc.text, lo, hi) is None


@context_function
def next_sentence(context, a, b) -> bool:
    """b is in the sentence right after a's (for relations stated across two sentences)."""
    sentences = context.doc.sentences
    index = {s.span: i for i, s in enumerate(sentences)}
    sa, sb = context.doc.sentence_at(a.span.start), context.doc.sentence_at(b.span.start)
    if sa is None or sb is None or sa.span not in index or sb.span not in index:
        return False
    return index[sb.span] == index[sa.span] + 1


_LIST_REACH = 60


@context_function
def next_like(context, a, b) -> bool:
    """No figure of a's kind stands between a and b (a rate or a year may)."""
    if not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    lo, hi = min(a.span.end, b.span.end), max(a.span.start, b.span.start)
    return not any(lo <= q.span.start and q.span.end <= hi and comparable(q, a)
                   for q in context.facts.quantities)


@context_function
def starts_list(context, a) -> bool:
    """No figure like a closes just before it in the sentence: a is the first of its list."""
    sentence = context.doc.sentence_at(a.span.start)
    floor = max(a.span.start - _LIST_REACH, sentence.span.start if sentence else 0)
    return not any(floor <= q.span.start and q.span.end <= a.span.start and addable(q, a)
                   for q in context.facts.quantities)


@context_function
def ends_list(context, a) -> bool:
    """No figure like a follows just after it in the sentence: a is the last of its list."""
    sentence = context.doc.sentence_at(a.span.start)
    ceiling = min(a.span.end + _LIST_REACH, sentence.span.end if sentence else a.span.end)
    return not any(a.span.end <= q.span.start and q.span.end <= ceiling and addable(q, a)
                   for q in context.facts.quantities)


def max_end(*figures):
    """The figure that ends last (the last captured member of a list)."""
    items = [f for f in figures if f is not None]
    if not items:
        raise Unverifiable("no figure")
    return max(items, key=lambda f: f.span.end)


# "X pct of the agreed price": the whole may be stated a sentence before or after
# ("the agreed price of 40.00 dlrs").  It is found by the words that name it.
_PHRASE_AFTER_PCT = re.compile(r"^\s+of\s+(?:the|its|their|his|her|our)?\s*((?:[A-Za-z'-]+\s*){1,4})")
_PHRASE_BEFORE_OR = re.compile(r"^\s+of\s+(?:the|its|their)\s+((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s*,?\s+or\b")
_STOP = frozenset({"the", "of", "its", "their", "a", "an", "total", "and", "or", "that", "which", "is",
                   "was", "were", "are", "will", "would", "be", "in", "on", "at", "to", "for", "from",
                   "by", "with", "as", "it", "s", "has", "have", "had", "said", "time", "each"})
_WORDS = re.compile(r"[A-Za-z]+")


def _content(words: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _WORDS.findall(words) if w.lower() not in _STOP}


def _whole_phrase(text: str, part: Quantity, pct: Quantity) -> set[str]:
    if pct.span.start > part.span.start:
        m = _PHRASE_AFTER_PCT.match(text[pct.span.end:pct.span.end + 80])
        if m:
            phrase = re.split(r"\s(?:and|or|that|which|was|is|would|will|has|had)\s", " " + m.group(1) + " ")[0]
            return _content(phrase)
    m = _PHRASE_BEFORE_OR.match(text[part.span.end:part.span.end + 80])
    return _content(m.group(1)) if m else set()


def _named_whole(context, part, pct) -> Quantity | None:
    doc = context.doc
    if not isinstance(part, Quantity) or not isinstance(pct, Quantity):
        return None
    phrase = _whole_phrase(doc.text, part, pct)
    sentences = doc.sentences
    here = next((i for i, s in enumerate(sentences) if s.span.start <= part.span.start < s.span.end), None)
    if not phrase or here is None:
        return None
    lo = sentences[max(0, here - 1)].span.start
    hi = sentences[min(len(sentences) - 1, here + 1)].span.end
    need = min(2, len(phrase))
    found = []
    for q in context.facts.quantities:
        if q == part or q == pct or not lo <= q.span.start < hi or not comparable(q, part):
            continue
        if q.value <= part.value or q.upper is not None:
            continue
        # the words of the figure's own clause: up to 4 either side, not past punctuation
        before = _WORDS.findall(re.split(r"[,;:.()]", doc.text[max(lo, q.span.start - 40):q.span.start])[-1])[-4:]
        after = _WORDS.findall(re.split(r"[,;:.()]", doc.text[q.span.end:q.span.end + 40])[0])[:4]
        if len(phrase & _content(" ".join(before + after + [q.text]))) >= need:
            found.append(q)
    return found[0] if len(found) == 1 else None


@context_function
def has_named_whole(context, part, pct) -> bool:
    """The whole a share is 'of' is named ("of the agreed price") and exactly one figure
    in the sentence before, the same or the next is described with those words."""
    return _named_whole(context, part, pct) is not None


@context_function
def named_whole(context, part, pct) -> Quantity:
    whole = _named_whole(context, part, pct)
    if whole is None:
        raise Unverifiable("the whole is not stated as a single figure nearby")
    return whole


@context_function
def no_figure_after(context, q) -> bool:
    """No figure follows q in its sentence (the whole is not stated there)."""
    sentence = context.doc.sentence_at(q.span.start)
    end = sentence.span.end if sentence else q.span.end
    return not any(q.span.end <= f.span.start < end and f.kind is not QuantityKind.PERCENT
                   for f in context.facts.quantities)


def _sentence_index(context, q) -> int | None:
    sentence = context.doc.sentence_at(q.span.start)
    if sentence is None:
        return None
    return next((i for i, s in enumerate(context.doc.sentences) if s.span == sentence.span), None)


def _stray_number(q, total) -> bool:
    """A bare number that cannot be one of the total's parts: a number word ("the first two
    years") or a unitless figure beside an amount of money, which always carries its currency."""
    return q.kind is QuantityKind.NUMBER and (q.words or total.kind is QuantityKind.MONEY)


_FROM = re.compile(r"\bfrom\s+$", re.I)
# the words with which SU04 opens a breakdown ("Of them ...", "The package includes ...")
_INCLUDES = re.compile(r"\b(?:includ(?:es|ed|e|ing)|consist(?:s|ed)?\s+of|compris(?:es|ed|e)|made\s+up\s+of|"
                       r"of\s+(?:them|these|those|the\s+total|this)|split\s+between|divided\s+between|"
                       r"broken\s+down\s+into)\b", re.I)


def _old_value(context, q) -> bool:
    """The figure a total changed from ("raise the total to 26 mln shares from 2.2 mln")."""
    return _FROM.search(context.doc.text, max(0, q.span.start - 12), q.span.start) is not None


@context_function
def opens_with_includes(context, first) -> bool:
    """first's sentence says before it that it lists what something includes (SU04's case)."""
    sentence = context.doc.sentence_at(first.span.start)
    start = sentence.span.start if sentence else first.span.start
    return _INCLUDES.search(context.doc.text, start, first.span.start) is not None


@context_function
def sole_list(context, total, first, last) -> bool:
    """A total closes its sentence and the next sentence is its breakdown: no figure like the
    total follows it in its own sentence, and first..last are all such figures of the next
    sentence ("...totalling 900 mln dlrs. It will offer 300 mln of notes and 600 mln of bonds.")."""
    sentences = context.doc.sentences
    here, there = _sentence_index(context, total), _sentence_index(context, first)
    if here is None or there is None or there != here + 1:
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
    return len(earlier) == 1 and prior == earlier[0]


@context_function
def dated_lead(context, first) -> bool:
    """A date stands in first's sentence before it ("Last year it spent 60 mln dlrs..."):
    the figures it leads may be of another time than the total before them."""
    sentence = context.doc.sentence_at(first.span.start)
    if sentence is None:
        return False
    return any(sentence.span.start <= d.span.start and d.span.end <= first.span.start
               for d in context.facts.dates)
