"""Which stated year an elapsed-years phrase may count from (extract/datelinks.py)."""
import datetime as dt

from factcheck.extract.datelinks import lone_year_nearby, other_dated_event, since_year_nearby
from factcheck.extract.dates import extract_dates
from factcheck.text.read import document_from_text


def doc_and_dates(text, published=dt.date(2016, 3, 10)):
    doc = document_from_text(text, fmt="txt", published=published)
    return doc, extract_dates(doc)


def find(dates, text):
    return next(d for d in dates if d.text == text)


def test_lone_year_in_the_next_sentence():
    doc, dates = doc_and_dates("Two years ago, the senator was unknown. His 2008 run changed that.")
    assert lone_year_nearby(doc, dates, find(dates, "Two years ago")).text == "2008"


def test_two_years_nearby_link_nothing():
    doc, dates = doc_and_dates("Two years ago, the senator was unknown. His 2008 run and 2010 loss changed that.")
    assert lone_year_nearby(doc, dates, find(dates, "Two years ago")) is None


def test_a_year_after_since_is_not_an_event_n_years_ago():
    doc, dates = doc_and_dates("She won it four years ago. The party has not won there since 2000.")
    assert lone_year_nearby(doc, dates, find(dates, "four years ago")) is None


def test_same_sentence_years_are_left_to_stated_relations():
    doc, dates = doc_and_dates("Two years ago, in 2008, the senator was unknown.")
    assert lone_year_nearby(doc, dates, find(dates, "Two years ago")) is None


def test_since_year_nearby():
    doc, dates = doc_and_dates("It was the first medal in 20 years. They had not won one since the 1996 final.")
    found = since_year_nearby(doc, dates, doc.sentences[0].span)
    assert found.text == "1996"


def test_other_dated_event_ignores_the_other_end_of_a_range():
    doc, dates = doc_and_dates("It is calm ten years after the 1998-1999 war.")
    assert not other_dated_event(doc, dates, find(dates, "1998"))
    doc, dates = doc_and_dates("In 1990 it rejoined, 14 years after its 1976 exit.")
    assert other_dated_event(doc, dates, find(dates, "1976"))
