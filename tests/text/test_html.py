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
