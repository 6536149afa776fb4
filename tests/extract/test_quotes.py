"""Quote finding: marks, multi-paragraph quotes, split quotes, scare quotes."""
from factcheck.extract.quotes import extract_quotes
from factcheck.model.span import Span
from factcheck.text.read import document_from_text


def quotes_of(text):
    doc = document_from_text(text, fmt="txt")
    return doc, extract_quotes(doc)


def span_of(text, part, start=0):
    i = text.index(part, start)
    return Span(i, i + len(part))


def test_straight_quote_with_speaker_after():
    text = 'The harbour will reopen. "We expect ships back by the end of May," Mendez said.'
    doc, quotes = quotes_of(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.span == span_of(text, '"We expect ships back by the end of May,"')
    assert q.text == "We expect ships back by the end of May,"
    assert q.speaker_span == span_of(text, "Mendez")
    assert q.speaker == "Mendez"
    assert q.cue == "said"
    assert q.cue_span == span_of(text, "said")


def test_curly_and_mixed_marks():
    text = "“The fund is empty,\" the treasurer said on Monday."
    doc, quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["The fund is empty,"]
    assert quotes[0].speaker_span == span_of(text, "the treasurer")


def test_split_quote_gives_two_quotes_with_one_speaker():
    text = '"We will build it," Ortega said, "and we will build it this year."'
    doc, quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["We will build it,", "and we will build it this year."]
    assert [q.speaker_span for q in quotes] == [span_of(text, "Ortega")] * 2
    assert [q.continuation for q in quotes] == [False, True]


def test_multi_paragraph_quote_continues_with_the_same_speaker():
    text = ('Councillor Ana Ruiz said: "The budget has a hole in it and we all know it.\n\n'
            '"Nobody on this council wants to say so out loud."\n\nThe vote is on Friday.')
    doc, quotes = quotes_of(text)
    assert len(quotes) == 2
    first, second = quotes
    assert first.span == span_of(text, '"The budget has a hole in it and we all know it.')
    assert first.speaker == "Ana Ruiz" and first.cue == "said"
    assert second.text == "Nobody on this council wants to say so out loud."
    assert second.continuation is True
    assert second.speaker == "Ana Ruiz"


def test_nested_single_quotes_stay_inside():
    text = "\"They told us 'wait and see' for a year,\" Patel said."
    doc, quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].text == "They told us 'wait and see' for a year,"


def test_scare_quotes_and_titles_are_not_quotes():
    text = ('The so-called "reform" was debated for hours. She starred in "The Long Road Home" '
            'last year. The team, known as "the Miners," lost.')
    doc, quotes = quotes_of(text)
    assert quotes == ()


def test_short_quote_with_a_cue_is_kept():
    text = 'Lang called the plan "a disaster" on Tuesday.'
    doc, quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["a disaster"]
    assert quotes[0].speaker_span == span_of(text, "Lang")
    assert quotes[0].cue == "called"


def test_unattributed_quote_has_no_speaker():
    text = 'Prices rose again in March.\n\n"This cannot go on for much longer."\n\nThe bank meets next week.'
    doc, quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is None and quotes[0].speaker_span is None and quotes[0].cue is None
    assert quotes[0].continuation is False


def test_quotes_sorted_and_inside_paragraphs_only():
    text = ('"First we wait," Kim said. "Then we act," Lee said.\n\n'
            '"One more time for the record," Park added.')
    doc, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Kim", "Lee", "Park"]
    assert [q.span.start for q in quotes] == sorted(q.span.start for q in quotes)
    for q in quotes:
        assert any(p.span.contains(q.span) for p in doc.paragraphs)


def test_mistyped_curly_marks_follow_their_neighbours():
    text = "“Not this year,“ Ruiz said. ” … and not next year either,” she added."
    doc, quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Not this year,", "… and not next year either,"]
    assert quotes[0].speaker_span == span_of(text, "Ruiz")
    assert quotes[1].speaker_span == span_of(text, "she")


def test_curly_quotes_nested_in_a_straight_quote():
    text = 'Berg said: "The council is not about “fair shares” any more, and everyone knows it."'
    doc, quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].text == "The council is not about “fair shares” any more, and everyone knows it."
    assert quotes[0].speaker_span == span_of(text, "Berg")
