"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, GitHub test-report actions).

One <testcase> per article (name = its path, classname "factcheck"); each inconsistent
claim at or above the failing severity is a <failure> of it (type = the rule code); an
article that could not be read is an <error>. Unverifiable and consistent claims are
not failures; they are counted in <system-out> so the report still says what was seen.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.model.verdict import Severity, Verdict
from factcheck.report.positions import LineIndex, raw_position

# XML 1.0 cannot carry most control characters, even escaped; an article may contain them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _failures(result, threshold: int):
    index = LineIndex(result.document.raw)
    for claim in result.claims:
        if claim.verdict is Verdict.INCONSISTENT and claim.severity.rank >= threshold:
            yield claim, raw_position(result.document, claim.span, index)


def junit_tree(results, options) -> ET.Element:
    threshold = Severity(options.get("fail_on", "error")).rank
    suites = ET.Element("testsuites", name="factcheck")
    suite = ET.SubElement(suites, "testsuite", name="factcheck")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for result in results:
        totals["tests"] += 1
        case = ET.SubElement(suite, "testcase", classname="factcheck", name=_clean(result.path),
                             file=_clean(result.path), time="0")
        if result.error:
            totals["errors"] += 1
            ET.SubElement(case, "error", message=_clean(result.error), type="unreadable").text = _clean(result.error)
            continue
        failed = list(_failures(result, threshold))
        if failed:
            totals["failures"] += 1
        for claim, pos in failed:
            where = f"{result.path}:{pos['line']}:{pos['column']}"
            failure = ET.SubElement(case, "failure", type=claim.rule,
                                    message=_clean(f"{where}: {claim.rule} {claim.message}"))
            failure.text = _clean(f"{where}: {claim.rule} ({claim.name}, {claim.severity.value})\n"
                                  f"claim: {' '.join(claim.text.split())}\n{claim.message}")
        counts = {v: sum(1 for c in result.claims if c.verdict is v) for v in Verdict}
        ET.SubElement(case, "system-out").text = (
            f"{len(result.claims)} claims: {counts[Verdict.INCONSISTENT]} inconsistent, "
            f"{counts[Verdict.UNVERIFIABLE]} unverifiable, {counts[Verdict.CONSISTENT]} consistent")
    for element in (suites, suite):
        for key, value in totals.items():
            element.set(key, str(value))
    suite.set("skipped", "0")
    suite.set("time", "0")
    return suites


def render(results, options) -> str:
    tree = junit_tree(results, options)
    ET.indent(tree)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree, encoding="unicode")
