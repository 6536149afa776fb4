"""Rule functions that add stated parts up against a stated total (the sum rules)."""
from __future__ import annotations

from factcheck.engine.numbers_compare import addable, bare, many
from factcheck.engine.values import Measured, Unverifiable, as_measured
from factcheck.model.facts import Quantity, QuantityKind


def decimal_scores(*figures) -> bool:
    """Scores written with decimals ("204.65 points"): judges' marks, whose total is the sum of
    the rounds or programmes reported, unlike a game's points, which a writer may break down
    by a few periods only."""
    items = [f for f in figures if f is not None]
    return bool(items) and all(isinstance(f, Quantity) and f.precision < 0.5 and abs(f.value) < 10_000
                               and f.kind is not QuantityKind.MONEY for f in items)


def running_phrase(words) -> bool:
    """'bringing the total to', 'taking its total to': a running total, which may include
    amounts stated earlier in the article, not only the parts just listed."""
    text = str(words if not isinstance(words, (tuple, list)) else " ".join(map(str, words))).lower()
    return any(verb in text for verb in ("bring", "brought", "taking", "took", "raising", "lifting"))


def total(parts) -> Measured:
    """The sum of the parts, unit-free (the rule has already asked `all_comparable`)."""
    items = [bare(p) for p in many(parts)]
    if not items:
        raise Unverifiable("nothing to add up")
    result = items[0]
    for item in items[1:]:
        result = result + item
    return result


def like(parts, total) -> tuple:
    """The parts that measure what the total measures: a list of money amounts may carry
    a rate or a count along ("6.0 billion for the 7.25 pct tranche")."""
    return tuple(p for p in many(parts) if p is not None and addable(p, total) and p != total)


def _whole_count(q) -> bool:
    """A count stated to the unit ("9 golds", "12,090 patients", "eight men"): things counted
    whole, so the figure is exact rather than a rounding of something between 8.5 and 9.5.
    Written-out numbers count only without a scale ("two million" is a round figure)."""
    if not (isinstance(q, Quantity) and q.kind in (QuantityKind.COUNT, QuantityKind.NUMBER)
            and float(q.value).is_integer() and not q.hedge and q.upper is None):
        return False
    return q.precision == 0.5 if not q.words else q.precision == 0


def parts_total(total_q, *parts) -> Measured:
    """The sum of the given parts (none for a part the pattern did not capture).  Whole counts
    add up exactly: 9 golds and 6 silvers are 15 medals, not anything from 14 to 16."""
    items = [p for p in parts if p is not None]
    if not all(addable(p, total_q) for p in items):
        raise Unverifiable("the parts are not all in the total's unit")
    if items and all(_whole_count(q) for q in (*items, total_q)):
        return Measured.exact(sum(q.value for q in items))
    return total(items)


def parts_coverage(total_q, *parts) -> float:
    return coverage([p for p in parts if p is not None], total_q)


def all_addable(total_q, *parts) -> bool:
    items = [p for p in parts if p is not None]
    return len(items) >= 2 and all(addable(p, total_q) for p in items)


def coverage(parts, whole) -> float:
    """How much of the whole the parts add up to (1.0 = all of it), by central values."""
    w = as_measured(whole).value
    if w <= 0:
        raise Unverifiable("the total is not positive")
    return sum(as_measured(p).value for p in many(parts)) / w
