import datetime as dt

import pytest

from factcheck.errors import InputError
from factcheck.text.read import document_from_text


def test_front_matter_gives_date_and_title_and_is_not_checked():
    raw = '---\ntitle: "Budget vote"\ndate: 2022-04-13\n---\n\nThe council met on Tuesday.\n'
    doc = document_from_text(raw, path="a.md")
    assert doc.published == dt.date(2022, 4, 13)
    assert doc.title == "Budget vote"
    assert len(doc.text) == len(raw)
    assert "Budget" not in doc.text
    (para,) = doc.paragraphs
    assert para.span.of(raw) == "The council met on Tuesday."


def test_offsets_round_trip_to_the_raw_file():
    raw = "---\ndate: 2020-01-02\n---\n# Heading\n\nSome **bold** text with a [link](http://x.test/1) here.\n"
    doc = document_from_text(raw, path="a.md")
    assert len(doc.text) == len(raw)
    # Blanking only ever turns markup into spaces: every other character is the file's own.
    assert all(t == r for t, r in zip(doc.text, raw) if t != " ")
    assert [p.span.of(doc.text) for p in doc.paragraphs] == [
        "Heading", "Some   bold   text with a  link" + " " * 19 + "here."]


def test_code_blocks_and_comments_are_blanked():
    raw = "Intro.\n\n```\nrose 250% to 5 from 4\n```\n\n<!-- note: 12 pct -->\nEnd.\n"
    doc = document_from_text(raw, path="a.md")
    assert "250%" not in doc.text
    assert "12 pct" not in doc.text
    assert doc.text.count("\n") == raw.count("\n")


def test_malformed_front_matter_names_the_file_and_line():
    raw = "---\ntitle: [unclosed\ndate: 2020-01-01\n---\nText.\n"
    with pytest.raises(InputError) as err:
        document_from_text(raw, path="bad.md")
    assert str(err.value).startswith("bad.md:")
    assert "malformed front matter" in str(err.value)


def test_unclosed_front_matter_is_an_error():
    with pytest.raises(InputError, match="no closing '---' line"):
        document_from_text("---\ntitle: x\n\nText.\n", path="bad.md")


def test_bad_date_in_front_matter():
    with pytest.raises(InputError, match="date 'April' is not YYYY-MM-DD"):
        document_from_text("---\ndate: April\n---\nText.\n", path="bad.md")


def test_published_argument_overrides_front_matter():
    doc = document_from_text("---\ndate: 2020-01-01\n---\nText.\n", path="a.md", published=dt.date(2021, 5, 6))
    assert doc.published == dt.date(2021, 5, 6)


def _title_characters():
    """One of each kind of character a title could hold, YAML-special ones included."""
    picks = [chr(c) for c in range(0, 0x100)] + ["\u2028", "\u2029", "\u2027", "\u202a", "\ud7ff", "\ue000",
                                                   "\ufeff", "\ufefe", "\uff00", "\ufffd", "\ufffe",
                                                   "\U0001f600", "\U0010ffff", "—", "’", "“", "é", "日"]
    return [c for c in picks if not 0xd800 <= ord(c) <= 0xdfff]


def test_simple_front_matter_is_what_yaml_reads():
    import yaml

    from factcheck.text.markdown import simple_front_matter

    def yaml_reads(source):
        try:
            return yaml.load(source, Loader=yaml.SafeLoader)
        except (yaml.YAMLError, ValueError):
            return "error"

    sources = []
    for c in _title_characters():
        sources += [f'title: "Budget{c}vote"\ndate: 2022-04-13', f'title: "{c}"', f'title: "{c} x {c}"']
    sources += ['date: 2022-04-13\ntitle: "Order swapped"', 'date: 2022-02-29', 'date: 2024-02-29',
                'date: 2022-13-01', 'date: 0000-01-01', 'date: 2022-4-13', 'date: 2022-04-13 ',
                'date: 2022-04-13T10:00',
                'title: "a"\ntitle: "b"', 'title: ""', 'title: "x" # note', 'title:  "two spaces"',
                'title: plain', "title: 'single'", 'title: "esc \\" quote"', 'title: "x"\ndate: 2022-04-13\nextra: 1',
                'Title: "case"', 'title: "x"\r', '']
    simple = 0
    for source in sources:
        value = simple_front_matter(source)
        if value is not None:
            simple += 1
            assert value == yaml_reads(source) and list(value) == list(yaml_reads(source)), repr(source)
            assert [type(v) for v in value.values()] == [type(v) for v in yaml_reads(source).values()]
    assert simple > 500


def test_emphasis_pattern_matches_as_without_its_lookahead():
    import re

    from factcheck.text.markdown import _EMPHASIS

    plain = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
    text = "**bold** and *it* a*b*c __u__ x_y * lone *, 2*3, ***, *_mixed_*, snake_case__x, end*"
    for start in range(len(text)):
        assert [m.span() for m in _EMPHASIS.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


def test_markup_tests_only_skip_patterns_that_would_find_nothing():
    """analysis_text skips a pattern when its test says it cannot match; blanking with every
    pattern always run gives the same text."""
    import itertools

    from factcheck.text import markdown

    def every_pattern_run(raw):
        text = raw
        for pattern, _ in markdown._MARKUP:
            text = markdown._blank_all(text, pattern)
        return text

    lines = ["Plain prose, 3 items.", "- a list item", "  * starred", "+ plus", "12. numbered", "1) paren",
             "1234. not a list", "---", " - - -", "___", "## - heading then dash", "> - quoted item",
             "#no heading", "\t-\ttabbed", "text - inline dash", "", "**bold** and _it_", "-", "2.", "7)x"]
    for parts in itertools.product(lines, repeat=3):
        for joiner in ("\n", "\n\n", "\r\n"):
            raw = joiner.join(parts)
            assert markdown.analysis_text(raw, 0) == every_pattern_run(raw), raw
