import pytest

from factcheck.engine.suppress import apply_suppressions, parse_directives
from factcheck.model.span import Span
from tests.report.ci_pack import registry, result_for


@pytest.fixture
def reg(tmp_path):
    return registry(tmp_path)


def rules_left(s):
    return [(c.rule, c.span.start) for c in s.result.claims]


def test_ignore_suppresses_only_the_next_claim_of_that_rule(reg):
    raw = ("<!-- factcheck: ignore TS01 -- confirmed with the desk -->\n"
           "A wrong figure and an odd date.\n\nAnother wrong figure.\n")
    s = apply_suppressions(result_for(raw, reg), reg)
    assert rules_left(s) == [("TS02", raw.index("odd date")), ("TS01", raw.index("wrong figure", 70))]
    first = raw.index("wrong figure")
    assert [(x.claim.rule, x.claim.span, x.reason, x.directive) for x in s.suppressed] == [
        ("TS01", Span(first, first + 12), "confirmed with the desk", Span(0, raw.index("\n")))]
    assert s.notices == ()


def test_ignore_accepts_names_aliases_and_several_rules(reg):
    raw = ("<!-- factcheck: ignore wrong-figure, test.odd-date -- checked twice -->\n"
           "A wrong figure and an odd date.\n")
    s = apply_suppressions(result_for(raw, reg), reg)
    assert s.result.claims == ()
    assert [x.claim.rule for x in s.suppressed] == ["TS01", "TS02"]


def test_ignore_does_not_reach_past_the_next_paragraph(reg):
    raw = ("<!-- factcheck: ignore TS01 -- fine -->\nNothing to see.\n\nA wrong figure.\n")
    s = apply_suppressions(result_for(raw, reg), reg)
    assert rules_left(s) == [("TS01", raw.index("wrong figure"))]
    assert [n.message for n in s.notices] == ["factcheck: ignore TS01 matched no claim in the next paragraph"]
    assert s.notices[0].span == Span(0, 39)


def test_disable_enable_range(reg):
    raw = ("A wrong figure.\n\n"
           "<!-- factcheck: disable TS01 -- figures from the agency -->\n\n"
           "A wrong figure.\n\nAn odd date and a wrong figure.\n\n"
           "<!-- factcheck: enable TS01 -->\n\nA wrong figure.\n")
    result = result_for(raw, reg)
    s = apply_suppressions(result, reg)
    figures = [i for i in range(len(raw)) if raw.startswith("wrong figure", i)]
    assert len(figures) == 4
    assert rules_left(s) == [("TS01", figures[0]), ("TS02", raw.index("odd date")), ("TS01", figures[3])]
    assert [x.reason for x in s.suppressed] == ["figures from the agency"] * 2
    assert s.notices == ()


def test_disable_without_enable_runs_to_the_end(reg):
    raw = "<!-- factcheck: disable TS02 -- dates verified -->\n\nAn odd date.\n\nAn odd date.\n"
    s = apply_suppressions(result_for(raw, reg), reg)
    assert s.result.claims == ()
    assert len(s.suppressed) == 2


def test_a_suppression_without_reason_suppresses_nothing_and_is_reported(reg):
    raw = "<!-- factcheck: ignore TS01 -->\nA wrong figure.\n\n<!-- factcheck: disable TS02 -- -->\nAn odd date.\n"
    s = apply_suppressions(result_for(raw, reg), reg)
    assert [c.rule for c in s.result.claims] == ["TS01", "TS02"]
    assert s.suppressed == ()
    assert [(n.span, n.message) for n in s.notices] == [
        (Span(0, 31), "factcheck: ignore without a reason is ignored; add one after '--'"),
        (Span(49, 84), "factcheck: disable without a reason is ignored; add one after '--'")]


def test_unknown_rule_action_and_stray_enable_are_reported(reg):
    raw = ("<!-- factcheck: ignore NOPE -- x -->\n<!-- factcheck: skip TS01 -- x -->\n"
           "<!-- factcheck: enable TS01 -->\n<!-- factcheck: ignore -- why -->\nA wrong figure.\n")
    s = apply_suppressions(result_for(raw, reg), reg)
    assert [c.rule for c in s.result.claims] == ["TS01"]
    assert [n.message for n in s.notices] == [
        "unknown rule 'NOPE' in factcheck directive",
        "unknown factcheck directive 'skip' (ignore, disable or enable)",
        "factcheck: enable TS01 without an earlier disable",
        "factcheck: ignore needs the rules it applies to (codes, names or aliases)"]


def test_comments_in_plain_text_are_article_text_not_directives(reg):
    raw = "<!-- factcheck: ignore TS01 -- ok -->\nA wrong figure.\n"
    result = result_for(raw, reg, path="a.txt", fmt="txt")
    assert parse_directives(result.document) == ()
    assert [c.rule for c in apply_suppressions(result, reg).result.claims] == ["TS01"]


def test_html_comments_are_directives(reg):
    raw = "<html><body><!-- factcheck: ignore TS01 -- ok --><p>A wrong figure.</p><p>An odd date.</p></body></html>"
    result = result_for(raw, reg, path="a.html", fmt="html")
    assert [c.rule for c in result.claims] == ["TS01", "TS02"]
    s = apply_suppressions(result, reg)
    assert [c.rule for c in s.result.claims] == ["TS02"]
    assert [x.directive for x in s.suppressed] == [Span(12, 49)]


def test_without_registry_only_codes_are_understood(reg):
    raw = "<!-- factcheck: ignore TS01 -- ok -->\nA wrong figure.\n"
    s = apply_suppressions(result_for(raw, reg), None)
    assert s.result.claims == () and len(s.suppressed) == 1


def test_file_without_directives_is_returned_unchanged(reg):
    result = result_for("A wrong figure.\n", reg)
    s = apply_suppressions(result, reg)
    assert s.result is result and s.suppressed == () and s.notices == ()


def test_directive_keyword_is_case_insensitive(reg):
    raw = "<!-- FactCheck: IGNORE TS01 -- checked -->\nA wrong figure.\n"
    s = apply_suppressions(result_for(raw, reg), reg)
    assert s.result.claims == () and [x.reason for x in s.suppressed] == ["checked"]


SHOWN_IN_CODE = [
    f"How to accept a figure:\n\n{fence}\n<!-- factcheck: ignore TS01 -- confirmed -->\n{fence.strip()[:3]}\n\n"
    "A wrong figure.\n" for fence in ("```", "~~~", "```markdown", "   ~~~ text")
] + ["Write `<!-- factcheck: ignore TS01 -- confirmed -->` above a claim to accept it.\nA wrong figure.\n"]


@pytest.mark.parametrize("raw", SHOWN_IN_CODE, ids=["backticks", "tildes", "info-string", "indented", "inline"])
def test_a_directive_shown_in_code_is_an_example_not_a_directive(reg, raw):
    s = apply_suppressions(result_for(raw, reg), reg)
    assert rules_left(s) == [("TS01", raw.index("wrong figure"))]
    assert s.suppressed == () and s.notices == ()


@pytest.mark.parametrize("raw, reason", [
    ("```\ncode with a wrong figure\n```\n\n<!-- factcheck: ignore TS01 -- confirmed -->\nA wrong figure.\n",
     "confirmed"),                                     # after a closed block
    # a fence mark inside the front matter does not open a code block in the article
    ("---\ntitle: \"Fences ``` in a title\"\n---\n\n<!-- factcheck: ignore TS01 -- confirmed -->\nA wrong figure.\n",
     "confirmed"),
    # code inside a directive's reason, or before it on its line
    ("The `desk` view: <!-- factcheck: ignore TS01 -- checked by the `figures` desk -->\nA wrong figure.\n",
     "checked by the `figures` desk"),
], ids=["after-a-block", "fence-in-front-matter", "code-around"])
def test_a_directive_outside_code_still_counts(reg, raw, reason):
    s = apply_suppressions(result_for(raw, reg), reg)
    assert s.result.claims == () and [x.reason for x in s.suppressed] == [reason]


def test_an_unclosed_fence_runs_to_the_end_of_the_file_as_the_reader_reads_it(reg):
    raw = "Intro.\n\n<!-- factcheck: disable TS02 -- dates -->\n\n```\n<!-- factcheck: disable TS01 -- x -->\n\nText.\n"
    assert [d.rules for d in parse_directives(result_for(raw, reg).document)] == [("TS02",)]
