"""Attribution orders, speaker resolution, anonymous and secondhand sources."""
from factcheck.extract.quotes import extract_quotes
from factcheck.model.span import Span
from factcheck.text.read import document_from_text


def only_quote(text):
    doc = document_from_text(text, fmt="txt")
    quotes = extract_quotes(doc)
    assert len(quotes) == 1, quotes
    return quotes[0]


def span_of(text, part, start=0):
    i = text.index(part, start)
    return Span(i, i + len(part))


def test_cue_before_speaker_with_apposition():
    text = '"The numbers do not add up," said Maria Olsen, the city auditor.'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Maria Olsen")
    assert q.speaker == "Maria Olsen" and q.cue == "said"


def test_speaker_colon_before_quote():
    text = 'Olsen said: "The numbers do not add up."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Olsen") and q.cue == "said"


def test_according_to():
    text = 'According to the mayor, "the bridge stays shut until spring."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "the mayor") and q.cue == "according to"


def test_told_with_object_before_quote():
    text = 'Olsen told reporters, "We found the money."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Olsen") and q.cue == "told" and q.via is None


def test_said_that_before_quote():
    text = 'Olsen said that "nobody checked the invoices for three years."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Olsen") and q.cue == "said"


def test_title_and_surname_resolve_to_full_name():
    text = ('Port authority spokesperson Janet Obi confirmed the closure.\n\n'
            '"We had no choice," Obi said.')
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Obi", 60)
    assert q.speaker == "Janet Obi"


def test_pronoun_resolves_to_nearest_named_person():
    text = ('Finance Minister Carl Berg defended the plan on Monday.\n\n'
            '"It is the only honest budget we have had in years," he said.')
    q = only_quote(text)
    assert q.speaker_span == Span(text.index(" he said") + 1, text.index(" he said") + 3)
    assert q.speaker == "Carl Berg"


def test_anonymous_official_via_an_outlet():
    text = '"We will discuss the plan next week," a defense official told the Financial Times.'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "a defense official")
    assert q.anonymous is True
    assert q.via == "the Financial Times"
    assert q.cue == "told"


def test_anonymous_sources_and_condition_of_anonymity():
    text = ('"There is no deal yet," said one negotiator, who spoke on condition of anonymity '
            'because the talks are private.')
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "one negotiator")
    assert q.anonymous is True


def test_people_familiar_with_the_matter():
    text = '"The sale could close in weeks," people familiar with the matter said.'
    q = only_quote(text)
    assert q.anonymous is True
    assert q.speaker_span.of(text).startswith("people")


def test_named_speaker_is_not_anonymous():
    text = '"We are ready," Pentagon spokesperson John Kirby said.'
    q = only_quote(text)
    assert q.anonymous is False
    assert q.speaker == "John Kirby"


def test_relative_clause_with_its_own_subject():
    text = 'He spent the evening attacking Ruiz, who he called "the weakest mayor in decades."'
    q = only_quote(text)
    assert q.speaker_span == Span(text.index("who he") + 4, text.index("who he") + 6)
    assert q.cue == "called"


def test_dashes_set_off_an_apposition():
    text = 'A former mayor -- Ana Ruiz, who lost in 2019 -- said the plan "will never pass the council."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Ana Ruiz")


def test_coordinated_verb_takes_the_clause_subject():
    text = 'Ruiz mocked the plan, called it "a fantasy dressed up as a budget."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Ruiz")


def test_participle_after_a_quote_continues_its_speaker():
    text = 'Ruiz said the fund was "empty," noting that it had been "raided for years by every council."'
    doc = document_from_text(text, fmt="txt")
    quotes = extract_quotes(doc)
    assert [q.text for q in quotes] == ["empty,", "raided for years by every council."]
    assert [q.speaker_span for q in quotes] == [span_of(text, "Ruiz")] * 2


def test_plural_sources_after_the_quote():
    text = '"The damage is beyond measure," federal prosecutors wrote in the filing.'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "federal prosecutors") and q.cue == "wrote"


def test_said_in_a_statement_keeps_said_as_the_cue():
    text = 'Smith said in a statement: "We are leaving the city for good."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Smith") and q.cue == "said"


def test_party_and_state_in_brackets_are_skipped():
    text = '"They have nothing to worry about," Sen. Ana Ruiz (D-Vt.) said Tuesday.'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Sen. Ana Ruiz") and q.speaker == "Ana Ruiz"


def test_second_verb_of_the_same_subject():
    text = 'The president noted that he taught law, and added: "I know a little about this."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "The president") and q.cue == "added"
