"""Rule functions that look at the article around the captured figures: is another figure
in between, does a list start or end here, are two figures in adjacent sentences."""
from __future__ import annotations

import re

from factcheck.dsl.expr import context_function
from factcheck.engine.numbers_compare import addable, comparable
from factcheck.engine.values import Unverifiable
from factcheck.model.facts import Quantity


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
    """Only plain words stand between a and b ("42 pct of the group's sales of 7.58 billion"):
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
    return sa is not None and sb is not None and index[sb.span] == index[sa.span] + 1


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
