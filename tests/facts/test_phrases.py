import datetime as dt

from factcheck.facts.pack import KeyDateRow, Table, TableKind
from factcheck.facts.phrases import event_after, event_before, is_about, names_any, since_phrases

FLOOD = KeyDateRow("the river flood", dt.date(2021, 7, 14), aliases=("the flood", "the river burst its banks"))
LEDGER = Table("relief", TableKind.LEDGER, "relief.csv", "s",
               about=(("river", "flood"), ("relief", "aid")), unless=("loan", "loans"))


def test_all_capital_terms_match_only_as_written():
    assert names_any("Officials told us on Monday", ["US"]) is None
    assert names_any("The US said", ["US"]) == "US"
    assert names_any("the U.S. said", ["U.S."]) == "U.S."
    assert names_any("Flood relief", ["flood"]) == "flood"


def test_a_sentence_is_about_a_table_when_it_names_every_group_and_no_exclusion():
    assert is_about("Flood relief reached $3 million.", LEDGER)
    assert not is_about("Flood damage reached $3 million.", LEDGER)
    assert not is_about("Flood relief loans reached $3 million.", LEDGER)


def test_an_event_must_stand_right_before_or_after_the_date():
    assert event_before("Homes were lost when the river burst its banks back in ", [FLOOD]) is FLOOD
    assert event_before("Homes were lost in the flood, and in ", [FLOOD]) is None
    assert event_before("Homes were lost in the floodgate in ", [FLOOD]) is None
    assert event_after(", the flood closed the bridge", [FLOOD]) is FLOOD
    assert event_after(" flood season began", [FLOOD]) is None


def test_since_phrases_run_to_the_end_of_the_clause():
    text = "Relief totals $3 million since the flood, officials said."
    assert [(text[a:b], text[b:c]) for a, b, c in since_phrases(text)] == [("since ", "the flood")]
