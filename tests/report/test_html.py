import html.parser

from factcheck.engine.suppress import apply_suppressions
from factcheck.model.result import FileResult
from factcheck.report import html as html_report
from tests.report.ci_pack import registry, result_for

TITLE = '---\ntitle: "<script>alert(1)</script> \\" onmouseover=\\"alert(2)"\ndate: 2022-04-13\n---\n\n'
# A .txt article's text is shown exactly as written, markup and all: the hardest case.
HOSTILE = ('<script>alert("x")</script>\n\n'
           'A wrong figure <img src=x onerror="alert(3)"> and [a link](javascript:alert(4)).\n\n'
           '<a href="javascript:alert(5)" onclick=\'alert(6)\'>An odd date</a> " onfocus="alert(7)\n\n'
           '<style>body{display:none}</style><iframe src="https://evil.example"></iframe> a vague claim.\n')
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "main",
                "section", "div", "mark", "sup", "a", "ol", "ul", "li", "span", "code", "q", "details",
                "summary", "pre"}


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text, self.marks, self.stack = [], [], [], [], []
        self.styles = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag == "mark":
            self.marks.append([dict(attrs), ""])
        self.stack.append(tag)
        if tag == "style":
            self.styles += 1

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self.stack and self.stack[-1] == "mark" and self.marks:
            self.marks[-1][1] += data


def parse(page):
    c = Collector()
    c.feed(page)
    c.close()
    return c


def test_hostile_article_is_inert():
    reg = registry()
    result = result_for(HOSTILE, reg, path='evil"<b>.txt', fmt="txt")
    titled = result_for(TITLE + HOSTILE, reg, path="t.md")
    assert [c.rule for c in result.claims] == ["TS01", "TS02", "TS04"]
    assert [c.rule for c in titled.claims] == ["TS01", "TS02", "TS04"]
    page = html_report.render([result, titled], {})
    c = parse(page)
    assert set(c.tags) <= ALLOWED_TAGS
    assert "script" not in c.tags and "img" not in c.tags and "iframe" not in c.tags
    assert c.styles == 1                      # only our own stylesheet
    assert not [name for name, _ in c.attrs if name.startswith("on")]
    assert {name for name, _ in c.attrs} <= {"lang", "charset", "http-equiv", "content", "name", "class",
                                             "aria-labelledby", "id", "title", "href", "role"}
    hrefs = [value for name, value in c.attrs if name == "href"]
    assert len(hrefs) == 12 and all(h.startswith(("#f1-", "#f2-")) for h in hrefs)
    text = "".join(c.text)
    # The hostile markup is shown to the editor as text, exactly.
    assert '<script>alert("x")</script>' in text
    assert '<img src=x onerror="alert(3)">' in text
    assert '<a href="javascript:alert(5)" onclick=\'alert(6)\'>An odd date2\xa0inconsistent</a> " onfocus="alert(7)' in text
    assert 'evil"<b>.txt' in text
    assert 'title: <script>alert(1)</script> " onmouseover="alert(2)' in text   # the title, as text
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_claims_are_highlighted_with_verdict_label_and_working():
    reg = registry()
    raw = "Intro with a fine total.\n\nA wrong figure and a vague claim.\n"
    page = html_report.render([result_for(raw, reg, path="a.md")], {})
    c = parse(page)
    assert [(m[0]["class"], m[0].get("id"), m[1]) for m in c.marks[3:]] == [
        ("consistent", "f1-c1", "fine total"),
        ("inconsistent", "f1-c2", "wrong figure"),
        ("unverifiable", "f1-c3", "vague claim"),
    ]
    assert c.marks[4][0]["title"] == "inconsistent: TS01 the figure is wrong"
    text = "".join(c.text)
    assert "2\xa0inconsistent" in text and "3\xa0unverifiable" in text and "1\xa0consistent" in text
    assert text.count("working") >= 3
    assert '"check": "false"' in text                  # the evidence, inside <details>
    assert c.tags.count("details") == 3


def test_overlapping_claims_are_split_and_take_the_worst_verdict():
    reg = registry()
    result = result_for("A wrong figure.\n", reg)
    claim = result.claims[0]
    import attrs
    from factcheck.model.span import Span
    from factcheck.model.verdict import Verdict
    wider = attrs.evolve(claim, rule="TS03", verdict=Verdict.CONSISTENT, span=Span(0, 9), text="A wrong f")
    result = attrs.evolve(result, claims=(wider, claim))
    c = parse(html_report.render([result], {}))
    assert [(m[0]["class"], m[1]) for m in c.marks[3:]] == [
        ("consistent", "A "), ("inconsistent", "wrong f"), ("inconsistent", "igure")]
    assert c.marks[4][0]["title"] == "consistent: TS03 the figure is wrong | inconsistent: TS01 the figure is wrong"


def test_errors_suppressions_and_notices_are_listed():
    reg = registry()
    s = apply_suppressions(result_for(
        "<!-- factcheck: ignore TS01 -- <b>desk</b> said so -->\nA wrong figure.\n\n"
        "<!-- factcheck: ignore TS02 -->\nAn odd date.\n", reg), reg)
    page = html_report.render([s.result, FileResult("<x>.md", error="<x>.md: unreadable")],
                              {"suppressed": [s.suppressed, ()], "notices": s.notices})
    c = parse(page)
    text = "".join(c.text)
    assert "reason: <b>desk</b> said so" in text
    assert "line 4: factcheck: ignore without a reason is ignored; add one after '--'" in text
    assert "could not be checked: <x>.md: unreadable" in text
    assert "b" not in c.tags
