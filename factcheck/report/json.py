"""The JSON contracts of DESIGN.md for `check` and `extract` (keep them stable)."""
from __future__ import annotations

from factcheck import __version__
from factcheck.model.result import FileResult
from factcheck.report import indented_json
from factcheck.report.positions import LineIndex, raw_position
from factcheck.report.summary import summarise


def _published(result: FileResult):
    return result.published.isoformat() if result.published else None


def claim_dict(result: FileResult, claim, index: LineIndex) -> dict:
    pos = raw_position(result.document, claim.span, index)
    raw = result.document.raw
    return {
        "rule": claim.rule, "name": claim.name, "kind": claim.kind.value,
        "verdict": claim.verdict.value, "severity": claim.severity.value,
        "start": pos["start"], "end": pos["end"], "line": pos["line"], "column": pos["column"],
        "text": raw[pos["start"]:pos["end"]], "message": claim.message,
        "evidence": dict(claim.evidence),
    }


def check_report(results: list[FileResult]) -> dict:
    files = []
    for r in results:
        entry = {"path": r.path, "published": _published(r), "error": r.error, "claims": []}
        if r.document is not None:
            index = LineIndex(r.document.raw)
            entry["claims"] = [claim_dict(r, c, index) for c in r.claims]
            entry["skipped"] = [{**_span(r, b.span, index), "reason": b.reason} for b in r.document.skipped]
        files.append(entry)
    return {"factcheck": __version__, "files": files, "summary": summarise(results)}


def _span(result: FileResult, span, index) -> dict:
    pos = raw_position(result.document, span, index)
    return {"start": pos["start"], "end": pos["end"], "line": pos["line"]}


def extract_report(results: list[FileResult]) -> dict:
    files = []
    for r in results:
        entry = {"path": r.path, "published": _published(r), "error": r.error,
                 "quantities": [], "dates": [], "quotes": []}
        if r.document is not None and r.facts is not None:
            doc = r.document
            raw = doc.raw

            def place(span):
                s = doc.raw_span(span)
                return {"start": s.start, "end": s.end, "text": raw[s.start:s.end]}

            entry["quantities"] = [{**place(q.span), "value": q.value, "unit": q.unit, "kind": q.kind.value,
                                    **({"hedge": q.hedge} if q.hedge else {})} for q in r.facts.quantities]
            entry["dates"] = [{**place(d.span), "value": d.value, "granularity": d.granularity.value,
                               **({"problem": d.problem} if d.problem else {})} for d in r.facts.dates]
            quotes = []
            for q in r.facts.quotes:
                speaker = doc.raw_span(q.speaker_span) if q.speaker_span else None
                quotes.append({**place(q.span), "speaker": q.speaker,
                               "speaker_start": speaker.start if speaker else None,
                               "speaker_end": speaker.end if speaker else None, "cue": q.cue,
                               "anonymous": q.anonymous, "via": q.via})
            entry["quotes"] = quotes
        files.append(entry)
    return {"factcheck": __version__, "files": files}


def dumps(data: dict) -> str:
    return indented_json.dumps(data)
