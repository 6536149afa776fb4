"""The report an editor reads: per file, every claim with its place, verdict and working."""
from __future__ import annotations

import json
import textwrap

from tabulate import tabulate

from factcheck.model.result import FileResult
from factcheck.model.verdict import Verdict
from factcheck.report.positions import LineIndex, raw_position
from factcheck.report.summary import summarise

_COLOURS = {Verdict.INCONSISTENT: "\033[31m", Verdict.CONSISTENT: "\033[32m", Verdict.UNVERIFIABLE: "\033[33m"}
_RESET = "\033[0m"


def _trim(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(" ".join(text.split()), width)) or ""


def render_check(results: list[FileResult], *, colour: bool = False, verbose: bool = False) -> str:
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(f"{r.path}: error: {_strip_path(r.error, r.path)}")
            out.append("")
            continue
        doc = r.document
        published = f"published {doc.published.isoformat()}" if doc.published else "no publication date"
        out.append(f"{r.path} ({published})")
        index = LineIndex(doc.raw)
        if r.claims:
            rows = []
            for c in r.claims:
                pos = raw_position(doc, c.span, index)
                verdict = c.verdict.value
                if colour:
                    verdict = _COLOURS[c.verdict] + verdict + _RESET
                rows.append([f"{pos['line']}:{pos['column']}", c.rule, c.kind.value, verdict,
                             _wrap(_trim(doc.raw[pos['start']:pos['end']], 160), 40), _wrap(c.message, 60)])
                if verbose:
                    rows.append(["", "", "", "", "evidence:", _wrap(json.dumps(c.evidence, ensure_ascii=False,
                                                                               default=str), 60)])
            out.append(tabulate(rows, headers=["where", "rule", "kind", "verdict", "claim", "working"],
                                tablefmt="simple"))
        else:
            out.append("  no checkable claims found")
        for block in doc.skipped:
            pos = raw_position(doc, block.span, index)
            out.append(f"  skipped lines {pos['line']}-{pos['end_line']}: {block.reason}")
        out.append("")
    s = summarise(results)
    out.append(f"{s['files']} file{'s' if s['files'] != 1 else ''}, {s['claims']} claims: "
               f"{s['inconsistent']} inconsistent, {s['unverifiable']} unverifiable, "
               f"{s['consistent']} consistent" + (f"; {s['errors']} file errors" if s["errors"] else ""))
    return "\n".join(out)


def _strip_path(error: str, path: str) -> str:
    return error[len(path) + 2:] if error.startswith(path + ": ") else error


def render_extract(results: list[FileResult]) -> str:
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(f"{r.path}: error: {_strip_path(r.error, r.path)}")
            continue
        doc, facts = r.document, r.facts
        index = LineIndex(doc.raw)
        out.append(f"{r.path} (published {doc.published.isoformat() if doc.published else 'unknown'})")
        rows = []
        for q in facts.quantities:
            rows.append(_row(doc, index, q.span, "quantity", f"{q.value:g} {q.unit or ''} ({q.kind.value})"))
        for d in facts.dates:
            rows.append(_row(doc, index, d.span, "date", str(d.value or d.problem or "unresolved")))
        for q in facts.quotes:
            who = q.speaker or "no speaker"
            rows.append(_row(doc, index, q.span, "quote", who + (" (anonymous)" if q.anonymous else "")))
        for p in facts.people:
            rows.append(_row(doc, index, p.span, "person", p.name + (f", {p.title}" if p.title else "")))
        rows.sort(key=lambda row: row[-1])
        out.append(tabulate([row[:-1] for row in rows], headers=["where", "fact", "text", "value"]))
        out.append("")
    return "\n".join(out)


def _row(doc, index, span, what, value):
    pos = raw_position(doc, span, index)
    return [f"{pos['line']}:{pos['column']}", what, _trim(doc.raw[pos['start']:pos['end']], 60), value, pos["start"]]
