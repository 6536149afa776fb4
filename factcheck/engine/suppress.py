"""Inline suppressions: an editor accepts a claim, with a reason, in the article itself.

    <!-- factcheck: ignore SU01 -- confirmed with the desk -->
        suppresses the next claim of that rule, which must start before the end of
        the paragraph that follows the comment (so a stale comment cannot swallow a
        claim far below it);
    <!-- factcheck: disable DA01, AG01 -- dates checked by the archive team -->
    ...
    <!-- factcheck: enable DA01, AG01 -->
        suppresses every claim of those rules in between (to the end of the file
        when no `enable` follows).

Rules are named by code, dotted name or alias; several are comma-separated.
A reason after `--` is required for `ignore` and `disable`. A directive that
cannot be applied (no reason, no rule, an unknown rule or action, an `ignore`
that matched no claim, an `enable` with nothing to enable) suppresses nothing
and becomes a Notice, which reports show as a warning: a silent no-op would
let an editor believe a claim was accepted when it was not, or the reverse.

Directives are read from Document.raw, and only where the reader treated them
as comments (Markdown and HTML; in a .txt file `<!-- -->` is article text). A
directive inside Markdown code (a fenced block or `inline code`) is an example
being shown, not a directive: the reader blanks code like comments, so the two
are told apart here.
"""
from __future__ import annotations

import bisect
import re

import attrs

from factcheck.model.document import Document
from factcheck.model.result import FileResult
from factcheck.model.span import Span
from factcheck.model.verdict import Claim
from factcheck.text.markdown import code_spans

_DIRECTIVE = re.compile(r"<!--\s*factcheck\s*:\s*(?P<action>[\w-]*)(?P<body>.*?)-->", re.S | re.I)
ACTIONS = ("ignore", "disable", "enable")


@attrs.frozen
class Directive:
    action: str
    rules: tuple[str, ...]          # as written
    reason: str | None
    span: Span                      # the whole comment, in raw offsets


@attrs.frozen
class Notice:
    """A problem with a directive: path and raw offsets of the comment, and what is wrong."""
    path: str
    span: Span
    message: str


@attrs.frozen
class Suppressed:
    claim: Claim
    reason: str
    directive: Span                 # raw offsets of the comment that suppressed it


@attrs.frozen
class Suppression:
    result: FileResult              # the claims that are still reported
    suppressed: tuple[Suppressed, ...] = ()
    notices: tuple[Notice, ...] = ()


def _is_comment(doc: Document, start: int, end: int) -> bool:
    """True when the reader left the comment out of the analysis text."""
    if doc.offsets is None:
        return not doc.text[start:end].strip()
    i = bisect.bisect_left(doc.offsets, start)
    return not (i < len(doc.offsets) and doc.offsets[i] < end)


def parse_directives(doc: Document) -> tuple[Directive, ...]:
    found = []
    code_blocks = None
    for m in _DIRECTIVE.finditer(doc.raw):
        if not _is_comment(doc, m.start(), m.end()):
            continue
        if doc.offsets is None:             # Markdown (in HTML a comment is one even inside <pre>)
            if code_blocks is None:
                code_blocks = code_spans(doc.raw)
            if any(start <= m.start() < end for start, end in code_blocks):
                continue
        names, sep, reason = m.group("body").partition("--")
        rules = tuple(r.strip() for r in names.split(",") if r.strip())
        found.append(Directive(m.group("action").lower(), rules, reason.strip() or None if sep else None,
                               Span(m.start(), m.end())))
    return tuple(found)


def _resolve(names, registry, notice) -> tuple[str, ...]:
    codes = []
    for name in names:
        rule = registry.find(name) if registry is not None else None
        if rule is not None:
            codes.append(rule.code)
        elif registry is None:
            codes.append(name)
        else:
            notice(f"unknown rule {name!r} in factcheck directive")
    return tuple(codes)


def apply_suppressions(result: FileResult, registry=None) -> Suppression:
    """Remove the claims the article's directives suppress. `registry` resolves names and
    aliases to codes (pass the full registry, not a selection, so that a directive naming a
    rule disabled on the command line is not reported as unknown); without it, directives
    must use codes."""
    doc = result.document
    if doc is None or "factcheck" not in doc.raw.lower():
        return Suppression(result)
    notices: list[Notice] = []
    claims = list(result.claims)
    starts = [doc.raw_span(c.span).start for c in claims]
    why: dict[int, tuple[str, Span]] = {}          # claim index -> (reason, directive span)
    open_ranges: dict[str, tuple[int, str, Span]] = {}   # code -> (from, reason, directive span)
    ranges: list[tuple[str, int, int, str, Span]] = []

    for d in parse_directives(doc):
        def notice(message: str, d=d) -> None:
            notices.append(Notice(result.path, d.span, message))

        if d.action not in ACTIONS:
            notice(f"unknown factcheck directive {d.action!r} (ignore, disable or enable)")
            continue
        if not d.rules:
            notice(f"factcheck: {d.action} needs the rules it applies to (codes, names or aliases)")
            continue
        if d.action != "enable" and not d.reason:
            notice(f"factcheck: {d.action} without a reason is ignored; add one after '--'")
            continue
        codes = _resolve(d.rules, registry, notice)
        if d.action == "ignore":
            limit = _paragraph_end_after(doc, d.span.end)
            for code in codes:
                hit = next((i for i, c in enumerate(claims) if c.rule == code and i not in why
                            and d.span.end <= starts[i] < limit), None)
                if hit is None:
                    notice(f"factcheck: ignore {code} matched no claim in the next paragraph")
                else:
                    why[hit] = (d.reason, d.span)
        elif d.action == "disable":
            for code in codes:
                open_ranges.setdefault(code, (d.span.end, d.reason, d.span))
        else:
            for code in codes:
                if code not in open_ranges:
                    notice(f"factcheck: enable {code} without an earlier disable")
                    continue
                start, reason, span = open_ranges.pop(code)
                ranges.append((code, start, d.span.start, reason, span))
    for code, (start, reason, span) in open_ranges.items():
        ranges.append((code, start, len(doc.raw), reason, span))

    for i, claim in enumerate(claims):
        if i in why:
            continue
        for code, start, end, reason, span in ranges:
            if claim.rule == code and start <= starts[i] < end:
                why[i] = (reason, span)
                break
    kept = tuple(c for i, c in enumerate(claims) if i not in why)
    suppressed = tuple(Suppressed(claims[i], *why[i]) for i in sorted(why))
    notices.sort(key=lambda n: n.span.start)
    return Suppression(attrs.evolve(result, claims=kept), suppressed, tuple(notices))


def _paragraph_end_after(doc: Document, raw_offset: int) -> int:
    """Raw offset where the first paragraph ending after `raw_offset` ends."""
    for p in doc.paragraphs:
        end = doc.raw_span(p.span).end
        if end > raw_offset:
            return end
    return raw_offset


def apply_to_all(results, registry=None) -> tuple[list[FileResult], list[tuple[Suppressed, ...]], list[Notice]]:
    """Suppressions over a run: the results still reported, the suppressed claims per file
    (aligned with the results), and every notice."""
    outcomes = [apply_suppressions(r, registry) for r in results]
    return ([o.result for o in outcomes], [o.suppressed for o in outcomes],
            [n for o in outcomes for n in o.notices])
