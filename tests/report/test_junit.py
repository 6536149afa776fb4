import xml.etree.ElementTree as ET

from factcheck.model.result import FileResult
from factcheck.report import junit
from tests.report.ci_pack import registry, result_for


def parse(results, **options):
    out = junit.render(results, options)
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(out.encode("utf-8"))


def test_one_testcase_per_file_a_failure_per_inconsistent_claim_errors_for_unreadable():
    reg = registry()
    results = [
        result_for("A wrong figure and an odd date.\n\nAnother wrong figure, a vague claim.\n", reg, path="a.md"),
        result_for("A fine total.\n", reg, path="b.md"),
        FileResult("c.md", error="c.md: file is not UTF-8"),
    ]
    root = parse(results)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "1", "1")
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == ("3", "1", "1", "0")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["a.md", "b.md", "c.md"]
    failures = cases[0].findall("failure")
    assert [(f.get("type"), f.get("message")) for f in failures] == [
        ("TS01", "a.md:1:3: TS01 the figure is wrong"),
        ("TS01", "a.md:3:9: TS01 the figure is wrong"),
    ]
    assert failures[0].text == "a.md:1:3: TS01 (test.wrong-figure, error)\nclaim: wrong figure\nthe figure is wrong"
    assert cases[0].find("system-out").text == "4 claims: 3 inconsistent, 1 unverifiable, 0 consistent"
    assert cases[1].findall("failure") == [] and cases[1].findall("error") == []
    error = cases[2].find("error")
    assert (error.get("type"), error.get("message")) == ("unreadable", "c.md: file is not UTF-8")


def test_fail_on_warning_makes_warnings_failures():
    reg = registry()
    root = parse([result_for("An odd date.\n", reg)], fail_on="warning")
    assert [f.get("type") for f in root.iter("failure")] == ["TS02"]
    assert parse([result_for("An odd date.\n", reg)]).find("testsuite").get("failures") == "0"


def test_control_characters_and_markup_in_articles_stay_well_formed():
    reg = registry()
    raw = "A wrong figure <b>&\x01\x0b</b> here.\n"
    result = result_for(raw, reg, path="we<ird>&\x02.txt", fmt="txt")
    root = parse([result])
    case = root.find("testsuite/testcase")
    assert case.get("name") == "we<ird>&\ufffd.txt"
    assert case.find("failure").get("message") == "we<ird>&\ufffd.txt:1:3: TS01 the figure is wrong"
