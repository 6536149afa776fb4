"""Reference functions on hand-built facts and a hand-built pack (no extractors, no files)."""
import datetime as dt
import functools

import pytest

from factcheck.dsl.loader import parse_rule_file, validate
from factcheck.engine.facts import Facts
from factcheck.engine.functions import all_functions
from factcheck.engine.run import check_document
from factcheck.facts.pack import FactPack, KeyDateRow, LedgerRow, RosterRow, Table, TableKind
from factcheck.model.facts import DateRef, Granularity, Mention
from factcheck.model.span import Span
from factcheck.text.read import document_from_text
from tests.engine.helpers import money_facts

RULES = """
words ref_running: totals
words ref_new: "an additional"
words ref_give: gave
rule RT01 reference.total
  kind reference
  severity error
  match @ref_running total:money ...{0,10} since
  where has_facts("ledger") and about_ledger(total)
  check running_total(total) ~= total
  say "{running_total(total).summary}"
rule RT02 reference.title
  kind reference
  severity error
  match who:person
  where has_facts("roster") and known_person(who)
  check roster_title(who) ~= who.title
  say "{roster_title(who).summary}"
rule RT03 reference.event
  kind reference
  severity error
  match when:date
  where has_facts("key_dates") and names_key_event(when)
  check key_date(when) ~= when
  say "{key_date(when).summary}"
rule RT04 reference.package
  kind reference
  severity error
  match @ref_give ...{0,3} @ref_new amount:money
  where has_facts("ledger") and about_ledger(amount)
  check package(amount) ~= amount
  say "{package(amount).summary}"
"""


def _ledger(complete):
    rows = (LedgerRow(dt.date(2021, 7, 15), 2e6, "USD", "first grant", line=2, source="council minutes"),
            LedgerRow(dt.date(2021, 8, 1), 1e6, "USD", "second grant", line=3),
            LedgerRow(dt.date(2021, 9, 1), 5e5, "USD", "third grant", line=4, source="council minutes"))
    return Table("relief", TableKind.LEDGER, "relief.csv", "city budget office", dt.date(2021, 12, 31), rows,
                 counts="city grants only", complete=complete, about=(("flood",), ("relief", "aid")))


def pack(complete=True):
    roster = Table("people", TableKind.ROSTER, "people.csv", "city website", dt.date(2021, 12, 31), (
        RosterRow("Ann Lee", "Mayor", dt.date(2020, 1, 1), None, ("Lee",), ("Springfield",), line=2),))
    events = Table("events", TableKind.KEY_DATES, "events.csv", "weather service", None, (
        KeyDateRow("the river flood", dt.date(2021, 7, 14), ("the flood",), line=2),))
    return FactPack("springfield", "pack", (_ledger(complete), roster, events))


@functools.cache
def rules():
    """Parsed once: parsing is the slow part of these tests."""
    return validate([parse_rule_file("t.rules", RULES)], functions=set(all_functions()))


def run(text, facts, published=dt.date(2021, 8, 20), reference=None):
    doc = document_from_text(text, fmt="txt", published=published)
    return check_document(doc, rules(), functions=all_functions(), facts=facts, reference=reference)


TOTAL = "Flood relief now totals $3 million since the flood."


def test_a_running_total_sums_the_ledger_from_the_event_to_the_publication_date():
    (claim,) = run(TOTAL, money_facts(TOTAL), reference=pack())
    assert claim.verdict.value == "consistent"
    left = claim.evidence["compared"][0]["left"]
    assert (left["start"], left["end"], left["total"]["value"]) == ("2021-07-14", "2021-08-20", 3e6)
    assert [(r["line"], r["source"]) for r in left["rows"]] == [(2, "council minutes"), (3, "city budget office")]
    assert left["sources"] == ["council minutes", "city budget office"]


def test_a_wrong_running_total_is_inconsistent_and_says_what_the_ledger_sums_to():
    text = TOTAL.replace("$3 million", "$4 million")
    (claim,) = run(text, money_facts(text), reference=pack())
    assert claim.verdict.value == "inconsistent"
    assert claim.message == ("ledger relief of fact pack springfield (it counts city grants only) sums 2 entries "
                             "from 2021-07-14 (the river flood) to 2021-08-20 to $3 million")


def test_a_total_above_a_partial_ledger_is_unverifiable_but_below_it_is_inconsistent():
    above = TOTAL.replace("$3 million", "$4 million")
    (claim,) = run(above, money_facts(above), reference=pack(complete=False))
    assert claim.verdict.value == "unverifiable"
    assert claim.message.endswith("the total may count money this ledger does not hold")
    assert claim.evidence["reference"]["total"]["value"] == 3e6
    below = TOTAL.replace("$3 million", "$2 million")
    (claim,) = run(below, money_facts(below), reference=pack(complete=False))
    assert claim.verdict.value == "inconsistent"


def test_unverifiable_when_the_pack_cannot_say():
    (claim,) = run(TOTAL, money_facts(TOTAL), published=None, reference=pack())
    assert claim.message == "the article has no publication date to check it against"
    (claim,) = run(TOTAL, money_facts(TOTAL), published=dt.date(2022, 2, 1), reference=pack())
    assert claim.message == ("table relief of the fact pack is complete only to 2021-12-31; "
                             "the article is dated 2022-02-01")
    text = "Flood relief now totals $3 million since the storm."
    (claim,) = run(text, money_facts(text), reference=pack())
    assert claim.message == "the fact pack has no key date for 'since the storm'"


def test_without_a_pack_or_off_subject_there_is_no_claim():
    assert run(TOTAL, money_facts(TOTAL)) == ()
    text = "School spending now totals $3 million since the flood."
    assert run(text, money_facts(text), reference=pack()) == ()


def test_an_announced_amount_is_the_ledger_entry_of_that_day_or_the_day_before():
    text = "The city gave an additional $1 million in flood relief."
    (claim,) = run(text, money_facts(text), published=dt.date(2021, 8, 2), reference=pack())
    assert claim.verdict.value == "consistent"
    assert claim.evidence["compared"][0]["left"]["entry"]["line"] == 3
    wrong = text.replace("$1 million", "$1.5 million")
    (claim,) = run(wrong, money_facts(wrong), published=dt.date(2021, 8, 1), reference=pack())
    assert claim.verdict.value == "inconsistent"
    (claim,) = run(text, money_facts(text), published=dt.date(2021, 8, 10), reference=pack())
    assert claim.message == "ledger relief has no entry dated 2021-08-09 or 2021-08-10"


def person(text, name, title):
    start = text.index(name)
    return Facts(people=(Mention(Span(start, start + len(name)), name, title),))


@pytest.mark.parametrize("text, title, published, verdict", [
    ("Springfield Mayor Ann Lee spoke.", "Springfield Mayor", dt.date(2021, 3, 1), "consistent"),
    ("Springfield Governor Ann Lee spoke.", "Springfield Governor", dt.date(2021, 3, 1), "inconsistent"),
    ("Springfield Mayor Ann Lee spoke.", "Springfield Mayor", dt.date(2019, 3, 1), "inconsistent"),
    ("Former Mayor Ann Lee spoke.", "Former Mayor", dt.date(2021, 3, 1), "inconsistent"),
    ("Deputy Mayor Ann Lee spoke.", "Deputy Mayor", dt.date(2021, 3, 1), "unverifiable"),
])
def test_a_title_is_checked_against_the_roster_on_the_publication_date(text, title, published, verdict):
    (claim,) = run(text, person(text, "Ann Lee", title), published=published, reference=pack())
    assert claim.verdict.value == verdict


def test_a_person_without_a_title_or_not_in_the_roster_gives_no_claim():
    text = "Ann Lee and Bo Chan spoke."
    assert run(text, person(text, "Ann Lee", None), reference=pack()) == ()
    assert run(text, person(text, "Bo Chan", "Mayor"), reference=pack()) == ()


def date_fact(text, stated, value, granularity, year_stated=True, day=None):
    start = text.index(stated)
    return Facts(dates=(DateRef(Span(start, start + len(stated)), stated, value, granularity,
                                date=day, year_stated=year_stated),))


def test_an_event_date_is_checked_to_the_stated_granularity():
    text = "Homes were lost in the flood in July 2021."
    (claim,) = run(text, date_fact(text, "July 2021", "2021-07", Granularity.MONTH), reference=pack())
    assert claim.verdict.value == "consistent"
    assert claim.evidence["compared"][0]["left"]["row"]["line"] == 2
    text = "Homes were lost in the flood on June 14, 2021."
    facts = date_fact(text, "June 14, 2021", "2021-06-14", Granularity.DAY, day=dt.date(2021, 6, 14))
    (claim,) = run(text, facts, reference=pack())
    assert claim.verdict.value == "inconsistent"
    assert claim.message == "fact pack springfield dates the river flood to July 14, 2021 (events.csv line 2)"
    text = "Homes were lost in the flood in July."      # no year stated, resolved to the wrong one
    (claim,) = run(text, date_fact(text, "July", "2022-07", Granularity.MONTH, year_stated=False), reference=pack())
    assert claim.verdict.value == "unverifiable"


def test_the_roster_says_nothing_about_other_titles_at_other_times():
    text = "Council Clerk Ann Lee spoke."            # before her term, and not a title the roster gives her
    assert run(text, person(text, "Ann Lee", "Council Clerk"), published=dt.date(2019, 3, 1), reference=pack()) == ()
    text = "Springfield Mayor Ann Lee spoke."
    assert run(text, person(text, "Ann Lee", "Springfield Mayor"), published=None, reference=pack()) == ()


def test_a_period_can_start_at_a_stated_date():
    text = "Flood relief now totals $1 million since August 2021."
    start = text.index("August 2021")
    facts = Facts(quantities=money_facts(text).quantities,
                  dates=(DateRef(Span(start, start + 11), "August 2021", "2021-08", Granularity.MONTH, year_stated=True),))
    (claim,) = run(text, facts, reference=pack())
    assert claim.verdict.value == "consistent"
    assert claim.evidence["compared"][0]["left"]["start"] == "2021-08-01"


def test_an_unknown_table_kind_in_a_rule_is_a_rule_error():
    from factcheck.errors import RuleError
    bad = RULES.replace('has_facts("ledger")', 'has_facts("ledgers")', 1)
    rules_ = validate([parse_rule_file("bad.rules", bad)], functions=set(all_functions()))
    doc = document_from_text(TOTAL, fmt="txt", published=dt.date(2021, 8, 20))
    with pytest.raises(RuleError, match="unknown table kind 'ledgers'"):
        check_document(doc, rules_, functions=all_functions(), facts=money_facts(TOTAL), reference=pack())
