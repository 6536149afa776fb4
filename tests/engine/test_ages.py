"""Age functions (engine/ages.py) and the elapsed-years rules that link a count to a year in another sentence or a range (AG09-AG12)."""
import datetime as dt

import pytest

from factcheck.engine import ages as f
from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.engine.values import Unverifiable
from factcheck.model.facts import DateRef, Granularity
from factcheck.model.span import Span
from factcheck.model.verdict import Verdict
from factcheck.text.read import document_from_text

REGISTRY = Registry.load()


def year(value):
    return DateRef(span=Span(0, 4), text=value, value=value, granularity=Granularity.YEAR)


def claims(text, published, code):
    doc = document_from_text(text, fmt="txt", published=published)
    rules = REGISTRY.select(enable=[code]).ruleset
    return [c for c in check_document(doc, rules, functions=REGISTRY.functions) if c.rule == code]


def test_range_years_match_counts_the_range_either_way():
    assert f.range_years_match("17", year("1973"), year("1990"))
    assert f.range_years_match("16", year("1973"), year("1990"))    # months into the first year
    assert f.range_years_match("10", year("1990"), year("1999"))    # both end years counted whole
    assert not f.range_years_match("14", year("1973"), year("1990"))
    assert not f.range_years_match("19", year("1973"), year("1990"))
    with pytest.raises(Unverifiable, match="later year comes first"):
        f.range_years_match("3", year("1999"), year("1990"))


def test_duration_to_a_range_nearby():
    text = "The colonel led the junta for 9 years after a 1962 putsch. The junta's 1962-1979 rule was harsh."
    [c] = claims(text, dt.date(2001, 1, 1), "AG09")
    assert c.verdict is Verdict.INCONSISTENT
    assert c.text == "for 9 years after a 1962"
    assert c.span == Span(text.index("for 9"), text.index(" putsch"))
    assert c.message == "from 1962 to 1979 is 17 years, not 9"


def test_duration_without_a_range_is_no_claim():
    text = "The colonel led the junta for 9 years after a 1962 putsch. He died in 1979."
    assert claims(text, dt.date(2001, 1, 1), "AG09") == []


def test_years_on_counts_to_the_publication_date():
    text = "The plant closed. Six years on, the site is empty. The plant shut in 2009, the council said."
    [c] = claims(text, dt.date(2012, 5, 2), "AG11")
    assert c.verdict is Verdict.INCONSISTENT
    assert c.text == "Six years on,"
    assert c.message == "2009 was 3 years before the article's date (Wednesday, May 2, 2012), not 6"
    [c] = claims(text.replace("Six", "Three"), dt.date(2012, 5, 2), "AG11")
    assert c.verdict is Verdict.CONSISTENT


def test_years_on_with_two_candidate_years_is_no_claim():
    text = "The plant closed. Six years on, the site is empty. The plant shut in 2009 and was sold in 2011."
    assert claims(text, dt.date(2012, 5, 2), "AG11") == []


def test_past_years_compared_accepts_either_end():
    text = "Output doubled in the past {} years, to 80 tonnes in 2004 compared with 40 in 1995."
    assert claims(text.format(9), dt.date(2005, 3, 1), "AG12")[0].verdict is Verdict.CONSISTENT
    assert claims(text.format(10), dt.date(2005, 3, 1), "AG12")[0].verdict is Verdict.CONSISTENT
    [c] = claims(text.format(14), dt.date(2005, 3, 1), "AG12")
    assert c.verdict is Verdict.INCONSISTENT
    assert c.message == "from 1995 to 2004 is 9 years (to the article's date 10), not 14"


def test_decades_are_a_round_figure_widened_by_hedges():
    published = dt.date(2016, 5, 1)
    assert f.decades_match("3", year("1986"), published)          # 30 years
    assert f.decades_match("3", year("1989"), published)          # 27: still "three decades"
    assert not f.decades_match("3", year("1996"), published)      # 20 years
    assert not f.decades_match("2", year("1986"), published)


def test_ordinal_name_puts_back_the_suffix():
    names = [f.ordinal_name(w) for w in ("40", "21", "12", "3", "fiftieth")]
    assert names == ["40th", "21st", "12th", "3rd", "fiftieth"]


def test_anniversary_message_names_the_ordinal():
    [c] = claims("The town marks the 40th anniversary of the 1966 flood.", dt.date(2016, 11, 4), "AG03")
    assert c.message == "Friday, November 4, 2016 is 50 years after 1966, not the 40th anniversary"


def test_age_with_birth_year_before_the_name():
    text = "Born in 1961, Okafor, 49, has run the clinic since 1990."
    [c] = claims(text, dt.date(2016, 2, 11), "AG04")
    assert c.verdict is Verdict.INCONSISTENT
    assert c.text == "Born in 1961, Okafor, 49,"
    assert c.message == "someone born in 1961 is 54 or 55 in 2016, not 49"


def test_someone_elses_birth_is_no_claim():
    assert claims("Mensah, 41, whose son was born in 1999, runs the shop.", dt.date(2016, 2, 11), "AG04") == []


def test_in_year_n_years_after_counts_between_the_stated_years():
    text = "In 1999, nine years after the plant opened in 1994, it closed."
    [c] = claims(text, dt.date(2016, 2, 11), "AG14")
    assert c.verdict is Verdict.INCONSISTENT
    assert c.text == "In 1999, nine years after the plant opened in 1994"
    assert c.message == "from 1994 to 1999 is 5 years, not 9"
    [c] = claims(text, dt.date(2016, 2, 11), "AG01")
    assert c.verdict is Verdict.UNVERIFIABLE       # not counted to the article's date


def test_years_later_counts_from_the_year_just_before():
    [c] = claims("The mine opened in 1971. Twelve years later, in 1978, it flooded.", dt.date(2016, 1, 1), "AG15")
    assert c.verdict is Verdict.INCONSISTENT
    assert c.text == "Twelve years later, in 1978"
    assert c.message == "1971 and 1978 are 7 years apart, not 12"
    [c] = claims("Sales hit a peak in 2005. Two years earlier, in 2003, they fell.", dt.date(2016, 1, 1), "AG15")
    assert c.verdict is Verdict.CONSISTENT
    assert claims("The mine opened in 1971, was sold in 1975. Twelve years later, in 1978, it flooded.",
                  dt.date(2016, 1, 1), "AG15") == []


def test_history_since_founding():
    text = "Founded in 1950, the paper has never missed an edition in its 40-year history."
    [c] = claims(text, dt.date(2012, 5, 20), "AG16")
    assert c.verdict is Verdict.INCONSISTENT
    assert c.text == "Founded in 1950, the paper has never missed an edition in its 40-year history"
    assert c.message == "1950 is 62 years before the article's date (Sunday, May 20, 2012), not 40"


def test_died_aged_needs_the_persons_own_birth():
    [c] = claims("Reyes, who died at 58, was born in 1969.", dt.date(2012, 3, 5), "AG17")
    assert (c.verdict, c.text) == (Verdict.INCONSISTENT, "died at 58, was born in 1969")
    assert claims("Reyes died at 79 last week; his wife, born in 1940, survives him.",
                  dt.date(2012, 3, 5), "AG17") == []


def test_years_since_an_event_told_in_the_next_sentence():
    text = "It is nine years since the ferry sank. The ferry went down in a storm in March 1994."
    [c] = claims(text, dt.date(2013, 3, 2), "AG18")
    assert (c.verdict, c.text) == (Verdict.INCONSISTENT, "nine years since")
    assert c.message == "March 1994 was 19 years before the article's date (Saturday, March 2, 2013), not 9"
    assert claims("It is nine years since the ferry sank. Fares rose in 2004.", dt.date(2013, 3, 2), "AG18") == []


def test_extension_counts_from_the_stated_expiry():
    text = "The board extended the lease for six years until June 2004. It was due to expire in June 2001."
    [c] = claims(text, dt.date(2001, 3, 1), "AG19")
    assert (c.verdict, c.text) == (Verdict.INCONSISTENT, "extended the lease for six years until June 2004")
    assert c.message == "from the expiry in June 2001 to June 2004 is 3 years, not 6"
