"""One self-contained HTML page an editor opens in a browser.

Each article's text is shown with every claim highlighted by verdict, in colour
*and* with a text label (so the page works without colour vision and in print);
hovering a claim shows its message (title attribute), and the numbered label
links to the claim's entry below the article, whose <details> holds the working.
No external assets and no JavaScript; a Content-Security-Policy forbids both, as
a second line of defence behind the escaping.

Everything that comes from an article (its text, path, title, messages that
quote it, evidence) is escaped with html.escape(quote=True) before it is
written, and only ever lands in text content or a quoted attribute value; no
URL from an article is ever made a link.
"""
from __future__ import annotations

import html
import json

from factcheck.model.verdict import Verdict
from factcheck.report.positions import LineIndex, raw_position
from factcheck.report.summary import summarise

_WORST_FIRST = (Verdict.INCONSISTENT, Verdict.UNVERIFIABLE, Verdict.CONSISTENT)

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
.text{white-space:pre-wrap;font-family:Georgia,serif;border:1px solid #ccc;padding:1rem;background:#fff}
mark{padding:0 .1em;border-bottom:3px solid;color:inherit}
mark.inconsistent{background:#fde2e1;border-color:#b3261e}
mark.unverifiable{background:#fff3cd;border-color:#8a6100;border-bottom-style:dashed}
mark.consistent{background:#e3f4e4;border-color:#1e6b2a;border-bottom-style:dotted}
sup.label a{font:bold 11px/1 system-ui,sans-serif;text-decoration:none;padding:1px 3px;border-radius:3px;color:#fff}
.inconsistent .badge,sup.inconsistent a{background:#b3261e;color:#fff}
.unverifiable .badge,sup.unverifiable a{background:#8a6100;color:#fff}
.consistent .badge,sup.consistent a{background:#1e6b2a;color:#fff}
.badge{font-weight:bold;padding:0 .3em;border-radius:3px}
.error{color:#b3261e;font-weight:bold}
.claims li{margin:.4rem 0}
pre.working{white-space:pre-wrap;background:#f5f5f5;padding:.5rem;font-size:13px}
:target{outline:3px solid #0b57d0}
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _worst(claims) -> Verdict:
    return next(v for v in _WORST_FIRST if any(c.verdict is v for c in claims))


def _highlighted(text: str, claims: list, fid: str) -> str:
    """The text with <mark>s; overlapping claims split into segments marked by their worst verdict."""
    begin = len(text) - len(text.lstrip())     # Markdown front matter is blanked to spaces
    spans = [(max(c.span.start, begin), max(c.span.end, begin)) for c in claims]
    cuts = sorted({begin, len(text), *(s for s, _ in spans), *(e for _, e in spans)})
    out = []
    anchored = set()
    for a, b in zip(cuts, cuts[1:]):
        covering = [i for i, (s, e) in enumerate(spans) if s <= a and b <= e and s < e]
        piece = _e(text[a:b])
        if covering:
            verdict = _worst([claims[i] for i in covering])
            tips = " | ".join(f"{claims[i].verdict.value}: {claims[i].rule} {claims[i].message}" for i in covering)
            ids = [i for i in covering if i not in anchored]
            anchored.update(ids)
            anchor = f' id="{fid}-c{ids[0] + 1}"' if ids else ""
            piece = f'<mark class="{verdict.value}"{anchor} title="{_e(tips)}">{piece}</mark>'
        out.append(piece)
        for i, (s, e) in enumerate(spans):
            if e == b:
                v = claims[i].verdict.value
                out.append(f'<sup class="label {v}"><a href="#{fid}-w{i + 1}">{i + 1}&#160;{v}</a></sup>')
    return "".join(out)


def _claim_item(result, claim, i: int, fid: str, index) -> str:
    pos = raw_position(result.document, claim.span, index)
    working = json.dumps(claim.evidence, ensure_ascii=False, indent=2, default=str)
    return (f'<li id="{fid}-w{i}" class="{claim.verdict.value}">'
            f'<a href="#{fid}-c{i}">line {pos["line"]}, column {pos["column"]}</a> '
            f'<span class="badge">{_e(claim.verdict.value)}</span> '
            f'<code>{_e(claim.rule)}</code> {_e(claim.name)} ({_e(claim.severity.value)}): '
            f'<q>{_e(" ".join(claim.text.split()))}</q> — {_e(claim.message)}'
            f'<details><summary>working</summary><pre class="working">{_e(working)}</pre></details></li>')


def _section(n: int, result, suppressed, notices) -> str:
    fid = f"f{n}"
    parts = [f'<section class="article" aria-labelledby="{fid}-h">', f'<h2 id="{fid}-h">{_e(result.path)}</h2>']
    if result.error:
        parts.append(f'<p class="error" role="alert">could not be checked: {_e(result.error)}</p></section>')
        return "\n".join(parts)
    doc = result.document
    meta = [f"title: {_e(doc.title)}"] if doc.title else []
    meta.append(f"published {doc.published.isoformat()}" if doc.published else "no publication date")
    counts = {v: sum(1 for c in result.claims if c.verdict is v) for v in Verdict}
    meta.append(f"{len(result.claims)} claims: {counts[Verdict.INCONSISTENT]} inconsistent, "
                f"{counts[Verdict.UNVERIFIABLE]} unverifiable, {counts[Verdict.CONSISTENT]} consistent")
    parts.append(f'<p class="meta">{" · ".join(meta)}</p>')
    claims = list(result.claims)
    parts.append(f'<div class="text">{_highlighted(doc.text, claims, fid)}</div>')
    index = LineIndex(doc.raw)
    if claims:
        parts.append('<h3>Claims</h3>\n<ol class="claims">')
        parts.extend(_claim_item(result, c, i, fid, index) for i, c in enumerate(claims, 1))
        parts.append("</ol>")
    else:
        parts.append("<p>No checkable claims found.</p>")
    if suppressed:
        parts.append("<h3>Suppressed in the article</h3>\n<ul>")
        parts.extend(f'<li><code>{_e(s.claim.rule)}</code> <q>{_e(" ".join(s.claim.text.split()))}</q> '
                     f'({_e(s.claim.verdict.value)}) — reason: {_e(s.reason)}</li>' for s in suppressed)
        parts.append("</ul>")
    if notices:
        parts.append("<h3>Directive problems</h3>\n<ul>")
        parts.extend(f'<li>line {index.line_col(x.span.start)[0]}: {_e(x.message)}</li>' for x in notices)
        parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def render(results, options) -> str:
    suppressed = options.get("suppressed") or [()] * len(results)
    notices = options.get("notices") or ()
    s = summarise(results)
    body = [_section(n, r, sup, [x for x in notices if x.path == r.path])
            for n, (r, sup) in enumerate(zip(results, suppressed), 1)]
    summary = (f"{s['files']} files, {s['claims']} claims: {s['inconsistent']} inconsistent, "
               f"{s['unverifiable']} unverifiable, {s['consistent']} consistent"
               + (f"; {s['errors']} files could not be checked" if s["errors"] else ""))
    legend = " ".join(f'<mark class="{v.value}">{v.value}</mark>' for v in _WORST_FIRST)
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>factcheck report</title>", f"<style>{_STYLE}</style></head><body>",
        "<header><h1>factcheck report</h1>", f"<p>{_e(summary)}</p>", f"<p>Key: {legend}. Hover a highlighted "
        "claim for its message; follow its numbered label for the working.</p></header>",
        "<main>", *body, "</main></body></html>",
    ])
