"""Check one Document against a rule set: match, evaluate, decide."""
from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from factcheck.dsl.expr import EvalError, Evaluator, compiled
from factcheck.dsl.loader import RuleSet
from factcheck.engine.evidence import render, to_evidence
from factcheck.engine.facts import Facts, gather_facts
from factcheck.engine.matcher import compile_classes, gates, live_patterns, plan, search
from factcheck.engine.tokens import build_stream, fact_type_sets, holds_fact, tokenize
from factcheck.engine.values import Unverifiable, coerce
from factcheck.errors import RuleError
from factcheck.model.document import Document
from factcheck.model.rule import Expr, RuleSpec, Scope, Template
from factcheck.model.span import Span
from factcheck.model.verdict import Claim, Verdict


@attrs.frozen
class RuleContext:
    """What context functions see: the whole article and its facts."""
    doc: Document
    facts: Facts
    rule: RuleSpec
    reference: object = None      # the fact pack (factcheck.facts.FactPack) for reference rules, if any


def scopes(doc: Document, scope: Scope) -> list[Span]:
    if scope is Scope.SENTENCE:
        return [s.span for s in doc.sentences]
    if scope is Scope.PARAGRAPH:
        return [p.span for p in doc.paragraphs]
    if not doc.paragraphs:
        return []
    return [Span(doc.paragraphs[0].span.start, doc.paragraphs[-1].span.end)]


# A rough guess of the share of news sentences holding a key, used only to choose which of a
# pattern's needs to index its rule by (the rarer, the fewer sentences meet the rule at all).
# Output does not depend on it; speed does. Keys not listed: other fact types (0.02), other
# words (0.01), punctuation (0.05).
_FREQUENT = {
    ("f", "person"): 0.45, ("f", "quantity"): 0.3, ("f", "date"): 0.3, ("f", "quote"): 0.23,
    ("f", "number"): 0.19, ("f", "day"): 0.17, ("f", "year"): 0.12, ("f", "money"): 0.11,
    ("f", "percent"): 0.08, ("f", "count"): 0.07,
    **{("w", word): share for word, share in (
        (".", 0.95), ("the", 0.7), (",", 0.68), ("to", 0.5), ("of", 0.46), ("a", 0.43), ("and", 0.43),
        ("in", 0.43), ("-", 0.24), ("that", 0.24), ("for", 0.24), ("on", 0.23), ("is", 0.2),
        ("with", 0.16), ("was", 0.15), ("at", 0.15), ("from", 0.14), ("by", 0.14), ("has", 0.13),
        ("be", 0.13), ("have", 0.11), ("an", 0.11), ("his", 0.1), ("will", 0.1), ("this", 0.09),
        ("are", 0.09), ("would", 0.08), ("its", 0.08), ("which", 0.07), ("year", 0.07), ("about", 0.07),
        ("or", 0.065), ("up", 0.065), ("more", 0.065), ("(", 0.065), (")", 0.065), ("were", 0.065),
        ("after", 0.06), ("their", 0.055), ("last", 0.055), (":", 0.055), ("than", 0.05), ("all", 0.05),
        ("over", 0.05), ("first", 0.045), ("some", 0.045), ("her", 0.04), ("out", 0.04))},
}


def _frequency(key: tuple[str, str]) -> float:
    share = _FREQUENT.get(key)
    if share is not None:
        return share
    kind, value = key
    return 0.02 if kind == "f" else 0.01 if value[:1].isalnum() else 0.05


def _rarest(pattern_gate) -> frozenset | None:
    """The need to index a pattern by: the any-of set (or single key) least likely present."""
    _, must, any_of = pattern_gate
    options = [frozenset({key}) for key in must] + list(any_of)
    if not options:
        return None
    return min(options, key=lambda keys: (sum(map(_frequency, keys)), sorted(keys)))


@attrs.frozen
class ScopeRules:
    """For one scope, which rules a stream can possibly match: a rule is tried only if the
    stream holds a key of the need its patterns are indexed by (index), or if some pattern
    of it needs nothing (anywhere); its gates then decide which of its patterns are live."""
    index: dict              # key -> rule indices
    anywhere: frozenset      # rule indices
    # When every rule of the scope is indexed by fact types only, those types: a span holding
    # no fact of them meets no rule, and its stream (tokens, anchored facts) is not built.
    fact_types: frozenset | None = None

    @classmethod
    def of(cls, index: dict, anywhere: set) -> ScopeRules:
        fact_types = None
        if not anywhere and all(kind == "f" for kind, _ in index):
            fact_types = frozenset(value for _, value in index)
        return cls({key: frozenset(ids) for key, ids in index.items()}, frozenset(anywhere), fact_types)


@attrs.frozen
class Prepared:
    """What matching needs from a rule set, computed once per rule set: word classes
    indexed by first word, each rule's plan and pattern gates, and for each scope the
    index of rules by what they need (so a sentence only meets the rules it can possibly match)."""
    classes: dict
    plans: tuple
    gates: tuple             # per rule, matcher.gates of its plan
    scopes: dict             # Scope -> ScopeRules, in order of the rules' first appearance

    @classmethod
    def of(cls, rules: RuleSet) -> Prepared:
        classes = compile_classes({name: spec.phrases for name, spec in rules.word_classes.items()})
        plans = tuple(plan(rule.patterns, classes) for rule in rules.rules)
        rule_gates = tuple(gates(how) for how in plans)
        index: dict = {}
        anywhere: dict = {}
        for i, (rule, pattern_gates) in enumerate(zip(rules.rules, rule_gates)):
            index.setdefault(rule.scope, {})
            anywhere.setdefault(rule.scope, set())
            for pattern_gate in pattern_gates:
                need = _rarest(pattern_gate)
                if need is None:
                    anywhere[rule.scope].add(i)
                else:
                    for key in need:
                        index[rule.scope].setdefault(key, set()).add(i)
        scopes = {scope: ScopeRules.of(index[scope], anywhere[scope]) for scope in index}
        return cls(classes, plans, rule_gates, scopes)


_prepared: dict[int, tuple] = {}


def prepared(rules: RuleSet) -> Prepared:
    cached = _prepared.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(_prepared) > 64:          # rule sets built by tests and examples come and go
            _prepared.clear()
        cached = (rules, Prepared.of(rules))
        _prepared[id(rules)] = cached
    return cached[1]


def check_document(doc: Document, rules: RuleSet, *, functions: Mapping[str, Callable],
                   facts: Facts | None = None, reference=None) -> tuple[Claim, ...]:
    facts = facts if facts is not None else gather_facts(doc)
    all_facts = [f for f in facts.all if not doc.in_skipped(f.span)] if doc.skipped else list(facts.all)
    fact_starts = [f.span.start for f in all_facts]
    fact_types = fact_type_sets(all_facts)
    tokens = tokenize(doc.text)
    token_starts = [t.start for t in tokens]
    prep = prepared(rules)
    contexts: dict[int, RuleContext] = {}
    claims: list[Claim] = []
    seen: set = set()
    for scope, by_need in prep.scopes.items():
        index, anywhere, gating_types = by_need.index, by_need.anywhere, by_need.fact_types
        for span in scopes(doc, scope):
            if gating_types is not None and not holds_fact(all_facts, fact_starts, fact_types, span, gating_types):
                continue
            stream = build_stream(doc.text, span, all_facts, fact_starts, tokens, token_starts, fact_types)
            present = stream.key_set
            candidates = set(anywhere)
            for key in present & index.keys():    # the smaller side is iterated
                candidates |= index[key]
            for i in sorted(candidates):
                live = live_patterns(present, prep.gates[i])
                if not live:
                    continue
                rule = rules.rules[i]
                for match in search(stream, prep.classes, live):
                    if i not in contexts:
                        contexts[i] = RuleContext(doc, facts, rule, reference)
                    span_ = Span(stream.tokens[match.first].start, stream.tokens[match.stop - 1].end)
                    claim = decide(rule, match.captures, span_, doc, functions, contexts[i])
                    if claim is not None and (rule.code, span_) not in seen:
                        seen.add((rule.code, span_))
                        claims.append(claim)
    claims.sort(key=lambda c: (c.span.start, c.span.end, c.rule))
    return tuple(claims)


_PARTS: dict[int, tuple] = {}


def _rule_parts(rule: RuleSpec) -> tuple:
    """((name, value when not captured) for each capture of the rule, in rule.captures order;
    its where conditions compiled), remembered per rule: rule.captures walks the patterns each
    time it is read, and most matches are decided by their where conditions alone."""
    hit = _PARTS.get(id(rule))
    if hit is None or hit[0] is not rule:
        if len(_PARTS) > 4096:           # rules built by tests come and go
            _PARTS.clear()
        defaults = tuple((name, () if cap.many else None) for name, cap in rule.captures.items())
        hit = _PARTS[id(rule)] = (rule, (defaults, tuple(compiled(cond.node) for cond in rule.where)))
    return hit[1]


def _rule_bug(rule: RuleSpec, exc: Exception) -> RuleError:
    return RuleError(rule.path, rule.line, 1, f"rule {rule.code}: {exc}")


def decide(rule: RuleSpec, captures: Mapping, span: Span, doc: Document,
           functions: Mapping[str, Callable], context) -> Claim | None:
    defaults, where = _rule_parts(rule)
    env = {name: captures.get(name, default) for name, default in defaults}
    env["published"] = doc.published
    try:
        for condition in where:           # most matches end here: nothing more is built for them
            if not condition(Evaluator(env, functions, context, coerce)):
                return None
    except Unverifiable:
        return None
    except EvalError as exc:
        raise _rule_bug(rule, exc) from None

    def evaluator() -> Evaluator:
        return Evaluator(env, functions, context, coerce)

    evidence: dict = {"captures": {k: to_evidence(v) for k, v in env.items() if k != "published"},
                      "check": rule.check.source}
    if doc.published is not None:
        evidence["published"] = doc.published.isoformat()
    verdict, message = None, None
    try:
        for unless in rule.unless:
            if evaluator()(unless.condition.node):
                verdict = Verdict.UNVERIFIABLE
                message = unless.reason or f"not checked: {unless.condition.source}"
                evidence["unverifiable"] = message
                break
        if verdict is None:
            ev = evaluator()
            ok = ev(rule.check.node)
            if ev.trace.get("comparisons"):
                evidence["compared"] = [{"op": c["op"], "left": to_evidence(c["left"]),
                                         "right": to_evidence(c["right"])} for c in ev.trace["comparisons"]]
            verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
    except Unverifiable as exc:
        verdict = Verdict.UNVERIFIABLE
        message = str(exc)
        evidence["unverifiable"] = message
        evidence.update(getattr(exc, "evidence", None) or {})    # what a reference lookup found
    except EvalError as exc:
        raise _rule_bug(rule, exc) from None

    if message is None:
        template = rule.message if verdict is Verdict.INCONSISTENT else rule.ok_message
        if template is None:
            message = f"consistent: {rule.check.source}"
        else:
            message = fill(template, evaluator)
    return Claim(rule=rule.code, name=rule.name, kind=rule.kind, verdict=verdict, severity=rule.severity,
                 span=span, text=span.of(doc.text), message=message, evidence=evidence)


def fill(template: Template, evaluator: Callable[[], Evaluator]) -> str:
    out = []
    for part in template.parts:
        if isinstance(part, Expr):
            try:
                out.append(render(evaluator()(part.node)))
            except Unverifiable:
                out.append("?")
        else:
            out.append(part)
    return "".join(out)
