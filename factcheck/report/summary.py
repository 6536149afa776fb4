"""Counts over a run, shared by every format."""
from __future__ import annotations

from collections import Counter

from factcheck.model.result import FileResult
from factcheck.model.verdict import Verdict


def summarise(results: list[FileResult]) -> dict:
    verdicts = Counter(c.verdict for r in results for c in r.claims)
    return {
        "files": len(results),
        "claims": sum(len(r.claims) for r in results),
        "consistent": verdicts[Verdict.CONSISTENT],
        "inconsistent": verdicts[Verdict.INCONSISTENT],
        "unverifiable": verdicts[Verdict.UNVERIFIABLE],
        "errors": sum(1 for r in results if r.error),
    }
