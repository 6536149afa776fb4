import datetime as dt

from factcheck.text.read import document_from_text


def test_visible_text_maps_back_to_raw_offsets():
    raw = ('<html><head><title>T</title><style>p {color: red}</style></head><body>'
           '<p>The fund &amp; its board met on <b>Tuesday</b>.</p>'
           '<script>var x = "rose 250%";</script><p>Second paragraph here.</p></body></html>')
    doc = document_from_text(raw, path="a.html")
    assert doc.title == "T"
    texts = [p.span.of(doc.text) for p in doc.paragraphs]
    assert texts == ["The fund & its board met on Tuesday.", "Second paragraph here."]
    first = doc.paragraphs[0].span
    raw_span = doc.raw_span(first)
    assert raw[raw_span.start:raw_span.end] == "The fund &amp; its board met on <b>Tuesday</b>."
    assert "250%" not in doc.text


def test_meta_publication_date():
    raw = '<html><head><meta property="article:published_time" content="2022-04-13T10:00:00Z"></head><body><p>Hi there.</p></body></html>'
    doc = document_from_text(raw, path="a.html")
    assert doc.published == dt.date(2022, 4, 13)


def test_an_unknown_marked_section_is_read_as_text_not_an_internal_error():
    # html.parser raises AssertionError on "<![" followed by anything but its few keywords.
    raw = "<p>See ![chart](c.png) and <![chart](c.png) here: sales rose 12%.</p><![CDATA[x]]><p>Next.</p>"
    doc = document_from_text(raw, path="a.html")
    texts = [p.span.of(doc.text) for p in doc.paragraphs]
    assert texts[0].endswith("here: sales rose 12%.") and "![chart](c.png) here" in texts[0]
    assert texts[-1] == "Next."
    span = doc.paragraphs[0].span
    raw_span = doc.raw_span(span)
    assert raw[raw_span.start:raw_span.end].startswith("See ![chart]")


def test_markup_the_parser_refuses_is_a_clear_input_error(monkeypatch):
    import pytest

    from factcheck.errors import InputError
    from factcheck.text import html as html_format

    def refuse(self, data):
        raise AssertionError("unknown status keyword 'x' in marked section")

    monkeypatch.setattr(html_format._Visible, "feed", refuse)
    with pytest.raises(InputError, match="a.html: HTML the parser cannot read"):
        document_from_text("<p>Hi.</p>", path="a.html")
