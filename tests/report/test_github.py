import attrs

from factcheck.engine.suppress import apply_suppressions
from factcheck.model.result import FileResult
from factcheck.report import github
from tests.report.ci_pack import registry, result_for


def test_escaping_follows_the_runner_rules():
    assert github.escape_data("50% off\r\nnext: a, b") == "50%25 off%0D%0Anext: a, b"
    assert github.escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae"
    assert github.command("error", "m", file="x,y.md", line=3) == "::error file=x%2Cy.md,line=3::m"
    assert github.command("notice", "m") == "::notice::m"


def test_annotations_for_inconsistent_claims_only():
    reg = registry()
    results = [result_for("A wrong figure, a fine total, a vague claim.\n\nAn odd date.\n", reg, path="news/a,1.md"),
               FileResult("b.md", error="b.md: file is not UTF-8")]
    assert github.render(results, {}).splitlines() == [
        "::error file=news/a%2C1.md,line=1,col=3,endLine=1,endColumn=15,title=TS01 test.wrong-figure::the figure is wrong",
        "::warning file=news/a%2C1.md,line=3,col=4,endLine=3,endColumn=12,title=TS02 test.odd-date::the date is odd",
        "::error file=b.md,title=factcheck%3A unreadable article::b.md: file is not UTF-8",
    ]


def test_a_claim_across_lines_has_no_columns():
    reg = registry()
    result = result_for("A wrong figure.\n", reg, path="a.txt", fmt="txt")
    # A claim whose span runs over a line break (built by hand: no test rule spans lines).
    doc = attrs.evolve(result.document, raw="A wrong\nfigure.\n", text="A wrong\nfigure.\n")
    result = attrs.evolve(result, document=doc)
    line = github.render([result], {})
    assert line == "::error file=a.txt,line=1,endLine=2,title=TS01 test.wrong-figure::the figure is wrong"


def test_directive_notices_are_warnings():
    reg = registry()
    s = apply_suppressions(result_for("Intro.\n\n<!-- factcheck: ignore TS01 -->\nA wrong figure.\n", reg), reg)
    lines = github.render([s.result], {"notices": s.notices}).splitlines()
    assert lines[-1] == ("::warning file=article.md,line=3,title=factcheck directive::"
                         "factcheck: ignore without a reason is ignored; add one after '--'")
