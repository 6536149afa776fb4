"""Baselines: accept the claims a repository already has, report only new ones.

A claim's fingerprint must survive unrelated edits (a paragraph added above it,
a typo fixed elsewhere), so it is built from what the claim *is*, never from
where it is: the rule, the verdict, the claim's text with whitespace and case
normalised, and its occurrence index (the n-th claim of that rule with that
text and verdict in the file, so two identical sentences are two entries).
The verdict is part of it so that a claim accepted as unverifiable is reported
again when it becomes inconsistent.

The baseline file is JSON with one entry per non-consistent claim. Paths are
stored relative to the baseline file's directory with '/' separators, so the
file is the same whichever directory or OS factcheck runs from.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable

import attrs

from factcheck.errors import ConfigError
from factcheck.fileio import write_text_atomic
from factcheck.model.result import FileResult
from factcheck.model.verdict import Claim, Verdict

FORMAT_VERSION = 1
_TEXT_PREVIEW = 80


def normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def fingerprint(claim: Claim, occurrence: int) -> str:
    key = "\0".join((claim.rule, claim.verdict.value, normalise(claim.text), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def fingerprints(claims: Iterable[Claim]) -> tuple[str, ...]:
    """One fingerprint per claim, in order."""
    seen: Counter = Counter()
    out = []
    for claim in claims:
        identity = (claim.rule, claim.verdict, normalise(claim.text))
        out.append(fingerprint(claim, seen[identity]))
        seen[identity] += 1
    return tuple(out)


def path_key(path: str, base_dir: str) -> str:
    if path == "-":
        return "-"
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir))
    except ValueError:              # another drive on Windows: no relative path exists
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


@attrs.frozen
class Baseline:
    entries: frozenset           # {(path_key, fingerprint)}
    base_dir: str

    def __contains__(self, item: tuple[str, str]) -> bool:
        return item in self.entries


def _baselined(claim: Claim) -> bool:
    # Consistent claims are not findings; they never need accepting.
    return claim.verdict is not Verdict.CONSISTENT


def baseline_document(results: Iterable[FileResult], base_dir: str) -> dict:
    entries = []
    for result in results:
        if result.document is None:
            continue
        key = path_key(result.path, base_dir)
        for claim, fp in zip(result.claims, fingerprints(result.claims)):
            if _baselined(claim):
                text = " ".join(claim.text.split())
                if len(text) > _TEXT_PREVIEW:
                    text = text[:_TEXT_PREVIEW - 1] + "…"
                entries.append({"path": key, "rule": claim.rule, "verdict": claim.verdict.value,
                                "fingerprint": fp, "text": text})
    entries.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    return {"factcheck_baseline": FORMAT_VERSION, "claims": entries}


def write_baseline(path: str, results: Iterable[FileResult]) -> int:
    """Write the baseline for `results` to `path` atomically; returns the number of claims in it."""
    data = baseline_document(results, os.path.dirname(os.path.abspath(path)))
    try:
        write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise ConfigError(f"cannot write baseline {path}: {exc.strerror or exc}") from None
    return len(data["claims"])


def read_baseline(path: str) -> Baseline:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"baseline {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("factcheck_baseline") != FORMAT_VERSION \
            or not isinstance(data.get("claims"), list):
        raise ConfigError(f"{path} is not a factcheck baseline (version {FORMAT_VERSION}); "
                          f"write one with --write-baseline")
    entries = set()
    for i, entry in enumerate(data["claims"]):
        if not (isinstance(entry, dict) and isinstance(entry.get("path"), str)
                and isinstance(entry.get("fingerprint"), str)):
            raise ConfigError(f"baseline {path}: entry {i + 1} needs a 'path' and a 'fingerprint'")
        entries.add((entry["path"], entry["fingerprint"]))
    return Baseline(frozenset(entries), os.path.dirname(os.path.abspath(path)))


def without_baselined(result: FileResult, baseline: Baseline) -> tuple[FileResult, int]:
    """The result with the claims the baseline accepts removed, and how many were removed."""
    if result.document is None or not result.claims:
        return result, 0
    key = path_key(result.path, baseline.base_dir)
    kept = tuple(c for c, fp in zip(result.claims, fingerprints(result.claims))
                 if not (_baselined(c) and (key, fp) in baseline))
    return attrs.evolve(result, claims=kept), len(result.claims) - len(kept)


def filter_results(results, baseline: Baseline) -> tuple[list[FileResult], int]:
    """Every result without its baselined claims, and how many claims the baseline accepted."""
    kept, accepted = [], 0
    for result in results:
        new, removed = without_baselined(result, baseline)
        kept.append(new)
        accepted += removed
    return kept, accepted
