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
    text = '"The losses cannot be counted yet," county prosecutors wrote in the filing.'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "county prosecutors") and q.cue == "wrote"


def test_said_in_a_statement_keeps_said_as_the_cue():
    text = 'Smith said in a statement: "We are leaving the city for good."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Smith") and q.cue == "said"


def test_party_and_state_in_brackets_are_skipped():
    text = '"The farms will come through this," Sen. Ana Ruiz (D-Vt.) said Tuesday.'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Sen. Ana Ruiz") and q.speaker == "Ana Ruiz"


def test_second_verb_of_the_same_subject():
    text = 'The mayor recalled her years as a teacher, and added: "I have graded worse plans than this."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "The mayor") and q.cue == "added"


def test_she_skips_a_man_named_by_his_title():
    text = ('Finance Minister Lena Hart met Mr. Carl Berg on Monday.\n\n'
            '"We agreed on nothing at all, not even the date," she said.')
    q = only_quote(text)
    assert q.speaker == "Lena Hart"


def test_a_named_speaker_is_a_candidate_for_he():
    text = ('"The deal is off for now," said Okoro.\n\n'
            '"We will try again in the spring when prices fall," he said.')
    doc = document_from_text(text, fmt="txt")
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["Okoro", "Okoro"]


def test_name_with_relative_clause_before_told():
    text = '"We will not back anyone yet," Ruiz, who has stayed neutral so far, told reporters.'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Ruiz") and q.cue == "told" and q.via is None


def test_time_word_is_not_a_name_before_an_apposition():
    text = 'Today, the city newspaper calls the plan "a bridge to nowhere at all."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "the city newspaper")


def test_subordinate_clause_subject():
    text = 'It started when Okoro tweeted that the vote was "rigged from the very start."'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Okoro")


def test_participial_apposition_is_skipped():
    text = 'Lena Hart, reading from a letter, asked the council "who will pay for this mess in the end?"'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Lena Hart") and q.cue == "asked"


def test_possessive_phrase_after_a_quote_is_not_a_speaker():
    text = 'The boy waved a flag that said "Home rule for the islands, now," His uncle, Tom, smiled.'
    doc = document_from_text(text, fmt="txt")
    for q in extract_quotes(doc):
        assert q.speaker_span is None or q.speaker_span.of(text) != "His"


def test_a_clause_that_runs_into_the_cue_has_its_own_subject():
    # the pronoun after the conjunction speaks, not the start of the sentence
    text = ('Okafor told reporters on Thursday night that the trip was still on, although he wrote '
            'later that he "will not stand by while farmers are insulted."')
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "he", text.index("although")) and q.cue == "wrote"
    text = ('Days after Ruiz clashed with protesters at a town hall, pointing at one of them as '
            'she angrily said, "I am tired of the lies about my record," Bell hit back.')
    assert only_quote(text).speaker_span == span_of(text, "she", text.index(" as "))
    text = 'Prices rose sharply, in what Mayor Ana Ruiz called "a summer of pain for every family in town."'
    assert only_quote(text).speaker_span.of(text).endswith("Ana Ruiz")


def test_an_aside_set_off_by_commas_leaves_the_subject_before_it():
    text = 'Pell, after a long pause, said: "We will look at the numbers again next week."'
    assert only_quote(text).speaker_span == span_of(text, "Pell")


def test_the_next_sentence_attributes_only_a_quote_that_is_a_sentence_of_its_own():
    text = ('Sanders said after a vote in 2001 that he had "grave concerns about the bill." '
            'At a hearing last year, he spoke against it again.')
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Sanders") and q.cue == "said"
    text = '"We will win this race." Kirby said on Monday that the polls were wrong.'
    q = only_quote(text)
    assert q.speaker_span == span_of(text, "Kirby") and q.cue == "said"


def test_a_subject_with_an_adjective_in_ed():
    text = ('The retired surgeon has given no details about his plans, saying only that he was '
            '"refining a few things in the campaign."')
    assert only_quote(text).speaker_span == span_of(text, "The retired surgeon")
    text = 'The minister resigned yesterday, saying he was "tired of the fighting in the party."'
    assert only_quote(text).speaker_span == span_of(text, "The minister")


def test_a_described_speaker_is_not_a_name_a_later_pronoun_resolves_to():
    text = ('The retired surgeon gave no details, saying only that he was "refining a few things '
            'in the campaign." "It is going well," he told the radio station.')
    doc = document_from_text(text, fmt="txt")
    quotes = extract_quotes(doc)
    assert quotes[-1].speaker_span.of(text) == "he" and quotes[-1].speaker is None


def test_a_second_verb_of_the_same_subject_after_and():
    text = 'Ruiz stood up and said: "We will not move an inch on this bill."'
    assert only_quote(text).speaker_span == span_of(text, "Ruiz")
    text = ('As the crowd began to chant, Pell was joined on stage by Sen. Ana Ruiz and joked, '
            '"You are being ridiculous tonight, all of you."')
    assert only_quote(text).speaker_span == span_of(text, "Pell")
    text = ('Asked whether he would endorse the mayor, he looked at the camera, frowned and said, '
            '"I will endorse you instead."')
    assert only_quote(text).speaker_span == span_of(text, "he", text.index(", he") + 1)
    # "and said to be": a passive, not a speaker
    text = 'The plan was approved by Ruiz and Pell and said to be "the best deal the city has seen in years."'
    assert only_quote(text).speaker_span is None
