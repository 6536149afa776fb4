"""Finding rule patterns in a TokenStream: what a pattern needs and can start with, which
patterns a stream can meet at all, and the search for leftmost, non-overlapping matches.

Matching itself runs patterns compiled into closures (engine/compiled.py), which behave
exactly as the reference interpreter (engine/interpret.py, Matcher.m), step budget included.
"""
from __future__ import annotations

from collections.abc import Mapping

import attrs

from factcheck.engine.compiled import LazyPattern
from factcheck.engine.interpret import MEMBER_GAP, STEP_BUDGET, Matcher, OutOfSteps
from factcheck.engine.tokens import TokenStream
from factcheck.model.rule import Alt, Capture, Gap, Repeat, Seq, WordClass, Words

__all__ = ["MEMBER_GAP", "STEP_BUDGET", "Match", "Matcher", "OutOfSteps", "Plan", "compile_classes",
           "find_matches", "first_set", "gates", "live_patterns", "plan", "required", "search"]


@attrs.frozen(init=False)
class Match:
    first: int
    stop: int
    captures: Mapping[str, object]

    def __init__(self, first: int, stop: int, captures: Mapping[str, object]) -> None:
        # Written out, setting the slots directly: attrs' frozen __init__ goes through
        # object.__setattr__ per field, and a match is made for every rule hit.
        _set_first(self, first)
        _set_stop(self, stop)
        _set_captures(self, captures)


_set_first = Match.__dict__["first"].__set__
_set_stop = Match.__dict__["stop"].__set__
_set_captures = Match.__dict__["captures"].__set__


def compile_classes(phrases: Mapping[str, tuple[tuple[str, ...], ...]]) -> dict:
    """Word classes as {name: {first word: phrases starting with it, longest first}}, so a class
    with forty phrases costs one dictionary look-up per position, not forty comparisons."""
    compiled: dict = {}
    for name, items in phrases.items():
        by_first: dict = {}
        for phrase in sorted(set(items), key=len, reverse=True):
            by_first.setdefault(phrase[0], []).append(phrase)
        compiled[name] = {k: tuple(v) for k, v in by_first.items()}
    return compiled


_ANY = None


def first_set(node, classes) -> set | None:
    """What can stand first in a match: {("w", word), ("f", type)}, or None for anything.
    Only start positions that offer one of these are tried."""
    if isinstance(node, Words):
        return {("w", node.tokens[0])}
    if isinstance(node, WordClass):
        return {("w", first) for first in classes.get(node.name, {})}
    if isinstance(node, Capture):
        if node.type.startswith("@"):
            return {("w", first) for first in classes.get(node.type[1:], {})}
        if node.type == "word" or node.min == 0:
            return _ANY
        return {("f", node.type)}
    if isinstance(node, Alt):
        out: set = set()
        for option in node.options:
            sub = first_set(option, classes)
            if sub is _ANY:
                return _ANY
            out |= sub
        return out
    if isinstance(node, Seq):
        out = set()
        for item in node.items:
            sub = first_set(item, classes)
            if sub is _ANY:
                return _ANY
            out |= sub
            if not _optional(item):
                return out
        return _ANY
    if isinstance(node, Repeat):
        return first_set(node.node, classes) if node.min > 0 else _ANY
    return _ANY


def _optional(node) -> bool:
    if isinstance(node, Repeat):
        return node.min == 0 or _optional(node.node)
    if isinstance(node, Gap):
        return node.min == 0
    if isinstance(node, Seq):
        return all(_optional(i) for i in node.items)
    if isinstance(node, Alt):
        return any(_optional(o) for o in node.options)
    return False


def _starts(stream: TokenStream, split: tuple | None) -> list[int]:
    """Positions where one of a set of first keys occurs, ascending, given as (words, fact
    types) by _split_keys (every position for None). The words are scanned for: cheaper than
    indexing a stream for the few rules that search it (measured on whole articles too: eight
    scans cost a quarter of building one index)."""
    if split is None:
        return list(range(len(stream)))
    words, types = split
    found = [i for i, text in enumerate(stream.texts) if text in words] if words else []
    if types:
        by_type = stream.fact_positions
        at_facts = [by_type[t] for t in types if t in by_type]
        if at_facts:
            if not found and len(at_facts) == 1:
                return at_facts[0]
            return sorted(set(found).union(*at_facts))
    return found


_SPLIT: dict = {}


def _split_keys(keys: frozenset) -> tuple[frozenset, frozenset]:
    """(words, fact types) of a set of first keys, remembered: rules come back to the same sets."""
    split = _SPLIT.get(keys)
    if split is None:
        if len(_SPLIT) > 4096:
            _SPLIT.clear()
        split = _SPLIT[keys] = (frozenset(v for kind, v in keys if kind == "w"),
                                frozenset(v for kind, v in keys if kind == "f"))
    return split


def first_keys(firsts: list) -> frozenset | None:
    """Everything any of a rule's patterns can start with, or None when one can start anywhere."""
    if any(f is _ANY for f in firsts):
        return None
    return frozenset().union(*firsts)


def _can_start(stream: TokenStream, pos: int, firsts: set | None) -> bool:
    if firsts is _ANY:
        return True
    if ("w", stream.tokens[pos].text) in firsts:
        return True
    for a in stream.facts_at.get(pos, ()):
        for t in a.types:
            if ("f", t) in firsts:
                return True
    return False


def required(node, classes) -> list[frozenset]:
    """What any match must contain, as a list of any-of sets: each set needs one of its
    keys somewhere in the stream. Checked before matching, it lets a rule skip a
    sentence that lacks, say, "from" or a percentage without trying a single start."""
    if isinstance(node, Words):
        return [frozenset({("w", t)}) for t in node.tokens]
    if isinstance(node, WordClass):
        return [frozenset(("w", first) for first in classes.get(node.name, {}))]
    if isinstance(node, Capture):
        if node.min == 0 or node.type == "word":
            return []
        if node.type.startswith("@"):
            return [frozenset(("w", first) for first in classes.get(node.type[1:], {}))]
        return [frozenset({("f", node.type)})]
    if isinstance(node, Seq):
        return [need for item in node.items for need in required(item, classes)]
    if isinstance(node, Repeat):
        return required(node.node, classes) if node.min > 0 else []
    if isinstance(node, Alt):
        options = [required(o, classes) for o in node.options]
        if any(not o for o in options):
            return []
        return [frozenset().union(*(key for o in options for key in o))]
    return []


@attrs.frozen
class Plan:
    """What a rule's patterns need, computed once per rule (see find_matches)."""
    firsts: tuple
    keys: frozenset | None
    needs: tuple             # one tuple of any-of sets per pattern
    compiled: tuple = ()     # one LazyPattern per pattern
    leads: tuple = ()        # one lead_index per pattern


def plan(patterns, classes) -> Plan:
    firsts = tuple(first_set(p, classes) for p in patterns)
    return Plan(firsts, first_keys(firsts), tuple(tuple(required(p, classes)) for p in patterns),
                tuple(LazyPattern(p, classes) for p in patterns),
                tuple(lead_index(p, classes) for p in patterns))


def lead_phrases(node, classes) -> set | None:
    """The phrases one of which any match must begin with (a word class "a total of" | "a total"),
    or None when a match may begin with anything else (a fact, any word, an optional part)."""
    if isinstance(node, Words):
        return {node.tokens}
    if isinstance(node, WordClass):
        return {phrase for phrases in classes.get(node.name, {}).values() for phrase in phrases}
    if isinstance(node, Capture):
        if node.type.startswith("@"):
            return {phrase for phrases in classes.get(node.type[1:], {}).values() for phrase in phrases}
        return None
    if isinstance(node, Alt):
        out: set = set()
        for option in node.options:
            sub = lead_phrases(option, classes)
            if sub is None:
                return None
            out |= sub
        return out
    if isinstance(node, Seq):
        if not node.items or _optional(node.items[0]):
            return None
        return lead_phrases(node.items[0], classes)
    if isinstance(node, Repeat):
        return lead_phrases(node.node, classes) if node.min > 0 else None
    return None


def lead_index(node, classes) -> dict | None:
    """lead_phrases by first word: {word: True} where a one-word phrase suffices, else
    {word: (phrase as a list, ...)}; None when there is nothing to check beyond the first
    word (no lead phrases, or all of one word)."""
    phrases = lead_phrases(node, classes)
    if phrases is None or all(len(p) == 1 for p in phrases):
        return None
    index: dict = {}
    for phrase in sorted(phrases, key=len):
        if index.get(phrase[0]) is True:
            continue
        if len(phrase) == 1:
            index[phrase[0]] = True
        else:
            index[phrase[0]] = index.get(phrase[0], ()) + (list(phrase),)
    return index


def _leads(texts: list[str], pos: int, index: dict) -> bool:
    """Whether one of a pattern's lead phrases (lead_index) stands at pos."""
    phrases = index.get(texts[pos], False)
    if phrases is True or phrases is False:
        return phrases
    for phrase in phrases:
        if texts[pos:pos + len(phrase)] == phrase:
            return True
    return False


def gates(how: Plan) -> tuple:
    """Per pattern ((LazyPattern, firsts, lead index, split firsts), must, any_of): a pattern
    can match a stream only if the stream holds every key of `must` (the needs that are single
    keys, checked in one set operation) and one key of each set in `any_of` (the other needs,
    and what the pattern can start with: a pattern none of whose first elements occur is
    never tried)."""
    out = []
    for pattern, firsts, needs, lead in zip(how.compiled, how.firsts, how.needs, how.leads):
        must = frozenset(key for need in needs if len(need) == 1 for key in need)
        any_of = {need for need in needs if len(need) != 1}
        if firsts is not _ANY:
            any_of.add(frozenset(firsts))
        # A set that includes a required key is met whenever that key is there.
        any_of = tuple(sorted((a for a in any_of if a.isdisjoint(must)), key=len))
        split = None if firsts is _ANY else _split_keys(frozenset(firsts))
        out.append(((pattern, firsts, lead, split), must, any_of))
    return tuple(out)


def live_patterns(present, pattern_gates) -> list:
    """(LazyPattern, firsts, lead index, split firsts) of the patterns whose gates the stream's
    keys (present) pass."""
    live = []
    for pattern, must, any_of in pattern_gates:
        if not must <= present:
            continue
        for need in any_of:
            if present.isdisjoint(need):
                break
        else:
            live.append(pattern)
    return live


def find_matches(stream: TokenStream, patterns, classes, how: Plan | None = None) -> list[Match]:
    """Leftmost, non-overlapping matches of any of the patterns (first pattern wins at a start)."""
    how = how or plan(patterns, classes)
    live = live_patterns(stream.key_set, gates(how))
    return search(stream, classes, live) if live else []


def search(stream: TokenStream, classes, live: list) -> list[Match]:
    """find_matches for the patterns that passed their gates, as live_patterns gives them, in
    order. Leaving out a pattern where it cannot match changes nothing: it would never pass
    _can_start, never get past its lead phrase, or never reach its end."""
    state = Matcher(stream, classes)
    if len(live) == 1:
        pattern, _, lead, split = live[0]
        return _search_one(state, pattern, lead, _starts(stream, split))
    matches: list[Match] = []
    keys = first_keys([f for _, f, _, _ in live])
    pos = 0
    texts = state.texts
    for start in _starts(stream, None if keys is None else _split_keys(keys)):
        if start < pos:
            continue
        for pattern, first, lead, _ in live:
            if not _can_start(stream, start, first):
                continue
            if lead is not None and not _leads(texts, start, lead):
                continue                  # "a" begins no "a total of" here: no attempt needed
            state.steps = 0               # each attempt has its own step budget
            try:
                r = pattern.fn(state, start, {})
            except OutOfSteps:
                r = None
            if r is not None and r[0] > start:
                matches.append(Match(start, r[0], r[1]))
                pos = r[0]
                break
    return matches


def _search_one(state: Matcher, pattern: LazyPattern, lead: dict | None, starts: list[int]) -> list[Match]:
    """search for a single live pattern: the starts come from its own first keys, so it can
    start at each (no _can_start)."""
    matches: list[Match] = []
    pos = 0
    texts = state.texts
    for start in starts:
        if start < pos:
            continue
        if lead is not None and not _leads(texts, start, lead):
            continue
        state.steps = 0                   # each attempt has its own step budget
        try:
            r = pattern.fn(state, start, {})
        except OutOfSteps:
            continue
        if r is not None and r[0] > start:
            matches.append(Match(start, r[0], r[1]))
            pos = r[0]
    return matches
