"""Backtracking pattern matching over a TokenStream.

Gaps are lazy (the shortest gap that lets the rest match), repetitions greedy,
alternatives ordered. Every search has a step budget, so a pathological
pattern or sentence costs bounded time and simply yields no match.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from factcheck.engine.tokens import TokenStream, fact_types
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


class Matcher:
    def __init__(self, stream: TokenStream, classes: Mapping[str, tuple[tuple[str, ...], ...]]) -> None:
        self.s = stream
        self.classes = classes
        self.steps = 0

    def _tick(self) -> None:
        self.steps += 1
        if self.steps > STEP_BUDGET:
            raise _Budget

    def m(self, node, pos: int, caps: dict, k: Cont):
        self._tick()
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
            for n in range(node.min, node.max + 1):
                if pos + n > len(self.s):
                    break
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
        ends = []
        for phrase in self.classes.get(name, ()):
            end = self._words(phrase, pos)
            if end is not None:
                ends.append(end)
        return sorted(set(ends), reverse=True)

    def _facts(self, ctype: str, pos: int):
        return [a for a in self.s.facts_at.get(pos, ()) if ctype in fact_types(a.fact)]

    def _capture(self, node: Capture, pos, caps, k):
        if node.type.startswith("@"):
            for end in self._class(node.type[1:], pos):
                text = " ".join(t.text for t in self.s.tokens[pos:end])
                r = k(end, {**caps, node.name: text})
                if r is not None:
                    return r
            return None
        if node.type == "word":
            if pos < len(self.s) and self.s.tokens[pos].word:
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
            window = range(pos, min(pos + (MEMBER_GAP if got else 0) + 1, len(self.s)))
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
        return {("w", phrase[0]) for phrase in classes.get(node.name, ())}
    if isinstance(node, Capture):
        if node.type.startswith("@"):
            return {("w", phrase[0]) for phrase in classes.get(node.type[1:], ())}
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


def _can_start(stream: TokenStream, pos: int, firsts: set | None) -> bool:
    if firsts is _ANY:
        return True
    if ("w", stream.tokens[pos].text) in firsts:
        return True
    for a in stream.facts_at.get(pos, ()):
        for t in fact_types(a.fact):
            if ("f", t) in firsts:
                return True
    return False


def find_matches(stream: TokenStream, patterns, classes, firsts: list | None = None) -> list[Match]:
    """Leftmost, non-overlapping matches of any of the patterns (first pattern wins at a start)."""
    matches: list[Match] = []
    pos = 0
    n = len(stream)
    if firsts is None:
        firsts = [first_set(p, classes) for p in patterns]
    while pos < n:
        found = None
        for pattern, first in zip(patterns, firsts):
            if not _can_start(stream, pos, first):
                continue
            matcher = Matcher(stream, classes)
            try:
                r = matcher.m(pattern, pos, {}, lambda p, c: (p, c))
            except _Budget:
                r = None
            if r is not None and r[0] > pos:
                found = Match(pos, r[0], r[1])
                break
        if found is not None:
            matches.append(found)
            pos = found.stop
        else:
            pos += 1
    return matches
