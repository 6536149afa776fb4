import pytest

from factcheck.model.span import Span
from factcheck.text.segment import paragraph_spans, sentences


def split(text):
    return [s.span.of(text) for s in sentences(text, Span(0, len(text)))]


@pytest.mark.parametrize("text", [
    "Sen. Maria Lopez voted against it.",
    "The U.S. economy grew 3.5 pct in the quarter.",
    "The vote is on Nov. 8 in the state capital.",
    "The plan, No. 2 on the list, costs $2.4 bn over a decade.",
    "J. R. Smith of Acme Inc. disagreed with the board.",
    "Mr. and Mrs. Ortiz arrived at 5 p.m. with Dr. Chen.",
])
def test_abbreviations_do_not_end_sentences(text):
    assert split(text) == [text]


def test_quotes_that_end_sentences():
    text = '"We will win," she said. "Really." The count went on.'
    assert split(text) == ['"We will win," she said.', '"Really."', "The count went on."]


def test_question_inside_quote_with_attribution_after():
    text = '"Why now?" he asked. Nobody knew.'
    assert split(text) == ['"Why now?" he asked.', "Nobody knew."]


def test_dateline_stays_in_the_first_sentence():
    text = "WASHINGTON, Feb 26 - The Treasury said revenue rose. It gave no details."
    assert split(text) == ["WASHINGTON, Feb 26 - The Treasury said revenue rose.", "It gave no details."]


def test_paragraphs_from_blank_lines_and_single_line_breaks():
    text = "First para one.\nSecond para starts here.\n\nThird para has a hard\nwrapped line.\n"
    spans = [s.of(text) for s in paragraph_spans(text)]
    assert spans == ["First para one.", "Second para starts here.", "Third para has a hard\nwrapped line."]


def test_crlf_paragraphs_keep_exact_offsets():
    text = "One line.\r\n\r\nTwo line.\r\n"
    spans = paragraph_spans(text)
    assert [s.of(text) for s in spans] == ["One line.", "Two line."]
