"""Rule functions that look at the article around the captured figures: is another figure
in between, does a list start or end here, are two figures in adjacent sentences."""
from __future__ import annotations

import re

from factcheck.dsl.expr import context_function
from factcheck.engine.numbers_compare import addable, comparable
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



# A time frame right after a figure, or after the word after it: "a gain of 28 percent over the
# past year", "a 25% fall from a year earlier", "... year on year", "... since 2019".
_PERIOD_AFTER = re.compile(
    r"(?:\s+[a-z]+)??\s*,?\s*(?:(?:during|over|in|within|from|since|for|on|compared\s+(?:with|to)|versus|vs\.?|than)\b"
    r"[^.;:,()]{0,40}?\b(?:years?|months?|weeks?|quarters?|decades?|periods?|days?|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|"
    r"aug|sept?|oct|nov|dec|1\d{3}|20\d{2})\b"
    r"|(?:year[- ](?:on|over)[- ]year|annually|a\s+year|per\s+year|a\s+month|per\s+month)\b)",
    re.IGNORECASE)


@context_function
def own_period(context, q) -> bool:
    """A time frame follows q ("a gain of 28 percent over the past year", "... from a year
    earlier"): a change stated after other figures may then be of another period than theirs."""
    if not isinstance(q, Quantity):
        return False
    sentence = context.doc.sentence_at(q.span.start)
    end = sentence.span.end if sentence else q.span.end
    return _PERIOD_AFTER.match(context.doc.text, q.span.end, end) is not None


_OF_LEAD = re.compile(r"^\W*of\s+(?:the|its|their|his|her|our|these|those|this|all)?\s*(?:[\w'-]+\s+){0,2}$",
                      re.IGNORECASE)


@context_function
def opens_with_of(context, whole) -> bool:
    """The sentence opens "Of the 800 workers, ...": the whole every later share is of."""
    sentence = context.doc.sentence_at(whole.span.start)
    if sentence is None:
        return False
    return _OF_LEAD.match(context.doc.text[sentence.span.start:whole.span.start]) is not None



_TOTAL_NAMED = re.compile(r"\b(?:total\w*|combined|altogether|in\s+all)\b", re.IGNORECASE)


@context_function
def colon_follows(context, whole) -> bool:
    """A colon (not a clock's "9:30") follows the figure within its clause, and no word names
    the figure a total (those lists are SU01's): what comes after breaks the figure down."""
    text = context.doc.text
    if text[max(0, whole.span.start - 1):whole.span.start] == ":":
        return False
    clause = re.split(r"[,;.]", text[whole.span.end:whole.span.end + 40])[0]
    colon = re.search(r":\s", clause)
    if colon is None:
        return False
    sentence = context.doc.sentence_at(whole.span.start)
    start = sentence.span.start if sentence else whole.span.start
    return _TOTAL_NAMED.search(text[start:whole.span.start] + " " + clause[:colon.start()]) is None
