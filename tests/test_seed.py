"""The seed article, checked claim by claim, must give exactly its expected report.

The expected report is seeds/pentagon-ukraine-aid.expected.json. When a change
to rules or extractors changes it on purpose, regenerate it with

    python -m factcheck check seeds/ --format json > seeds/pentagon-ukraine-aid.expected.json

from the repository root, and review the diff like code.
"""
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECTED = os.path.join(REPO, "seeds", "pentagon-ukraine-aid.expected.json")


def run_check():
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "seeds/", "--format", "json"],
                          cwd=REPO, capture_output=True, text=True)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def without_version(report):
    return {k: v for k, v in report.items() if k != "factcheck"}


def test_seed_report_matches_the_expected_report():
    with open(EXPECTED, encoding="utf-8") as fh:
        expected = json.load(fh)
    assert without_version(run_check()) == without_version(expected)


def test_seed_report_covers_what_an_editor_checks():
    (result,) = run_check()["files"]
    by_rule = {}
    for claim in result["claims"]:
        by_rule.setdefault(claim["rule"], []).append(claim)
    assert result["published"] == "2022-04-13"
    # The demo fact pack is found through seeds/.factcheck.cfg.
    texts = {c["rule"]: [x["text"] for x in by_rule[c["rule"]]] for c in result["claims"]}
    assert any("$2.4 billion" in t for t in texts["RF01"])
    assert any("$800 million" in t for t in texts["RF04"])
    assert "February" in texts["RF03"]
    assert {"Volodymyr Zelenskyy", "Joe Biden", "John Kirby"} <= set(texts["RF02"])
    # Both "Wednesday"s resolve to the publication day, one future, one past.
    wednesdays = [c["message"] for c in by_rule["DA07"]]
    assert wednesdays == [
        "'Wednesday' (future tense) is 2022-04-13, the day of publication, Wednesday, April 13, 2022",
        "'Wednesday' (past tense) is 2022-04-13, the day of publication, Wednesday, April 13, 2022"]
    (anonymous,) = by_rule["AT02"]
    assert anonymous["verdict"] == "unverifiable"
    assert "Financial Times" in anonymous["message"]
    (skipped,) = result["skipped"]
    assert skipped["reason"] == "17 trailing headlines not part of the article"
