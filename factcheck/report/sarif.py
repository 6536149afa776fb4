"""SARIF 2.1.0, the format code-scanning services read (GitHub code scanning, Azure DevOps,
VS Code's SARIF viewer).

What becomes a SARIF result (documented in docs/formats.md):
  inconsistent claim -> kind "fail", level from the rule's severity
                        (error -> "error", warning -> "warning", info -> "note");
  unverifiable claim -> kind "review", level "none": a person should look, nothing failed
                        (SARIF requires level "none" for any kind other than "fail");
  consistent claim   -> not reported (it is not a finding).
Claims suppressed inline are still results, with an "inSource" suppression carrying the
reason, so services show them as dismissed rather than losing them. Files that could not
be read, and suppression notices, are tool execution notifications.

Columns are counted in Unicode code points (run.columnKind says so), as everywhere in
factcheck. partialFingerprints carry the baseline fingerprint, so services can follow a
claim across edits that move it.
"""
from __future__ import annotations

import os
import pathlib
import urllib.parse

from factcheck import __version__
from factcheck.engine.baseline import fingerprints
from factcheck.model.verdict import Severity, Verdict
from factcheck.report import indented_json
from factcheck.report.positions import LineIndex, raw_position

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/factcheck/factcheck"
FINGERPRINT_KEY = "factcheckClaim/v1"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative path stays relative (code scanning resolves it against the repository root);
    an absolute one inside the current directory is made relative to it, for the same reason;
    any other absolute path becomes a file: URI."""
    if path == "-":
        return "stdin"
    if os.path.isabs(path):
        here = os.getcwd()
        if os.path.commonpath([here, path]) != here:
            return pathlib.Path(path).as_uri()
        path = os.path.relpath(path, here)
    return urllib.parse.quote(os.path.normpath(path).replace(os.sep, "/"))


def _rule_descriptor(rule) -> dict:
    summary = rule.doc or rule.name
    flags = [e.text for e in rule.examples if e.flag]
    passes = [e.text for e in rule.examples if not e.flag]
    text = summary
    markdown = summary
    if flags:
        text += "\n\nReported: " + " | ".join(flags)
        markdown += "\n\n**Reported**\n\n" + "\n".join(f"- {_md(t)}" for t in flags)
    if passes:
        text += "\n\nNot reported: " + " | ".join(passes)
        markdown += "\n\n**Not reported**\n\n" + "\n".join(f"- {_md(t)}" for t in passes)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": summary},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"kind": rule.kind.value, "aliases": list(rule.aliases), "tags": ["factcheck", rule.kind.value]},
    }


def _md(text: str) -> str:
    # Example sentences are shown as text, not interpreted as Markdown.
    return "".join("\\" + ch if ch in "\\`*_{}[]()#+-.!<>|" else ch for ch in text)


def _region(doc, claim, index) -> dict:
    pos = raw_position(doc, claim.span, index)
    return {"startLine": pos["line"], "startColumn": pos["column"],
            "endLine": pos["end_line"], "endColumn": pos["end_column"],
            "charOffset": pos["start"], "charLength": pos["end"] - pos["start"],
            "snippet": {"text": doc.raw[pos["start"]:pos["end"]]}}


def _result(result, claim, fingerprint, index, rule_index, suppression=None) -> dict:
    if claim.verdict is Verdict.INCONSISTENT:
        kind, level = "fail", _LEVELS[claim.severity]
    else:
        kind, level = "review", "none"
    out = {
        "ruleId": claim.rule,
        "kind": kind,
        "level": level,
        "message": {"text": claim.message if kind == "fail" else f"unverifiable: {claim.message}"},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(result.path)},
            "region": _region(result.document, claim, index)}}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {"verdict": claim.verdict.value, "kind": claim.kind.value,
                       "severity": claim.severity.value, "name": claim.name,
                       "evidence": dict(claim.evidence)},
    }
    if claim.rule in rule_index:
        out["ruleIndex"] = rule_index[claim.rule]
    if suppression is not None:
        out["suppressions"] = [{"kind": "inSource", "justification": suppression.reason}]
    return out


def _reportable(claim) -> bool:
    return claim.verdict is not Verdict.CONSISTENT


def _notification(path: str, message: str, level: str, region: dict | None = None) -> dict:
    location = {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}}}
    if region:
        location["physicalLocation"]["region"] = region
    return {"level": level, "message": {"text": message}, "locations": [location]}


def sarif_log(results, options) -> dict:
    registry = options.get("registry")
    rules = list(registry.rules) if registry is not None else []
    rule_index = {r.code: i for i, r in enumerate(rules)}
    suppressed_by_file = options.get("suppressed") or [()] * len(results)
    sarif_results, notifications = [], []
    documents = {}
    for result, suppressed in zip(results, suppressed_by_file):
        if result.error:
            notifications.append(_notification(result.path, result.error, "error"))
            continue
        documents[result.path] = result.document
        index = LineIndex(result.document.raw)
        # Fingerprints are computed over everything the run found, suppressed claims included,
        # so that suppressing one claim does not change the others' fingerprints.
        everything = sorted([*result.claims, *(s.claim for s in suppressed)],
                            key=lambda c: (c.span.start, c.span.end, c.rule))
        prints = dict(zip(map(id, everything), fingerprints(everything)))
        why = {id(s.claim): s for s in suppressed}
        for claim in everything:
            if _reportable(claim):
                sarif_results.append(_result(result, claim, prints[id(claim)], index, rule_index,
                                             why.get(id(claim))))
    for notice in options.get("notices") or ():
        doc = documents.get(notice.path)
        region = None
        if doc is not None:
            index = LineIndex(doc.raw)
            line, col = index.line_col(notice.span.start)
            end_line, end_col = index.line_col(notice.span.end)
            region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
        notifications.append(_notification(notice.path, notice.message, "warning", region))
    run = {
        "tool": {"driver": {"name": "factcheck", "version": __version__, "semanticVersion": __version__,
                            "informationUri": INFORMATION_URI, "rules": [_rule_descriptor(r) for r in rules]}},
        "invocations": [{"executionSuccessful": not any(r.error for r in results),
                         "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(results, options) -> str:
    return indented_json.dumps(sarif_log(results, options))
