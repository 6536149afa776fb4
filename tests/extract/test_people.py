"""People, titles and later surname mentions."""
from factcheck.extract.people import extract_people
from factcheck.model.span import Span
from factcheck.text.read import document_from_text


def people_of(text):
    doc = document_from_text(text, fmt="txt")
    return extract_people(doc)


def span_of(text, part, start=0):
    i = text.index(part, start)
    return Span(i, i + len(part))


def test_titled_name_and_later_surname():
    text = "Pentagon spokesperson John Kirby spoke first. Later, Kirby took questions."
    people = people_of(text)
    assert [(m.span, m.name, m.title) for m in people] == [
        (span_of(text, "John Kirby"), "John Kirby", "Pentagon spokesperson"),
        (span_of(text, "Kirby", 40), "John Kirby", None),
    ]
    assert people[0].title_span == span_of(text, "Pentagon spokesperson")


def test_abbreviated_title_with_state_and_office_complement():
    text = "Vermont Sen. Alma Price met Secretary of State Leon Fisk in the capital."
    people = people_of(text)
    assert [(m.name, m.title) for m in people] == [("Alma Price", "Vermont Sen."),
                                                   ("Leon Fisk", "Secretary of State")]


def test_titled_surname_takes_the_full_name():
    text = "Mayor Rosa Delgado opened the school. Mayor Delgado said little."
    people = people_of(text)
    assert [m.name for m in people] == ["Rosa Delgado", "Rosa Delgado"]
    assert people[1].span == span_of(text, "Delgado", 40)


def test_places_organisations_and_openers_are_not_people():
    text = ("The New York Times reported on Tuesday. South Carolina voted. "
            "The Supreme Court ruled. In March the Labor Department said so.")
    assert people_of(text) == ()


def test_possessive_surname():
    text = "Ruth Abbot won the seat. Abbot's victory surprised her rivals."
    people = people_of(text)
    assert [(m.span, m.name) for m in people] == [(span_of(text, "Ruth Abbot"), "Ruth Abbot"),
                                                 (span_of(text, "Abbot", 20), "Ruth Abbot")]


def test_a_surname_shared_by_two_people_is_not_resolved():
    text = "Ann Lowe campaigned in the north. Tom Lowe stayed home. Later, Lowe spoke."
    people = people_of(text)
    assert [(m.span.of(text), m.name) for m in people] == [("Ann Lowe", "Ann Lowe"),
                                                          ("Tom Lowe", "Tom Lowe")]


def test_untitled_names_need_evidence_of_a_person():
    text = ("Cobalt Ridge Ltd sold Silver Pits to Palm Grove Holdings. Ryan Ellery objected. "
            "Marta Quill disagreed, and Quill said so twice.")
    people = people_of(text)
    assert [(m.span.of(text), m.name) for m in people] == [
        ("Ryan Ellery", "Ryan Ellery"), ("Marta Quill", "Marta Quill"), ("Quill", "Marta Quill")]


def test_a_speaker_or_an_age_marks_a_person():
    text = "Dain Kowal, 52, came early. The plan works, said Okoro Bend."
    people = people_of(text)
    assert [m.name for m in people] == ["Dain Kowal", "Okoro Bend"]


def test_a_headline_verb_ends_the_name():
    text = "Ana Ruiz Says She Will Stay"
    assert [m.span.of(text) for m in people_of(text)] == ["Ana Ruiz"]


def _words_reference(text, span):
    """words_of as first written, one word at a time: its fast path must give the same."""
    import re

    from factcheck.extract.people import _keeps_stop

    out = []
    for m in re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z.]|[A-Za-z]").finditer(text, span.start, span.end):
        word, (start, end) = m.group(), m.span()
        if word[-1] == "." and not _keeps_stop(word):
            word, end = word[:-1], end - 1
        if len(word) > 2 and word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        elif len(word) > 2 and word[-1] in "'’":
            word, end = word[:-1], end - 1
        if word:
            out.append((start, end, word, word.lower(), word[:1].isupper()))
    return out


def test_words_fast_path_agrees_with_the_word_by_word_reading():
    from factcheck.extract.people import words_of

    text = ("Sen. Ana Ruiz's aide, Mr. J.R. Tolliver Jr. and the Joneses' lawyer, said s. "
            "It's the U.S. rule: Gen. Ode’s men. Cass' boats; A's, Bs, x's, O'Neil's e.g. "
            "Dr. ab. Abs' Iss'. X. well-known St. Louis'. Co. inc. ii III. a ’s")
    for span in (Span(0, len(text)), Span(5, len(text) - 3), Span(9, 60), Span(7, 111)):
        assert [tuple(w) for w in words_of(text, span)] == _words_reference(text, span)


def test_people_are_cached_per_document_object():
    doc = document_from_text("Mayor Ann Lowe spoke. Lowe said the vote was close.\n", path="a.txt")
    first = extract_people(doc)
    assert extract_people(doc) is first
    again = document_from_text("Mayor Ann Lowe spoke. Lowe said the vote was close.\n", path="a.txt")
    assert extract_people(again) == first


def test_name_words_give_the_same_names_and_capitals_as_all_words():
    from factcheck.extract.people import _names_in, name_words, words_of

    text = ("Zork Blee quickly said it. Ana Cruz de blah Ruiz came, then Ana de Ruiz. The secretary blah of "
            "State John Kerry and Secretary of State Jo Kerry spoke, said Dana Pell. dana pell jr "
            "wrote; press secretary Tom Ode's aide. the iPhone's maker Lee Hart, 45, and well-known "
            "Ed Park Jr. met former acting mayor Al Roe. Kim Lo\u00a0said: \u201cno,\u201d told Max Orr "
            "of the Post. van der Berg, von Rex and x's Bo Li. don't Ann Lowe mr. Sam Tate ii ...!")
    for span in (Span(0, len(text)), Span(3, len(text) - 2), Span(40, 200), Span(101, 160)):
        everything = words_of(text, span)
        kept = name_words(text, span)
        assert _names_in(text, kept) == _names_in(text, everything)
        assert [w for w in kept if w.capitalised] == [w for w in everything if w.capitalised]
    assert len(name_words(text, Span(0, len(text)))) < len(words_of(text, Span(0, len(text))))


def _names_reference(text, words):
    """_names_in as first written, word by word (its opener test could never skip a word)."""
    from factcheck.extract import people as p

    out = []
    i = 0
    while i < len(words):
        if not p._name_like(words[i]) or words[i].low in p.OPENERS and not p._title_before(text, words, i):
            i += 1
            continue
        j = i + 1
        while j < len(words) and text[words[j - 1].end:words[j].start] == " " \
                and words[j].low not in p.SAY_VERBS and (
                p._name_like(words[j]) or words[j].low in p.PARTICLES and j + 1 < len(words)
                and p._name_like(words[j + 1])):
            j += 1
        if j < len(words) and words[j].low in p.SUFFIXES and p._adjacent(text, words[j - 1], words[j]):
            j += 1
        title, title_span = p._title_before(text, words, i)
        if p._is_person(words[i:j], title, text):
            strong = p._looks_named(words[i:j], title, text) or p._speaks(words, i, j)
            out.append((Span(words[i].start, words[j - 1].end), " ".join(w.text for w in words[i:j]),
                        title, title_span, strong))
        i = j
    return out


def test_names_in_agrees_with_the_word_by_word_loop():
    from factcheck.extract.people import _names_in, name_words, words_of

    text = ("The Zork Blee Group met. In Ana Ruiz's view, Sen. The Rock said so; But Mayor Ed Lo Jr, "
            "Pell Cole iii and x. Y. Zed spoke. When Gov. Al Roe arrived, Ms. Kim Lo\u00a0Ho said "
            "\u201cThe end,\u201d Tom Berg. Lee, 45, Van der Berg of Secretary of State Jo Kerry.")
    for span in (Span(0, len(text)), Span(4, len(text) - 5), Span(30, 140)):
        for words in (words_of(text, span), name_words(text, span)):
            assert _names_in(text, words) == _names_reference(text, words)
