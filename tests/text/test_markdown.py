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
