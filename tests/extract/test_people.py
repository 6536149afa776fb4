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
