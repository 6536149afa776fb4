import json

import pytest

from factcheck.engine.suppress import apply_suppressions
from factcheck.model.result import FileResult
from factcheck.report import sarif
from tests.report.ci_pack import registry, result_for
from tests.report.shared import shared_file

ARTICLE = ("---\ntitle: Test\ndate: 2022-04-13\n---\n\n"
           "A wrong figure, a fine total and a vague claim.\n\n"
           "<!-- factcheck: ignore TS02 -- the desk confirmed it -->\nAn odd date here, né.\n\n"
           "<!-- factcheck: ignore TS01 -->\nA wrong figure again.\n")


@pytest.fixture
def log():
    reg = registry()
    s = apply_suppressions(result_for(ARTICLE, reg, path="news/a b.md"), reg)
    results = [s.result, FileResult("news/broken.md", error="news/broken.md: file is not UTF-8")]
    return sarif.sarif_log(results, {"registry": reg, "suppressed": [s.suppressed, ()], "notices": s.notices})


@pytest.mark.needs_shared
def test_validates_against_the_sarif_2_1_0_schema(log):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = shared_file("schemas", "sarif-schema-2.1.0.json")
    if schema_path is None:
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is not next to this repository (a fresh clone)")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(log), key=str)
    assert errors == []


def test_results_levels_kinds_and_regions(log):
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run["columnKind"] == "unicodeCodePoints"
    got = [(r["ruleId"], r["kind"], r["level"], r["message"]["text"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
            r["locations"][0]["physicalLocation"]["region"]["endColumn"],
            r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"],
            "suppressions" in r) for r in run["results"]]
    assert got == [
        ("TS01", "fail", "error", "the figure is wrong", 6, 3, 15, "wrong figure", False),
        ("TS04", "review", "none", "unverifiable: no figure to compare it with", 6, 36, 47, "vague claim", False),
        ("TS02", "fail", "warning", "the date is odd", 9, 4, 12, "odd date", True),
        ("TS01", "fail", "error", "the figure is wrong", 12, 3, 15, "wrong figure", False),
    ]
    suppressed = run["results"][2]["suppressions"]
    assert suppressed == [{"kind": "inSource", "justification": "the desk confirmed it"}]
    first = run["results"][0]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/a%20b.md"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert ARTICLE[region["charOffset"]:region["charOffset"] + region["charLength"]] == "wrong figure"
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "TS01"
    assert len({r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in run["results"]}) == 4


def test_rules_carry_help_from_their_docs_and_examples(log):
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["TS01", "TS02", "TS03", "TS04"]
    ts01 = rules[0]
    assert ts01["name"] == "test.wrong-figure"
    assert ts01["shortDescription"] == {"text": "Flags the phrase 'wrong figure'."}
    assert ts01["defaultConfiguration"] == {"level": "error"}
    assert ts01["help"]["text"] == ("Flags the phrase 'wrong figure'.\n\nReported: A wrong figure here. | "
                                    "Another wrong figure.\n\nNot reported: A right figure. | Nothing here.")
    assert "- A wrong figure here\\." in ts01["help"]["markdown"]
    assert ts01["properties"]["aliases"] == ["wrong-figure"]
    assert rules[3]["defaultConfiguration"] == {"level": "note"}


def test_file_errors_and_notices_are_notifications(log):
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = [(n["level"], n["message"]["text"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              n["locations"][0]["physicalLocation"].get("region", {}).get("startLine"))
             for n in invocation["toolExecutionNotifications"]]
    assert notes == [
        ("error", "news/broken.md: file is not UTF-8", "news/broken.md", None),
        ("warning", "factcheck: ignore without a reason is ignored; add one after '--'", "news/a%20b.md", 11),
    ]


def test_uris(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert sarif.artifact_uri("-") == "stdin"
    assert sarif.artifact_uri("/srv/news/a#1.md") == "file:///srv/news/a%231.md"
    assert sarif.artifact_uri("dir/x?.md") == "dir/x%3F.md"
    assert sarif.artifact_uri("./dir//y.md") == "dir/y.md"
    assert sarif.artifact_uri(str(tmp_path / "news" / "a b.md")) == "news/a%20b.md"


def test_render_is_json_without_registry():
    reg = registry()
    out = json.loads(sarif.render([result_for("A wrong figure.\n", reg)], {}))
    run = out["runs"][0]
    assert run["tool"]["driver"]["rules"] == []
    assert [r["ruleId"] for r in run["results"]] == ["TS01"]
    assert "ruleIndex" not in run["results"][0]
