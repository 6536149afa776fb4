"""Functions the numeric rules (sums, percents, changes, conversions) call.

Each takes captured facts (or Measured values) and returns a Measured, whose
interval carries the stated precision of its inputs, or a yes/no.  A function
that cannot decide raises Unverifiable with the reason, which the engine
reports instead of a verdict.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.dsl.expr import context_function
from factcheck.engine.tolerance import CONVERSIONS
from factcheck.engine.values import Measured, Unverifiable, as_measured
from factcheck.model.facts import Quantity, QuantityKind

_NUMERIC = (QuantityKind.MONEY, QuantityKind.MEASURE, QuantityKind.COUNT, QuantityKind.NUMBER)


def _bare(x) -> Measured:
    """The figure without its unit: for ratios of figures already known to be comparable."""
    m = as_measured(x)
    return Measured(m.value, m.low, m.high, None, m.text)


def comparable(a, b) -> bool:
    """Two figures measure the same thing: same kind and unit (and counted noun where both
    say one), or one of them is a bare number ("to 6,627 from 12,194 cars")."""
    if not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    if QuantityKind.NUMBER in (a.kind, b.kind):
        other = b if a.kind is QuantityKind.NUMBER else a
        # index points ("fell 12.5 points to 1,209.5") are the index's own unit
        return other.kind in _NUMERIC or other.unit == "points"
    if a.kind is not b.kind or a.unit != b.unit:
        return False
    return a.kind is not QuantityKind.COUNT or not (a.noun and b.noun) or a.noun == b.noun


def all_comparable(parts, total) -> bool:
    return all(comparable(p, total) for p in _many(parts))


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


def as_percent(q) -> Measured:
    """A stated percent or percentage-point figure as a plain percent with its interval
    ("a margin of 0.2 percentage points" is 0.2% of the votes)."""
    m = as_measured(q)
    return Measured(m.value, m.low, m.high, "%", m.text)


@context_function
def next_sentence(context, a, b) -> bool:
    """b is in the sentence right after a's (for relations stated across two sentences)."""
    sentences = context.doc.sentences
    index = {s.span: i for i, s in enumerate(sentences)}
    sa, sb = context.doc.sentence_at(a.span.start), context.doc.sentence_at(b.span.start)
    return sa is not None and sb is not None and index[sb.span] == index[sa.span] + 1


def plausible_pair(old, new, limit: float = 20.0) -> bool:
    """Old and new figures of a change are within a factor `limit` of each other; a wider
    gap means the pattern caught two unrelated figures ("to 5 mln dlrs, or 50 cts a share")."""
    o, n = as_measured(old).value, as_measured(new).value
    if o <= 0 or n <= 0:
        return False
    return 1.0 / limit <= n / o <= limit


def pct_change(old, new) -> Measured:
    """The percent change from old to new, (new / old - 1) * 100, as an interval."""
    o, n = _bare(old), _bare(new)
    if o.low <= 0:
        raise Unverifiable("the old figure is not positive, so a percent change is undefined")
    ratio = n / o
    return Measured(ratio.value * 100 - 100, ratio.low * 100 - 100, ratio.high * 100 - 100, "%")


def pct_of_change(delta, new, direction: float = 1.0) -> Measured:
    """'rose D, or X pct, to A': the old figure is A - D (A + D after a fall), X = D / old."""
    d, n = _bare(delta), _bare(new)
    old = n - d if direction > 0 else n + d
    if old.low <= 0:
        raise Unverifiable("the change is larger than the figure it leads to")
    share = d / old
    return Measured(share.value * 100, share.low * 100, share.high * 100, "%")


def pp_change(old, new) -> Measured:
    """The change between two percents in percentage points."""
    if not all(isinstance(q, Quantity) and q.kind is QuantityKind.PERCENT for q in (old, new)):
        raise Unverifiable("percentage points are a change between two percents")
    m = _bare(new) - _bare(old)
    return Measured(m.value, m.low, m.high, "pp")


def roughly(x, target: float, within: float = 0.25) -> bool:
    """x is within `within` (a fraction) of target: for word multiples ("doubled"),
    which writers use loosely ("more than doubled", "nearly tripled")."""
    m = as_measured(x)
    return m.low <= target * (1 + within) and target * (1 - within) <= m.high


_WORD_MULTIPLES = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}


def word_multiple(word) -> float:
    """'doubled' -> 2, 'tripled' -> 3, 'halved' -> 0.5."""
    text = str(word if not isinstance(word, (tuple, list)) else " ".join(map(str, word))).lower()
    for stem, factor in _WORD_MULTIPLES.items():
        if stem in text:
            return factor
    raise Unverifiable(f"{text!r} is not a multiple")


def share(part, whole) -> Measured:
    """part / whole as a percent."""
    w = _bare(whole)
    if w.low <= 0:
        raise Unverifiable("the whole is not positive")
    ratio = _bare(part) / w
    return Measured(ratio.value * 100, ratio.low * 100, ratio.high * 100, "%")


def multiple(old, new) -> Measured:
    """new / old: 'doubled' is 2, 'tripled' 3, 'halved' 0.5."""
    o = _bare(old)
    if o.low <= 0:
        raise Unverifiable("the old figure is not positive")
    return _bare(new) / o


def total(parts) -> Measured:
    """The sum of the parts, unit-free (the rule has already asked `all_comparable`)."""
    items = [_bare(p) for p in _many(parts)]
    if not items:
        raise Unverifiable("nothing to add up")
    result = items[0]
    for item in items[1:]:
        result = result + item
    return result


def addable(part, total) -> bool:
    """A part can be added into the total: same money or unit, or a bare number, or a
    counted category of a counted or measured total ("374,000 tonnes, of which 71,000 are
    grains and 203,000 derivatives")."""
    if not isinstance(part, Quantity) or not isinstance(total, Quantity):
        return False
    if comparable(part, total):
        return True
    return part.kind is QuantityKind.COUNT and total.kind in (QuantityKind.MEASURE, QuantityKind.COUNT)


def like(parts, total) -> tuple:
    """The parts that measure what the total measures: a list of money amounts may carry
    a rate or a count along ("5.1 billion for the 8.50 pct tranche")."""
    return tuple(p for p in _many(parts) if p is not None and addable(p, total) and p is not total)


def parts_total(total_q, *parts) -> Measured:
    """The sum of the given parts (none for a part the pattern did not capture)."""
    items = [p for p in parts if p is not None]
    if not all(addable(p, total_q) for p in items):
        raise Unverifiable("the parts are not all in the total's unit")
    return total(items)


def parts_coverage(total_q, *parts) -> float:
    return coverage([p for p in parts if p is not None], total_q)


def all_addable(total_q, *parts) -> bool:
    items = [p for p in parts if p is not None]
    return len(items) >= 2 and all(addable(p, total_q) for p in items)


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


def first(values):
    items = _many(values)
    if not items:
        raise Unverifiable("empty list")
    return items[0]


def last(values):
    items = _many(values)
    if not items:
        raise Unverifiable("empty list")
    return items[-1]


def coverage(parts, whole) -> float:
    """How much of the whole the parts add up to (1.0 = all of it), by central values."""
    w = as_measured(whole).value
    if w <= 0:
        raise Unverifiable("the total is not positive")
    return sum(as_measured(p).value for p in _many(parts)) / w


_PEOPLE = frozenset({
    "people", "respondents", "members", "voters", "adults", "students", "patients", "employees",
    "workers", "participants", "children", "women", "men", "residents", "households", "families",
    "delegates", "senators", "doctors", "nurses", "teachers", "parents", "persons"})


def is_people(n) -> bool:
    """A count of people, the groups GRIM-style checks make sense for."""
    return isinstance(n, Quantity) and (n.noun or "") in _PEOPLE


def grim_consistent(pct, n) -> bool:
    """'X% of N people': some whole number k of N must give X% within its stated rounding."""
    p = as_measured(pct)
    size = as_measured(n).value
    if size != int(size) or not 0 < size <= 10_000:
        raise Unverifiable("the group size is not a whole number that can be checked")
    low_k = max(0, int(p.low / 100 * size) - 1)
    high_k = int(p.high / 100 * size) + 1
    return any(p.low <= 100 * k / size <= p.high for k in range(low_k, high_k + 1))


def convert(q, unit: str) -> Measured:
    """A stated measure expressed in another unit, keeping its interval."""
    if not isinstance(q, Quantity) or not q.unit:
        raise Unverifiable("the figure has no unit to convert")
    if q.unit == unit:
        return as_measured(q)
    factor = CONVERSIONS.get((q.unit, unit))
    if factor is None:
        inverse = CONVERSIONS.get((unit, q.unit))
        if inverse is None:
            raise Unverifiable(f"no conversion from {q.unit} to {unit}")
        factor = 1.0 / inverse
    m = _bare(q)
    return Measured(m.value * factor, m.low * factor, m.high * factor, unit)


def _many(values) -> tuple:
    if isinstance(values, (tuple, list)):
        return tuple(values)
    return (values,)


FUNCTIONS: dict[str, Callable] = {
    "adjacent": adjacent,
    "comparable": comparable,
    "plain_gap": plain_gap,
    "next_sentence": next_sentence,
    "as_percent": as_percent,
    "all_comparable": all_comparable,
    "plausible_pair": plausible_pair,
    "pct_change": pct_change,
    "pct_of_change": pct_of_change,
    "share": share,
    "pp_change": pp_change,
    "roughly": roughly,
    "word_multiple": word_multiple,
    "multiple": multiple,
    "total": total,
    "coverage": coverage,
    "like": like,
    "addable": addable,
    "all_addable": all_addable,
    "parts_total": parts_total,
    "parts_coverage": parts_coverage,
    "next_like": next_like,
    "starts_list": starts_list,
    "ends_list": ends_list,
    "max_end": max_end,
    "first": first,
    "last": last,
    "grim_consistent": grim_consistent,
    "is_people": is_people,
    "convert": convert,
}
