"""The date and age functions rule conditions call, and the claims the date/age rules give."""
import datetime as dt

import pytest

from factcheck.engine import ages as a
from factcheck.engine import dates as f
from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.engine.values import Unverifiable
from factcheck.model.facts import DateRef, Granularity
from factcheck.model.span import Span
from factcheck.model.verdict import Verdict
from factcheck.text.read import document_from_text


def day(text, value, weekday=None, year_stated=True, problem=None):
    date = dt.date.fromisoformat(value) if value else None
    wspan = Span(0, 3) if weekday is not None else None
    return DateRef(Span(0, len(text)), text, value, Granularity.DAY, date=date, weekday=weekday,
                   weekday_span=wspan, year_stated=year_stated, problem=problem)


def year(value):
    return DateRef(Span(0, 4), value, value, Granularity.YEAR, year_stated=True)


@pytest.mark.parametrize("word, n", [("35", 35), ("seven", 7), ("Thirty-five", 35), ("twenty five", 25),
                                     ("a", 1), ("ninety", 90)])
def test_number_of(word, n):
    assert a.number_of(word) == n


@pytest.mark.parametrize("word", ["several", "many", "1,000", "thirty-eleven"])
def test_number_of_refuses_what_is_not_a_count(word):
    with pytest.raises(Unverifiable):
        a.number_of(word)


@pytest.mark.parametrize("word, n", [("50th", 50), ("50", 50), ("fiftieth", 50), ("twenty-fifth", 25),
                                     ("first", 1), ("hundredth", 100)])
def test_ordinal_of(word, n):
    assert a.ordinal_of(word) == n


def test_years_between_allows_the_year_not_yet_complete_and_hedges():
    published = dt.date(2006, 11, 24)
    assert a.years_between_match("30", year("1976"), published)       # 2006 - 1976
    assert a.years_between_match("29", year("1976"), published)       # the anniversary not yet reached
    assert not a.years_between_match("31", year("1976"), published)
    assert not a.years_between_match("35", year("1976"), published)
    assert a.years_between_match("32", year("1976"), published, "some")   # about: two either way
    assert not a.years_between_match("33", year("1976"), published, "some")
    assert a.years_between_match("28", year("1976"), published, "more than")
    assert not a.years_between_match("31", year("1976"), published, "more than")


def test_years_between_needs_a_publication_date_and_order():
    with pytest.raises(Unverifiable, match="no publication date"):
        a.years_between_match("3", year("2001"), None)
    with pytest.raises(Unverifiable, match="later date comes first"):
        a.years_between_match("3", year("2001"), year("1999"))


def test_anniversary_allows_a_year_either_side():
    assert a.anniversary_matches("50", year("1966"), dt.date(2016, 11, 4))
    assert a.anniversary_matches("50", year("1966"), dt.date(2015, 12, 30))
    assert not a.anniversary_matches("40", year("1966"), dt.date(2016, 11, 4))


def test_weekday_matches():
    assert f.weekday_matches(day("Wednesday, April 13, 2022", "2022-04-13", weekday=2))
    assert not f.weekday_matches(day("Tuesday, April 13, 2022", "2022-04-13", weekday=1))


def test_weekday_with_a_guessed_year_near_new_year_is_unverifiable_when_another_year_fits():
    # 2021-12-30 is a Thursday; 2022-12-30 a Friday: the year is not written, so a
    # "Friday, Dec. 30" may be next year's.
    d = day("Fri, Dec. 30", "2021-12-30", weekday=4, year_stated=False)
    with pytest.raises(Unverifiable, match="2022-12-30"):
        f.weekday_matches(d)
    # In mid-year the guess is safe.
    assert not f.weekday_matches(day("Fri, June 30", "2021-06-30", weekday=4, year_stated=False))


def test_weekday_matches_needs_a_weekday_and_a_day():
    with pytest.raises(Unverifiable):
        f.weekday_matches(day("April 13, 2022", "2022-04-13"))
    with pytest.raises(Unverifiable, match="impossible"):
        f.weekday_matches(day("Tue, Feb. 30", None, weekday=1, problem="impossible"))


@pytest.mark.parametrize("text, reason", [
    ("April 31", "April has 30 days"),
    ("February 30", "February has at most 29 days"),
    ("2023-02-29", "February 2023 has 28 days"),
    ("Sept. 31, 2020", "September has 30 days"),
])
def test_impossible_reason(text, reason):
    assert f.impossible_reason(day(text, None, problem="impossible")) == reason


def test_wholly_before_and_after_cover_the_whole_period():
    published = dt.date(2022, 5, 1)
    month = DateRef(Span(0, 10), "April 2022", "2022-04", Granularity.MONTH, year_stated=True)
    assert f.wholly_before(month, published)
    assert not f.wholly_before(year("2022"), published)
    assert not f.wholly_after(year("2022"), published)
    assert f.wholly_after(year("2023"), published)
    with pytest.raises(Unverifiable):
        f.wholly_before(month, None)


def test_functions_are_exposed():
    for name in ("weekday_matches", "years_between_match", "anniversary_matches", "is_impossible",
                 "lone_nearby_year", "other_date_in_sentence"):
        assert name in f.FUNCTIONS


REGISTRY = Registry.load()


def claims(text, published, code):
    doc = document_from_text(text, fmt="txt", published=published)
    rules = REGISTRY.select(enable=[code]).ruleset
    return [c for c in check_document(doc, rules, functions=REGISTRY.functions) if c.rule == code]


def test_weekday_claim_span_and_message():
    text = "The fair opens on Tuesday, April 13, 2022, the city said."
    [c] = claims(text, dt.date(2022, 4, 1), "DA01")
    assert c.verdict is Verdict.INCONSISTENT
    assert c.text == "Tuesday, April 13, 2022"
    assert c.span == Span(18, 41)
    assert c.message == "the date is Wednesday, April 13, 2022, not a Tuesday"


def test_years_since_claim_message():
    text = "The country rejoined the bloc some 45 years after its 1976 exit."
    [c] = claims(text, dt.date(2006, 11, 24), "AG01")
    assert c.verdict is Verdict.INCONSISTENT
    assert c.text == "45 years after its 1976"      # the hedge is read, not spanned
    assert c.message == ("1976 is 30 years before the article's date (Friday, November 24, 2006), not 45")


def test_years_since_another_dated_event_in_the_sentence_is_unverifiable():
    text = "In 1990 the country rejoined the bloc, 45 years after its 1976 exit."
    [c] = claims(text, dt.date(2006, 11, 24), "AG01")
    assert c.verdict is Verdict.UNVERIFIABLE


def test_relative_claims_without_publication_date_are_not_inconsistent():
    text = "The country rejoined the bloc some 45 years after its 1976 exit."
    assert all(c.verdict is not Verdict.INCONSISTENT for c in claims(text, None, "AG01"))


def test_span_matches_counts_with_both_ends_or_without_one():
    first, tenth = day("May 1", "2024-05-01"), day("May 10", "2024-05-10")
    assert f.span_matches("10", "days", first, tenth) and f.span_matches("9", "days", first, tenth)
    assert not f.span_matches("12", "days", first, tenth)
    assert f.span_matches("one", "week", first, tenth)            # weeks: three days either way
    assert not f.span_matches("three", "weeks", first, tenth)
    with pytest.raises(Unverifiable):
        f.span_matches("9", "days", tenth, first)
