import datetime as dt

import pytest

from factcheck.facts.pack import RosterRow
from factcheck.facts.titles import TitleMatch, compare, read_title

MAYOR = RosterRow("Ann Lee", "Mayor", dt.date(2020, 1, 1), organisation=("Springfield", "Springfield City"))
AIDE = RosterRow("Bo Chan", "Press Secretary", dt.date(2020, 1, 1), organisation=("City Hall",))
ORGS = ("Springfield", "Springfield City", "City Hall", "Shelbyville")


@pytest.mark.parametrize("stated, row, expected", [
    ("Springfield Mayor", MAYOR, TitleMatch.SAME),
    ("Mayor of Springfield", MAYOR, TitleMatch.SAME),
    ("Springfield's mayor", MAYOR, TitleMatch.SAME),
    ("Shelbyville Mayor", MAYOR, TitleMatch.DIFFERENT),       # an organisation the roster gives someone else
    ("Springfield Governor", MAYOR, TitleMatch.DIFFERENT),
    ("Ogdenville Mayor", MAYOR, TitleMatch.UNKNOWN),          # a word it cannot place: no verdict
    ("deputy mayor", MAYOR, TitleMatch.UNKNOWN),
    ("City Hall spokesman", AIDE, TitleMatch.LOOSE),           # spokesperson for press secretary: a judgement
    ("City Hall press secretary", AIDE, TitleMatch.SAME),
    ("city treasurer", AIDE, TitleMatch.UNKNOWN),
])
def test_compare(stated, row, expected):
    assert compare(stated, row, ORGS) is expected


def test_read_title_separates_qualifier_organisation_and_office():
    assert read_title("former Springfield Mayor", MAYOR.organisation) == read_title("ex-mayor").__class__(
        "mayor", past=True, skip=None, leftover="")
    assert read_title("then-Defense Secretary").skip == "then"
    assert read_title("Defence Secretary").office == "secretary of defense"
    assert read_title("Russian President").leftover == "russian"
