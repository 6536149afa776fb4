"""Patterns compiled into closures, each on its first use.

A pattern is compiled into one Python function per node, each knowing the node
that follows it (its continuation), so matching makes no dispatch on node types
and builds no closure per step. They must behave exactly as the interpreter
(engine/interpret.py) does; tests/engine/test_compiled.py compares the two.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from factcheck.engine.interpret import STEP_BUDGET, OutOfSteps
from factcheck.model.rule import Alt, Capture, Gap, Repeat, Seq, WordClass, Words

if TYPE_CHECKING:
    from factcheck.engine.interpret import Matcher

# Every compiled node must behave exactly as Matcher.m does on the same node: the same order
# of attempts (lazy gaps, greedy repeats, ordered alternatives, longest class phrase first),
# the same captures, and one step counted on entering each node (steps counted together where
# nothing happens in between), so an attempt runs out of budget in exactly the same cases.
#
# A compiled node is f(state, pos, caps) -> (end, captures) | None, where state is the
# Matcher of the stream being searched (its per-stream data and step count); the
# interpreter runs the few nodes that are not compiled, on the same state.

Compiled = Callable[["Matcher", int, dict], "tuple[int, dict] | None"]


def _done(state: Matcher, pos: int, caps: dict):
    return pos, caps


def _fail(state: Matcher, pos: int, caps: dict):
    return None


def compile_pattern(node, classes: Mapping[str, dict]) -> Compiled:
    """The whole-pattern function: a match's end and captures, or None."""
    return _compile(node, _done, classes, 1)


class LazyPattern:
    """A pattern compiled on its first attempt: `fn` is compile_pattern's function from then on.
    A one-article run meets a fraction of the rules, and start-up time counts there."""

    __slots__ = ("fn", "node", "classes")

    def __init__(self, node, classes: Mapping[str, dict]) -> None:
        self.node, self.classes = node, classes
        self.fn: Compiled = self._compile_and_run

    def _compile_and_run(self, state, pos: int, caps: dict):
        self.fn = compile_pattern(self.node, self.classes)
        return self.fn(state, pos, caps)


def min_length(node, classes: Mapping[str, dict]) -> int:
    """The fewest tokens a match of node can cover (0 when unsure)."""
    if isinstance(node, Words):
        return len(node.tokens)
    if isinstance(node, WordClass):
        return 1 if classes.get(node.name) else 0
    if isinstance(node, Capture):
        if node.type.startswith("@"):
            return 1 if classes.get(node.type[1:]) else 0
        if node.type == "word" or not node.many:
            return 1                      # an anchored fact covers at least one token
        return 1 if node.min > 0 else 0
    if isinstance(node, Gap):
        return node.min
    if isinstance(node, Seq):
        return sum(min_length(item, classes) for item in node.items)
    if isinstance(node, Alt):
        return min((min_length(o, classes) for o in node.options), default=0)
    if isinstance(node, Repeat):
        return node.min * min_length(node.node, classes)
    return 0


# Repeats are unrolled into one copy of their body per count up to this bound.
_UNROLL = 4


def _compile(node, k: Compiled, classes, steps: int) -> Compiled:
    """node's function; it counts `steps` on entry: its own step, plus those of enclosing
    sequences entered just before it. Counting them together at the later point raises the
    budget exception in exactly the same cases, as nothing happens in between."""
    if isinstance(node, Seq):
        return _seq(node, k, classes, steps)
    if isinstance(node, Alt):
        return _alt(node, k, classes, steps)
    if isinstance(node, Words):
        return _words(node, k, steps)
    if isinstance(node, WordClass):
        return _class(classes.get(node.name, {}), k, None, steps)
    if isinstance(node, Gap):
        return _gap(node, k, steps)
    if isinstance(node, Repeat) and node.max <= _UNROLL and min_length(node.node, classes) > 0:
        return _repeat(node, k, classes, steps)
    if isinstance(node, Capture):
        if node.type.startswith("@"):
            return _class(classes.get(node.type[1:], {}), k, node.name, steps)
        if node.type == "word":
            return _word_capture(node, k, steps)
        if not node.many:
            return _fact_capture(node, k, steps)
    return _interpreted(node, k, steps)


def _interpreted(node, k: Compiled, steps: int) -> Compiled:
    """Matcher.m itself, for what is not compiled (repeated fact captures, repeats that may
    match empty or many times, unknown nodes); m counts the node's own step."""
    before = steps - 1

    def interpreted(state, pos, caps):
        state.steps += before
        return state.m(node, pos, caps, lambda p, c: k(state, p, c))
    return interpreted


def _seq(node: Seq, k: Compiled, classes, steps: int) -> Compiled:
    """A sequence's step is counted by its first item (an empty one goes straight on)."""
    first = k
    items = node.items
    for i in range(len(items) - 1, -1, -1):
        first = _compile(items[i], first, classes, steps + 1 if i == 0 else 1)
    if items:
        return first

    def empty(state, pos, caps):
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise OutOfSteps
        return k(state, pos, caps)
    return empty


def _alt(node: Alt, k: Compiled, classes, steps: int) -> Compiled:
    options = tuple(_compile(o, k, classes, 1) for o in node.options)

    def alt(state, pos, caps):
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise OutOfSteps
        for option in options:
            r = option(state, pos, caps)
            if r is not None:
                return r
        return None
    return alt


def _words(node: Words, k: Compiled, steps: int) -> Compiled:
    words = list(node.tokens)
    size = len(words)
    if size == 1:
        word = words[0]

        def one_word(state, pos, caps):
            state.steps += steps
            if state.steps > STEP_BUDGET:
                raise OutOfSteps
            if pos < state.n and state.texts[pos] == word:
                return k(state, pos + 1, caps)
            return None
        return one_word

    def phrase(state, pos, caps):
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise OutOfSteps
        if pos + size <= state.n and state.texts[pos:pos + size] == words:
            return k(state, pos + size, caps)
        return None
    return phrase


_TABLES: dict[int, tuple] = {}


def _by_length(by_first: Mapping[str, tuple]) -> dict:
    """A compiled class's phrases as {first word: ((length, [phrase as a list, ...]), ...)},
    longest first; made once per class (kept by identity), not once per use of it."""
    hit = _TABLES.get(id(by_first))
    if hit is None or hit[0] is not by_first:
        if len(_TABLES) > 4096:             # classes compiled by tests come and go
            _TABLES.clear()
        table: dict = {}
        for first, phrases in by_first.items():
            lengths: dict = {}
            for phrase in phrases:                     # longest first (compile_classes)
                lengths.setdefault(len(phrase), []).append(list(phrase))
            table[first] = tuple(lengths.items())
        hit = _TABLES[id(by_first)] = (by_first, table)
    return hit[1]


def _class(by_first: Mapping[str, tuple], k: Compiled, name: str | None, steps: int) -> Compiled:
    """A word class, or a capture of one (name): its phrases that match at pos, longest first;
    phrases of one length end at the same token, so each length is tried once."""
    table = _by_length(by_first)

    def word_class(state, pos, caps):
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise OutOfSteps
        if pos >= state.n:
            return None
        texts = state.texts
        groups = table.get(texts[pos])
        if groups is None:
            return None
        for size, phrases in groups:
            end = pos + size
            if size == 1 or texts[pos:end] in phrases:
                if name is None:
                    r = k(state, end, caps)
                else:
                    r = k(state, end, {**caps, name: " ".join(texts[pos:end])})
                if r is not None:
                    return r
        return None
    return word_class


def _gap(node: Gap, k: Compiled, steps: int) -> Compiled:
    low, high = node.min, node.max

    def gap(state, pos, caps):
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise OutOfSteps
        for end in range(pos + low, pos + min(high, state.n - pos) + 1):
            r = k(state, end, caps)
            if r is not None:
                return r
        return None
    return gap


def _repeat(node: Repeat, k: Compiled, classes, steps: int) -> Compiled:
    """Greedy repetition, unrolled: after count matches of the body, first try one more
    (while count < max), then what follows (once count >= min). The body always covers at
    least one token here, so Matcher's "no progress" test never fails and is left out."""
    def after(count: int) -> Compiled:
        rest = k if count >= node.min else None
        if count == node.max:
            return rest or _fail
        more = _compile(node.node, after(count + 1), classes, 1)
        if rest is None:
            return more

        def more_or_rest(state, pos, caps):
            r = more(state, pos, caps)
            if r is not None:
                return r
            return rest(state, pos, caps)
        return more_or_rest

    if node.max == 0:
        body = after(0)

        def repeat(state, pos, caps):
            state.steps += steps
            if state.steps > STEP_BUDGET:
                raise OutOfSteps
            return body(state, pos, caps)
        return repeat
    if node.min > 0:                      # the first match is required: it counts the repeat's step
        return _compile(node.node, after(1), classes, steps + 1)
    more = _compile(node.node, after(1), classes, 1)

    def optional(state, pos, caps):       # after(0): one more, else what follows
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise OutOfSteps
        r = more(state, pos, caps)
        if r is not None:
            return r
        return k(state, pos, caps)
    return optional


def _word_capture(node: Capture, k: Compiled, steps: int) -> Compiled:
    name = node.name

    def word(state, pos, caps):
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise OutOfSteps
        if pos < state.n and state.tokens[pos][3]:          # Token.word
            return k(state, pos + 1, {**caps, name: state.texts[pos]})
        return None
    return word


def _stop_desc(a):
    return -a.stop


def _fact_capture(node: Capture, k: Compiled, steps: int) -> Compiled:
    name, ctype = node.name, node.type

    def fact(state, pos, caps):
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise OutOfSteps
        anchored = state.facts_at.get(pos)
        if not anchored:
            return None
        if len(anchored) == 1:            # the usual case: nothing to order
            a = anchored[0]
            if ctype in a.types:
                return k(state, a.stop, {**caps, name: a.fact})
            return None
        for a in sorted([a for a in anchored if ctype in a.types], key=_stop_desc):
            r = k(state, a.stop, {**caps, name: a.fact})
            if r is not None:
                return r
        return None
    return fact
