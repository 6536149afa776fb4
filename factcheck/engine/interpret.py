"""The reference interpreter of patterns over a TokenStream, and the step budget.

Gaps are lazy (the shortest gap that lets the rest match), repetitions greedy,
alternatives ordered. Every attempt has a step budget, so a pathological
pattern or sentence costs bounded time and simply yields no match. Searches run
patterns compiled into closures (engine/compiled.py), which must behave exactly
as this interpreter does, step count included.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

from factcheck.engine.tokens import TokenStream
from factcheck.model.rule import Alt, Capture, Gap, Repeat, Seq, WordClass, Words

STEP_BUDGET = 20_000
# Words allowed between the members of a repeated capture ("$3m for schools and $2m").
MEMBER_GAP = 4


class OutOfSteps(Exception):
    """An attempt used up its step budget: it yields no match."""


Cont = Callable[[int, dict], "tuple[int, dict] | None"]


class Matcher:
    """The reference interpreter of patterns. Searches run compiled patterns (engine/compiled.py);
    a Matcher is also their per-stream state, and it interprets the few nodes that are not
    compiled (repeated fact captures, repeats that may match nothing or many times), sharing
    the step count."""

    __slots__ = ("s", "classes", "steps", "texts", "tokens", "facts_at", "n")

    def __init__(self, stream: TokenStream, classes: Mapping[str, dict]) -> None:
        self.s = stream
        self.classes = classes
        self.steps = 0
        self.tokens = stream.tokens
        self.texts = stream.texts
        self.facts_at = stream.facts_at
        self.n = len(stream.tokens)

    def m(self, node, pos: int, caps: dict, k: Cont):
        self.steps += 1                   # the step budget: one step per node entered
        if self.steps > STEP_BUDGET:
            raise OutOfSteps
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
