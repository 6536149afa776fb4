"""Which stated year an elapsed-years phrase may count from (extract/datelinks.py)."""
import datetime as dt

from factcheck.extract.datelinks import (
    expiry_nearby,
    lone_year_around,
    lone_year_nearby,
    names_same_event,
    other_dated_event,
    range_end_from,
    since_year_nearby,
    year_just_before,
)
from factcheck.extract.dates import extract_dates
from factcheck.model.span import Span
from factcheck.text.read import document_from_text


def doc_and_dates(text, published=dt.date(2016, 3, 10)):
    doc = document_from_text(text, fmt="txt", published=published)
    return doc, extract_dates(doc)


def find(dates, text):
    return next(d for d in dates if d.text == text)


def test_lone_year_in_the_next_sentence():
    doc, dates = doc_and_dates("Two years ago, the senator was unknown. The senator's 2008 run changed that.")
    assert lone_year_nearby(doc, dates, find(dates, "Two years ago")).text == "2008"


def test_lone_year_in_a_sentence_about_something_else_links_nothing():
    doc, dates = doc_and_dates("Two years ago, the senator was unknown. Turnout in 2008 was low.")
    assert lone_year_nearby(doc, dates, find(dates, "Two years ago")) is None


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


def test_another_year_two_sentences_away_unlinks_the_lone_neighbour():
    doc, dates = doc_and_dates("The mayor won the ward four years ago. Rivals have held it since "
                               "a landslide in 1994. Polls in 2012 showed a tie.")
    assert lone_year_nearby(doc, dates, find(dates, "four years ago")) is None


def test_year_around_leaves_out_asides_in_brackets():
    doc, dates = doc_and_dates("Nine years on, the club is thriving. \"I came to the club in May 2007 (after "
                               "the 2004 cup) to coach,\" he said.")
    n_span = doc.sentences[0].span
    assert lone_year_around(doc, dates, n_span).text == "May 2007"


def test_year_around_needs_one_year():
    doc, dates = doc_and_dates("Nine years on, the club is thriving. The club won the cup in 2007 and in 2009.")
    assert lone_year_around(doc, dates, doc.sentences[0].span) is None


def test_range_end_from_a_year_nearby():
    doc, dates = doc_and_dates("He ran the mint for 8 years after a 1981 vote. "
                               "His 1981-1995 tenure at the mint is studied.")
    start = dates[0]
    assert (start.text, range_end_from(doc, dates, start).text) == ("1981", "1995")
    doc, dates = doc_and_dates("He ran the mint for 8 years after a 1981 vote, from 1981 to 1995.")
    assert range_end_from(doc, dates, dates[0]).text == "1995"


def test_range_end_from_needs_one_range_from_the_same_year():
    doc, dates = doc_and_dates("He ran the mint for 8 years after a 1981 vote. "
                               "His 1983-1995 tenure at the mint is studied.")
    assert range_end_from(doc, dates, dates[0]) is None
    doc, dates = doc_and_dates("He ran the mint for 8 years after a 1981 vote. The 1981-1995 boom helped.")
    assert range_end_from(doc, dates, dates[0]) is None
    doc, dates = doc_and_dates("He ran the mint after a 1981 vote (1981-1995), the bank (1981-1990) too.")
    assert range_end_from(doc, dates, dates[0]) is None


def test_year_just_before_prefers_its_own_sentence():
    doc, dates = doc_and_dates("It was sold in 1975. It opened in 1971 and, ten years later, in 1981, it closed.")
    later = doc.text.index("ten years later")
    assert year_just_before(doc, dates, Span(later, later + 15)).text == "1971"


def test_year_just_before_falls_back_to_the_sentence_before_and_needs_one_year():
    doc, dates = doc_and_dates("It opened in 1971. Ten years later, in 1981, it closed.")
    at = doc.text.index("Ten")
    assert year_just_before(doc, dates, Span(at, at + 3)).text == "1971"
    doc, dates = doc_and_dates("It opened in 1971 and was sold in 1975. Ten years later, in 1985, it closed.")
    at = doc.text.index("Ten")
    assert year_just_before(doc, dates, Span(at, at + 3)) is None


def test_year_around_must_name_the_same_event():
    doc, dates = doc_and_dates("It has been five years since the merger. Profits in 2013 were flat.")
    assert lone_year_around(doc, dates, doc.sentences[0].span) is None
    doc, dates = doc_and_dates("It has been five years since the banks merged. The merger closed in 2013.")
    assert lone_year_around(doc, dates, doc.sentences[0].span).text == "2013"


def test_names_same_event_reads_the_sentence_before_the_phrase():
    doc, dates = doc_and_dates("When she arrived in Oslo she spoke no Norwegian. Six years on, she teaches it. "
                               "\"My arrival in 2010 was hard,\" she said.")
    year = find(dates, "2010")
    assert names_same_event(doc, doc.sentences[1].span, year.span)



def test_expiry_nearby_is_the_one_date_after_expire():
    doc, dates = doc_and_dates("The lease was extended for three years until June 2004. It was due to expire "
                               "in June 2001.")
    assert expiry_nearby(doc, dates, doc.sentences[0].span).text == "June 2001"
    doc, dates = doc_and_dates("The lease was extended by two years to 2020. Sales ended 2015 up 5 pct.")
    assert expiry_nearby(doc, dates, doc.sentences[0].span) is None
    doc, dates = doc_and_dates("Deals expire in 2015. The lease was extended by two years. Loans expire in 2017.")
    assert expiry_nearby(doc, dates, doc.sentences[1].span) is None
