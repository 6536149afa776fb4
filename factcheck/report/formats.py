"""The output formats of `factcheck check`, by name. A format is a function
(results, options) -> str; adding one is one module and one line here.

`options` (every key optional, so a format works on bare results):
  registry    the rules in force (SARIF lists them with their help)
  colour, verbose     text report
  fail_on     the severity that fails a run (JUnit failures)
  suppressed  per file, aligned with results: the claims suppressed inline
  notices     problems with inline directives (engine.suppress.Notice)
  baselined   how many claims a baseline accepted
  today       the date of the check (ClaimReview datePublished)
"""
from __future__ import annotations

import importlib
from collections.abc import Callable

from factcheck.report.positions import LineIndex


def _json(results, options) -> str:
    from factcheck.report import json as json_report      # here, like the other formats: a text run skips it
    data = json_report.check_report(results)
    # Additions to the contract are optional keys only: older consumers ignore them.
    suppressed = options.get("suppressed") or [()] * len(results)
    for entry, gone in zip(data["files"], suppressed):
        if gone:
            entry["suppressed"] = [{"rule": s.claim.rule, "verdict": s.claim.verdict.value,
                                    "text": s.claim.text, "reason": s.reason} for s in gone]
    notices = options.get("notices") or ()
    for entry in data["files"]:
        mine = [{"start": n.span.start, "end": n.span.end, "message": n.message}
                for n in notices if n.path == entry["path"]]
        if mine:
            entry["notices"] = mine
    if any(suppressed):
        data["summary"]["suppressed"] = sum(len(s) for s in suppressed)
    if options.get("baselined") is not None:
        data["summary"]["baselined"] = options["baselined"]
    return json_report.dumps(data)


def _text(results, options) -> str:
    from factcheck.report import text as text_report
    out = text_report.render_check(results, colour=options.get("colour", False),
                                   verbose=options.get("verbose", False))
    # Say what was left out, so a quiet report is never mistaken for a clean one.
    extra = []
    suppressed = sum(len(s) for s in options.get("suppressed") or ())
    if suppressed:
        extra.append(f"{suppressed} claim{'s' if suppressed != 1 else ''} suppressed in the articles")
    if options.get("baselined"):
        n = options["baselined"]
        extra.append(f"{n} claim{'s' if n != 1 else ''} accepted by the baseline")
    return out + ("\n" + "; ".join(extra) if extra else "")


def _module_render(name: str) -> Callable:
    """A format's module is imported only when that format is asked for: a CI run
    that wants JSON does not pay for the XML, HTML and table libraries."""
    def render(results, options) -> str:
        return importlib.import_module(f"factcheck.report.{name}").render(results, options)
    render.__name__ = f"render_{name}"
    return render


CHECK_FORMATS: dict[str, Callable] = {
    "text": _text,
    "json": _json,
    "sarif": _module_render("sarif"),
    "junit": _module_render("junit"),
    "github": _module_render("github"),
    "claimreview": _module_render("claimreview"),
    "html": _module_render("html"),
}


def notice_lines(results, notices) -> list[str]:
    """`path:line:col: warning: message` for each directive notice (stderr, like compilers)."""
    raws = {r.path: r.document.raw for r in results if r.document is not None}
    out = []
    for notice in notices:
        raw = raws.get(notice.path)
        line, col = LineIndex(raw).line_col(notice.span.start) if raw is not None else (1, 1)
        out.append(f"{notice.path}:{line}:{col}: warning: {notice.message}")
    return out
