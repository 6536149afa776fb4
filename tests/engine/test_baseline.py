import json

import pytest

from factcheck.engine import baseline as bl
from factcheck.errors import ConfigError
from tests.report.ci_pack import registry, result_for

ARTICLE = "A wrong figure, a fine total and a vague claim.\n\nAn odd date. A wrong figure.\n"


@pytest.fixture
def reg():
    return registry()


def test_fingerprints_ignore_position_case_and_whitespace_but_count_occurrences(reg):
    a = result_for(ARTICLE, reg)
    moved = result_for("A new paragraph first.\n\n" + ARTICLE.replace("A wrong figure.", "A WRONG   figure."), reg)
    fa, fb = bl.fingerprints(a.claims), bl.fingerprints(moved.claims)
    assert [c.rule for c in a.claims] == ["TS01", "TS03", "TS04", "TS02", "TS01"]
    assert fa == fb
    assert len(set(fa)) == 5                   # the two "wrong figure" claims differ by occurrence
    assert all(len(f) == 24 for f in fa)


def test_fingerprint_changes_with_rule_text_or_verdict(reg):
    claim = result_for("A wrong figure.\n", reg).claims[0]
    base = bl.fingerprint(claim, 0)
    import attrs
    from factcheck.model.verdict import Verdict
    assert bl.fingerprint(claim, 1) != base
    assert bl.fingerprint(attrs.evolve(claim, rule="TS09"), 0) != base
    assert bl.fingerprint(attrs.evolve(claim, text="wrong figures"), 0) != base
    assert bl.fingerprint(attrs.evolve(claim, verdict=Verdict.UNVERIFIABLE), 0) != base


def test_round_trip_accepts_old_claims_and_reports_new_ones(reg, tmp_path):
    (tmp_path / "news").mkdir()
    path = str(tmp_path / "news" / "a.md")
    before = result_for(ARTICLE, reg, path=path)
    target = tmp_path / "factcheck-baseline.json"
    assert bl.write_baseline(str(target), [before]) == 4          # consistent claims are not stored
    data = json.loads(target.read_text())
    assert data["factcheck_baseline"] == 1
    assert {e["path"] for e in data["claims"]} == {"news/a.md"}
    assert sorted(e["rule"] for e in data["claims"]) == ["TS01", "TS01", "TS02", "TS04"]
    assert {e["text"] for e in data["claims"]} == {"wrong figure", "odd date", "vague claim"}

    after = result_for("Intro.\n\n" + ARTICLE + "\nA third wrong figure and another odd date.\n", reg, path=path)
    base = bl.read_baseline(str(target))
    kept, removed = bl.without_baselined(after, base)
    assert removed == 4
    assert [(c.rule, c.verdict.value) for c in kept.claims] == [
        ("TS03", "consistent"), ("TS01", "inconsistent"), ("TS02", "inconsistent")]
    assert kept.claims[1].span.start == after.document.raw.index("wrong figure and another")


def test_paths_are_relative_to_the_baseline_file(reg, tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    article = tmp_path / "a.md"
    result = result_for("A wrong figure.\n", reg, path=str(article))
    bl.write_baseline(str(tmp_path / "b.json"), [result])
    monkeypatch.chdir(tmp_path / "sub")
    relative = result_for("A wrong figure.\n", reg, path="../a.md")
    kept, removed = bl.without_baselined(relative, bl.read_baseline("../b.json"))
    assert removed == 1 and kept.claims == ()


def test_same_claim_in_another_file_is_new(reg, tmp_path):
    bl.write_baseline(str(tmp_path / "b.json"), [result_for("A wrong figure.\n", reg, path=str(tmp_path / "a.md"))])
    other = result_for("A wrong figure.\n", reg, path=str(tmp_path / "c.md"))
    kept, removed = bl.without_baselined(other, bl.read_baseline(str(tmp_path / "b.json")))
    assert removed == 0 and len(kept.claims) == 1


def test_baseline_output_is_sorted_and_stable(reg, tmp_path):
    results = [result_for(ARTICLE, reg, path=str(tmp_path / name)) for name in ("b.md", "a.md")]
    bl.write_baseline(str(tmp_path / "one.json"), results)
    bl.write_baseline(str(tmp_path / "two.json"), results[::-1])
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


@pytest.mark.parametrize("content, message", [
    ("{not json", "is not valid JSON"),
    ('{"claims": []}', "is not a factcheck baseline"),
    ('{"factcheck_baseline": 1, "claims": [{"path": "a.md"}]}', "entry 1 needs a 'path' and a 'fingerprint'"),
])
def test_bad_baselines_are_config_errors(tmp_path, content, message):
    target = tmp_path / "b.json"
    target.write_text(content)
    with pytest.raises(ConfigError, match=message):
        bl.read_baseline(str(target))


def test_missing_baseline_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read baseline"):
        bl.read_baseline(str(tmp_path / "nope.json"))
