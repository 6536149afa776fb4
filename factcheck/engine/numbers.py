"""Functions the numeric rules (sums, percents, changes, conversions) call.

Each takes captured facts (or Measured values) and returns a Measured, whose
interval carries the stated precision of its inputs, or a yes/no.  A function
that cannot decide raises Unverifiable with the reason, which the engine
reports instead of a verdict.
"""
from __future__ import annotations

import math
from collections.abc import Callable

from factcheck.engine.evidence import number, with_unit
from factcheck.engine.numbers_compare import addable, bare, comparable
from factcheck.engine.numbers_context import (
    adjacent,
    colon_follows,
    ends_list,
    has_named_whole,
    max_end,
    named_whole,
    next_like,
    next_sentence,
    no_figure_after,
    opens_with_of,
    own_period,
    plain_gap,
    starts_list,
)
from factcheck.engine.numbers_convert import conversion_of, convert, convert_delta, loosely
from factcheck.engine.numbers_lists import (
    dated_lead,
    earlier_amount_is,
    echoes_total,
    first_like_in_sentence,
    opens_with_includes,
    own_total_between,
    sole_list,
)
from factcheck.engine.numbers_sums import (
    all_addable,
    coverage,
    decimal_scores,
    like,
    parts_coverage,
    parts_total,
    running_phrase,
    total,
)
from factcheck.engine.tolerance import ABOVE, AT_LEAST, AT_MOST, BELOW, JUST_ABOVE
from factcheck.engine.values import Measured, Unverifiable, as_measured
from factcheck.model.facts import Quantity, QuantityKind


def as_percent(q) -> Measured:
    """A stated percent or percentage-point figure as a plain percent with its interval
    ("a margin of 0.3 percentage points" is 0.3% of the votes)."""
    m = as_measured(q)
    return Measured(m.value, m.low, m.high, "%", m.text)


def as_pp(q) -> Measured:
    """A stated change in points as percentage points with its interval: between two
    percents, "a decline of 0.6 points" means 0.6 percentage points."""
    m = as_measured(q)
    return Measured(m.value, m.low, m.high, "pp", m.text)


def bound_hedge(q) -> bool:
    """The figure is a bound ("as many as 1.7 mln shares", "at least 40"), not an estimate."""
    hedge = (getattr(q, "hedge", None) or "").lower()
    return hedge in AT_MOST or hedge in AT_LEAST


def unhedged(q) -> Measured:
    """A stated figure with only its rounding, its hedge set aside: for a bound that governs
    two figures stated as one ("as many as 1.7 mln shares, or 10 pct of the stock" bounds
    both, so the share is stated for the figures as written)."""
    m = as_measured(q)
    if not isinstance(q, Quantity) or q.upper is not None:
        return m
    p = q.precision
    return Measured(m.value, m.value - p, m.value + p, m.unit, m.text)


def plausible_pair(old, new, limit: float = 20.0) -> bool:
    """Old and new figures of a change are within a factor `limit` of each other; a wider
    gap means the pattern caught two unrelated figures ("to 5 mln dlrs, or 50 cts a share")."""
    o, n = as_measured(old).value, as_measured(new).value
    if o <= 0 or n <= 0:
        return False
    return 1.0 / limit <= n / o <= limit


def pct_change(old, new) -> Measured:
    """The percent change from old to new, (new / old - 1) * 100, as an interval."""
    o, n = bare(old), bare(new)
    if o.low <= 0:
        raise Unverifiable("the old figure is not positive, so a percent change is undefined")
    ratio = n / o
    return Measured(ratio.value * 100 - 100, ratio.low * 100 - 100, ratio.high * 100 - 100, "%")


def pct_of_change(delta, new, direction: float = 1.0) -> Measured:
    """'rose D, or X pct, to A': the old figure is A - D (A + D after a fall), X = D / old."""
    d, n = bare(delta), bare(new)
    old = n - d if direction > 0 else n + d
    if old.low <= 0:
        raise Unverifiable("the change is larger than the figure it leads to")
    share = d / old
    return Measured(share.value * 100, share.low * 100, share.high * 100, "%")


def pp_change(old, new) -> Measured:
    """The change between two percents in percentage points."""
    if not all(isinstance(q, Quantity) and q.kind is QuantityKind.PERCENT for q in (old, new)):
        raise Unverifiable("percentage points are a change between two percents")
    m = bare(new) - bare(old)
    return Measured(m.value, m.low, m.high, "pp")


def roughly(x, target: float, within: float = 0.25) -> bool:
    """x is within `within` (a fraction) of target: for word multiples ("doubled"),
    which writers use loosely ("more than doubled", "nearly tripled")."""
    m = as_measured(x)
    return m.low <= target * (1 + within) and target * (1 - within) <= m.high


_WORD_MULTIPLES = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5, "half": 0.5}


_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10}


def _multiple_text(word) -> str:
    return str(word if not isinstance(word, (tuple, list)) else " ".join(map(str, word))).lower()


def _fold(text: str) -> int | None:
    """'threefold', 'three-fold', 'three - fold' -> 3."""
    head = text.replace(" ", "").replace("-", "")
    if head.endswith("fold") and head[:-4] in _FOLD:
        return _FOLD[head[:-4]]
    return None


def word_multiple(word) -> float:
    """'doubled' -> 2, 'tripled' -> 3, 'halved' and 'cut in half' -> 0.5, 'fivefold' -> 5."""
    text = _multiple_text(word)
    fold = _fold(text)
    if fold is not None:
        return float(fold)
    for stem, factor in _WORD_MULTIPLES.items():
        if stem in text:
            return factor
    raise Unverifiable(f"{text!r} is not a multiple")


def fits_multiple(x, word) -> bool:
    """x is about the multiple the word states. 'An N-fold rise' is read both ways copy
    uses it, N times the old figure or N times more (N + 1 times): which one a writer
    meant cannot be told."""
    fold = _fold(_multiple_text(word))
    if fold is not None:
        return roughly(x, fold) or roughly(x, fold + 1)
    return roughly(x, word_multiple(word))


def percent_of(pct, whole) -> Measured:
    """X% of the whole, in the whole's unit."""
    p, w = as_measured(pct), as_measured(whole)
    m = bare(p) * bare(w) / 100.0
    return Measured(m.value, m.low, m.high, w.unit)


def fraction(part, whole) -> Measured:
    """part / whole as a plain fraction ("a little less than half")."""
    w = bare(whole)
    if w.low <= 0:
        raise Unverifiable("the whole is not positive")
    return bare(part) / w


def hedge_holds(computed, stated) -> bool:
    """The article's own figures agree with a hedged figure's direction.

    "$667,000 of $1.3m is a little less than half": the figures as written
    give 0.513, so "less than" is wrong even though rounding of "$1.3m" could
    just reach 0.5.  A direction word is a claim about the figures as
    written, so it is checked on their central values; without a direction
    word the intervals must meet (the usual ~=).
    """
    c, q = as_measured(computed), stated
    hedge = (getattr(q, "hedge", None) or "").lower()
    v = as_measured(q).value
    if hedge in BELOW or hedge in AT_MOST:
        return c.value < v and (hedge not in BELOW or c.value >= v * 0.85)
    if hedge in JUST_ABOVE or hedge in ABOVE:
        return c.value > v and (hedge not in JUST_ABOVE or c.value <= v * 1.15)
    stated_m = bare(q)
    return c.low <= stated_m.high and stated_m.low <= c.high


def allowed(x) -> str:
    """The interval a computed figure can take given the rounding of its inputs, for
    messages: "20.2% to 30.1%"."""
    m = as_measured(x)
    return f"{with_unit(number(m.low), m.unit)} to {with_unit(number(m.high), m.unit)}"


def share(part, whole) -> Measured:
    """part / whole as a percent."""
    w = bare(whole)
    if w.low <= 0:
        raise Unverifiable("the whole is not positive")
    ratio = bare(part) / w
    return Measured(ratio.value * 100, ratio.low * 100, ratio.high * 100, "%")


def multiple(old, new) -> Measured:
    """new / old: 'doubled' is 2, 'tripled' 3, 'halved' 0.5."""
    o = bare(old)
    if o.low <= 0:
        raise Unverifiable("the old figure is not positive")
    return bare(new) / o


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
    if not (math.isfinite(p.low) and math.isfinite(p.high)):
        raise Unverifiable("the percent is an open bound")
    if size != int(size) or not 0 < size <= 10_000:
        raise Unverifiable("the group size is not a whole number that can be checked")
    low_k = max(0, int(p.low / 100 * size) - 1)
    high_k = int(p.high / 100 * size) + 1
    return any(p.low <= 100 * k / size <= p.high for k in range(low_k, high_k + 1))


FUNCTIONS: dict[str, Callable] = {
    "adjacent": adjacent,
    "echoes_total": echoes_total,
    "first_like_in_sentence": first_like_in_sentence,
    "own_total_between": own_total_between,
    "bound_hedge": bound_hedge,
    "running_phrase": running_phrase,
    "decimal_scores": decimal_scores,
    "unhedged": unhedged,
    "opens_with_includes": opens_with_includes,
    "dated_lead": dated_lead,
    "earlier_amount_is": earlier_amount_is,
    "sole_list": sole_list,
    "has_named_whole": has_named_whole,
    "named_whole": named_whole,
    "no_figure_after": no_figure_after,
    "own_period": own_period,
    "opens_with_of": opens_with_of,
    "colon_follows": colon_follows,
    "comparable": comparable,
    "plain_gap": plain_gap,
    "next_sentence": next_sentence,
    "as_percent": as_percent,
    "plausible_pair": plausible_pair,
    "pct_change": pct_change,
    "pct_of_change": pct_of_change,
    "share": share,
    "allowed": allowed,
    "percent_of": percent_of,
    "fraction": fraction,
    "hedge_holds": hedge_holds,
    "pp_change": pp_change,
    "as_pp": as_pp,
    "roughly": roughly,
    "word_multiple": word_multiple,
    "fits_multiple": fits_multiple,
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
    "grim_consistent": grim_consistent,
    "is_people": is_people,
    "convert": convert,
    "convert_delta": convert_delta,
    "conversion_of": conversion_of,
    "loosely": loosely,
}
