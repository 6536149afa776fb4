"""Arbitrary article text: check and extract finish, every span lies inside the
text and slices back to the reported text, output is deterministic, and the JSON
keeps the contract of DESIGN.md."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dsl.loader import DEFAULT_PACK
from factcheck.engine.facts import gather_facts
from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.errors import InputError
from factcheck.model.facts import DateRef, Quantity
from factcheck.model.result import FileResult
from factcheck.report import json as json_report
from factcheck.text.read import document_from_text
from tests.robustness.conftest import PROBE_PACK
from tests.robustness.contract import check_contract, check_extract_contract
from tests.robustness.strategies import article_text

FORMATS = ("md", "txt", "html")


@pytest.fixture(scope="module")
def registry():
    # The probe pack always; the built-in pack too once it exists on this branch.
    return Registry.load([PROBE_PACK], default_pack=os.path.isdir(DEFAULT_PACK))


def _spans_inside(doc) -> None:
    n = len(doc.text)
    for p in doc.paragraphs:
        assert 0 <= p.span.start < p.span.end <= n
        for s in p.sentences:
            assert p.span.start <= s.span.start < s.span.end <= p.span.end
    for b in doc.skipped:
        assert 0 <= b.span.start <= b.span.end <= n
    if doc.offsets is None:
        assert len(doc.text) == len(doc.raw)
    else:
        assert len(doc.offsets) == n + 1
        assert all(0 <= o <= len(doc.raw) for o in doc.offsets)
        assert list(doc.offsets) == sorted(doc.offsets)


def _facts_inside(doc, facts) -> None:
    for fact in facts.all:
        assert 0 <= fact.span.start <= fact.span.end <= len(doc.text), fact
        if isinstance(fact, (Quantity, DateRef)):
            assert fact.span.of(doc.text) == fact.text, fact


def _run(raw: str, fmt: str, registry):
    path = f"article.{fmt}"
    try:
        doc = document_from_text(raw, path=path, fmt=fmt, published=dt.date(2022, 4, 13))
    except InputError as exc:
        # Only malformed front matter may refuse decoded text, and it says so.
        assert str(exc).startswith(f"{path}:") and "front matter" in str(exc)
        return None
    facts = gather_facts(doc)
    claims = check_document(doc, registry.ruleset, functions=registry.functions, facts=facts)
    return doc, facts, claims


@given(raw=article_text, fmt=st.sampled_from(FORMATS))
def test_any_text_is_checked_within_contract(raw, fmt, registry):
    first = _run(raw, fmt, registry)
    if first is None:
        return
    doc, facts, claims = first
    _spans_inside(doc)
    _facts_inside(doc, facts)
    for c in claims:
        assert 0 <= c.span.start < c.span.end <= len(doc.text)
        assert c.text == c.span.of(doc.text)
    result = FileResult(doc.path, doc, claims, facts)
    check = json.loads(json_report.dumps(json_report.check_report([result])))
    assert check_contract(check, {doc.path: raw}) == []
    extract = json.loads(json_report.dumps(json_report.extract_report([result])))
    assert check_extract_contract(extract, {doc.path: raw}) == []
    # Deterministic: a second run gives the same report, byte for byte.
    doc2, facts2, claims2 = _run(raw, fmt, registry)
    again = FileResult(doc2.path, doc2, claims2, facts2)
    assert json_report.dumps(json_report.check_report([again])) == json_report.dumps(json_report.check_report([result]))
    assert json_report.dumps(json_report.extract_report([again])) == json_report.dumps(json_report.extract_report([result]))


def test_probe_claims_reach_the_report_with_exact_offsets(registry):
    # The fuzz property above is only worth something if claims are produced: pin one.
    raw = "---\r\ntitle: T\r\ndate: 2022-04-13\r\n---\r\n\r\nIt was a total zero.\r\nShe said nothing.\r\n"
    doc, facts, claims = _run(raw, "md", registry)
    report = json.loads(json_report.dumps(json_report.check_report([FileResult("article.md", doc, claims, facts)])))
    assert check_contract(report, {"article.md": raw}) == []
    got = [(c["rule"], c["start"], c["end"], c["line"], c["column"], c["text"], c["verdict"])
           for c in report["files"][0]["claims"]]
    assert got == [("PR01", 49, 59, 6, 10, "total zero", "inconsistent"),
                   ("PR02", 66, 78, 7, 5, "said nothing", "inconsistent")]
    assert raw[49:59] == "total zero" and raw[66:78] == "said nothing"
