"""Backtracking pattern matching over a TokenStream.

Gaps are lazy (the shortest gap that lets the rest match), repetitions greedy,
alternatives ordered. Every search has a step budget, so a pathological
pattern or sentence costs bounded time and simply yields no match.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from factcheck.engine.tokens import TokenStream
from factcheck.model.rule import Alt, Capture, Gap, Repeat, Seq, WordClass, Words

STEP_BUDGET = 20_000
# Words allowed between the members of a repeated capture ("$3m for schools and $2m").
MEMBER_GAP = 4


class _Budget(Exception):
    pass


@attrs.frozen
class Match:
    first: int
    stop: int
    captures: Mapping[str, object]


Cont = Callable[[int, dict], "tuple[int, dict] | None"]


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


class Matcher:
    def __init__(self, stream: TokenStream, classes: Mapping[str, dict]) -> None:
        self.s = stream
        self.classes = classes
        self.steps = 0

    def m(self, node, pos: int, caps: dict, k: Cont):
        self.steps += 1                   # the step budget; this is the matcher's hottest line
        if self.steps > STEP_BUDGET:
            raise _Budget
        if isinstance(node, Seq):
            return self._seq(node.items, 0, pos, caps, k)
        if isinstance(node, Alt):
            for option in node.options:
                r = self.m(option, pos, caps, k)
                if r is not None:
                    return r
            return None
        if isinstance(node, Words):
            end = self._words(node.tokens, pos)
            return k(end, caps) if end is not None else None
        if isinstance(node, WordClass):
            for end in self._class(node.name, pos):
                r = k(end, caps)
                if r is not None:
                    return r
            return None
        if isinstance(node, Gap):
            # n runs while pos + n stays within the stream, as it always did.
            for n in range(node.min, min(node.max, len(self.s.tokens) - pos) + 1):
                r = k(pos + n, caps)
                if r is not None:
                    return r
            return None
        if isinstance(node, Repeat):
            return self._repeat(node, 0, pos, caps, k)
        if isinstance(node, Capture):
            return self._capture(node, pos, caps, k)
        raise TypeError(f"unknown pattern node {node!r}")

    def _seq(self, items, i, pos, caps, k):
        if i == len(items):
            return k(pos, caps)
        return self.m(items[i], pos, caps, lambda p, c: self._seq(items, i + 1, p, c, k))

    def _repeat(self, node: Repeat, count, pos, caps, k):
        if count < node.max:
            r = self.m(node.node, pos, caps,
                       lambda p, c: self._repeat(node, count + 1, p, c, k) if p != pos else None)
            if r is not None:
                return r
        if count >= node.min:
            return k(pos, caps)
        return None

    def _words(self, words: tuple[str, ...], pos: int) -> int | None:
        toks = self.s.tokens
        if pos + len(words) > len(toks):
            return None
        for i, w in enumerate(words):
            if toks[pos + i].text != w:
                return None
        return pos + len(words)

    def _class(self, name: str, pos: int):
        """Ends of the class's phrases that match at pos, longest first."""
        if pos >= len(self.s.tokens):
            return []
        ends = []
        for phrase in self.classes.get(name, {}).get(self.s.tokens[pos].text, ()):
            end = self._words(phrase, pos)
            if end is not None and end not in ends:
                ends.append(end)
        return ends

    def _facts(self, ctype: str, pos: int):
        return [a for a in self.s.facts_at.get(pos, ()) if ctype in a.types]

    def _capture(self, node: Capture, pos, caps, k):
        if node.type.startswith("@"):
            for end in self._class(node.type[1:], pos):
                text = " ".join(t.text for t in self.s.tokens[pos:end])
                r = k(end, {**caps, node.name: text})
                if r is not None:
                    return r
            return None
        if node.type == "word":
            if pos < len(self.s.tokens) and self.s.tokens[pos].word:
                return k(pos + 1, {**caps, node.name: self.s.tokens[pos].text})
            return None
        if not node.many:
            for a in sorted(self._facts(node.type, pos), key=lambda a: -a.stop):
                r = k(a.stop, {**caps, node.name: a.fact})
                if r is not None:
                    return r
            return None
        return self._members(node, pos, (), caps, k)

    def _members(self, node: Capture, pos, got: tuple, caps, k):
        """Greedy collection of repeated captures, each after at most MEMBER_GAP other tokens."""
        if len(got) < node.max:
            window = range(pos, min(pos + (MEMBER_GAP if got else 0) + 1, len(self.s.tokens)))
            for start in window:
                for a in self._facts(node.type, start):
                    r = self._members(node, a.stop, got + (a.fact,), caps, k)
                    if r is not None:
                        return r
                if start > pos and self.s.tokens[start - 1].text in (".", ";"):
                    break
        if len(got) >= node.min:
            return k(pos, {**caps, node.name: got})
        return None


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


def _starts(stream: TokenStream, keys: frozenset | None) -> list[int]:
    if keys is None:
        return list(range(len(stream)))
    found: set[int] = set()
    for key in stream.present(keys):
        found.update(stream.positions(key))
    return sorted(found)


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


def plan(patterns, classes) -> Plan:
    firsts = tuple(first_set(p, classes) for p in patterns)
    return Plan(firsts, first_keys(firsts), tuple(tuple(required(p, classes)) for p in patterns))


def find_matches(stream: TokenStream, patterns, classes, how: Plan | None = None) -> list[Match]:
    """Leftmost, non-overlapping matches of any of the patterns (first pattern wins at a start)."""
    matches: list[Match] = []
    how = how or plan(patterns, classes)
    present = stream.key_set
    if how.keys is not None and present.isdisjoint(how.keys):
        return matches
    live = []
    for p, f, needs in zip(patterns, how.firsts, how.needs):
        for need in needs:                # a plain loop: this runs for every rule in every sentence
            if present.isdisjoint(need):
                break
        else:
            live.append((p, f))
    if not live:
        return matches
    keys = first_keys([f for _, f in live])
    pos = 0
    matcher = Matcher(stream, classes)
    for start in _starts(stream, keys):
        if start < pos:
            continue
        for pattern, first in live:
            if not _can_start(stream, start, first):
                continue
            matcher.steps = 0             # each attempt has its own step budget
            try:
                r = matcher.m(pattern, start, {}, lambda p, c: (p, c))
            except _Budget:
                r = None
            if r is not None and r[0] > start:
                matches.append(Match(start, r[0], r[1]))
                pos = r[0]
                break
    return matches
