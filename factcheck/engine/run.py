"""Check one Document against a rule set: match, evaluate, decide."""
from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from factcheck.dsl.expr import EvalError, Evaluator
from factcheck.dsl.loader import RuleSet
from factcheck.engine.evidence import render, to_evidence
from factcheck.engine.facts import Facts, gather_facts
from factcheck.engine.matcher import compile_classes, find_matches, plan
from factcheck.engine.tokens import build_stream, tokenize
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


def check_document(doc: Document, rules: RuleSet, *, functions: Mapping[str, Callable],
                   facts: Facts | None = None, reference=None) -> tuple[Claim, ...]:
    facts = facts if facts is not None else gather_facts(doc)
    all_facts = [f for f in facts.all if not doc.in_skipped(f.span)]
    classes = compile_classes({name: spec.phrases for name, spec in rules.word_classes.items()})
    fact_starts = [f.span.start for f in all_facts]
    tokens = tokenize(doc.text)
    token_starts = [t.start for t in tokens]
    streams: dict[Scope, list] = {}
    claims: list[Claim] = []
    seen: set = set()
    for rule in rules.rules:
        if rule.scope not in streams:
            streams[rule.scope] = [build_stream(doc.text, span, all_facts, fact_starts, tokens, token_starts)
                                   for span in scopes(doc, rule.scope)]
        context = RuleContext(doc, facts, rule, reference)
        how = _plan_of(rule, rules, classes)
        for stream in streams[rule.scope]:
            for match in find_matches(stream, rule.patterns, classes, how):
                span = Span(stream.tokens[match.first].start, stream.tokens[match.stop - 1].end)
                claim = decide(rule, match.captures, span, doc, functions, context)
                if claim is not None and (rule.code, span) not in seen:
                    seen.add((rule.code, span))
                    claims.append(claim)
    claims.sort(key=lambda c: (c.span.start, c.span.end, c.rule))
    return tuple(claims)


# Matching plans depend only on a rule and its pack's word classes: computed once per rule set.
_plans: dict[int, tuple] = {}


def _plan_of(rule: RuleSpec, rules: RuleSet, classes):
    cached = _plans.get(id(rule))
    if cached is None or cached[0] is not rule or cached[1] is not rules.word_classes:
        cached = (rule, rules.word_classes, plan(rule.patterns, classes))
        _plans[id(rule)] = cached
    return cached[2]


def _env(rule: RuleSpec, captures: Mapping, doc: Document) -> dict:
    env = {}
    for name, cap in rule.captures.items():
        env[name] = captures.get(name, () if cap.many else None)
    env["published"] = doc.published
    return env


def _rule_bug(rule: RuleSpec, exc: Exception) -> RuleError:
    return RuleError(rule.path, rule.line, 1, f"rule {rule.code}: {exc}")


def decide(rule: RuleSpec, captures: Mapping, span: Span, doc: Document,
           functions: Mapping[str, Callable], context) -> Claim | None:
    env = _env(rule, captures, doc)

    def evaluator() -> Evaluator:
        return Evaluator(env, functions, context, coerce)

    try:
        for cond in rule.where:
            if not evaluator()(cond.node):
                return None
    except Unverifiable:
        return None
    except EvalError as exc:
        raise _rule_bug(rule, exc) from None

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
