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
    """The reference interpreter of patterns. Matching runs compiled patterns (compile_pattern
    below); a Matcher is also their per-stream state, and it interprets the few nodes that are
    not compiled (repeats that may match nothing or many times), sharing the step count."""

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


# ---------------------------------------------------------------- compiled patterns
#
# A pattern is compiled once per rule set into one Python function per node, each knowing
# the node that follows it (its continuation), so matching makes no dispatch on node types
# and builds no closure per step. Every compiled node must behave exactly as Matcher.m does
# on the same node: the same order of attempts (lazy gaps, greedy repeats, ordered
# alternatives, longest class phrase first), the same captures, and one step counted on
# entering each node, so a search that runs out of budget runs out at the same point.
#
# A compiled node is f(state, pos, caps) -> (end, captures) | None, where state is the
# Matcher of the stream being searched.

Compiled = Callable[[Matcher, int, dict], "tuple[int, dict] | None"]


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
            raise _Budget
        return k(state, pos, caps)
    return empty


def _alt(node: Alt, k: Compiled, classes, steps: int) -> Compiled:
    options = tuple(_compile(o, k, classes, 1) for o in node.options)

    def alt(state, pos, caps):
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise _Budget
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
                raise _Budget
            if pos < state.n and state.texts[pos] == word:
                return k(state, pos + 1, caps)
            return None
        return one_word

    def phrase(state, pos, caps):
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise _Budget
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
            raise _Budget
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
            raise _Budget
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
                raise _Budget
            return body(state, pos, caps)
        return repeat
    if node.min > 0:                      # the first match is required: it counts the repeat's step
        return _compile(node.node, after(1), classes, steps + 1)
    more = _compile(node.node, after(1), classes, 1)

    def optional(state, pos, caps):       # after(0): one more, else what follows
        state.steps += steps
        if state.steps > STEP_BUDGET:
            raise _Budget
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
            raise _Budget
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
            raise _Budget
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
            except _Budget:
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
        except _Budget:
            continue
        if r is not None and r[0] > start:
            matches.append(Match(start, r[0], r[1]))
            pos = r[0]
    return matches
