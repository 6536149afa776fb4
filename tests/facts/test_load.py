import datetime as dt
import os

import pytest

from factcheck.errors import FactPackError
from factcheck.facts import TableKind, load_pack

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(REPO, "seeds", "facts")

MANIFEST = """[pack]
name = city-budget

[grants]
kind = ledger
file = grants.csv
source = City finance office
as_of = 2023-12-31
about = library | libraries
"""
LEDGER = "date,amount,currency,label\n2023-03-01,250000,USD,Branch repairs\n2023-06-15,\"1,200,000\",USD,New wing\n"


def make_pack(tmp_path, manifest=MANIFEST, files=None):
    (tmp_path / "pack.cfg").write_text(manifest, encoding="utf-8")
    for name, text in (files if files is not None else {"grants.csv": LEDGER}).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return str(tmp_path)


def error_of(tmp_path, **kw) -> str:
    with pytest.raises(FactPackError) as exc:
        load_pack(make_pack(tmp_path, **kw))
    return str(exc.value).replace(str(tmp_path) + os.sep, "")


def test_demo_pack_loads_every_table_with_its_rows():
    pack = load_pack(DEMO)
    assert pack.name == "us-ukraine-aid-2022"
    assert [(t.name, t.kind, len(t.rows)) for t in pack.tables] == [
        ("pda_packages", TableKind.LEDGER, 5), ("officials", TableKind.ROSTER, 3), ("events", TableKind.KEY_DATES, 1)]
    ledger = pack.tables[0]
    assert [(r.date, r.amount) for r in ledger.rows] == [
        (dt.date(2022, 2, 26), 350e6), (dt.date(2022, 3, 12), 200e6), (dt.date(2022, 3, 16), 800e6),
        (dt.date(2022, 4, 5), 100e6), (dt.date(2022, 4, 13), 800e6)]
    assert sum(r.amount for r in ledger.rows) == 2.25e9
    assert ledger.complete is False and ledger.as_of == dt.date(2022, 4, 20)
    assert all(r.source for t in pack.tables for r in t.rows)
    kirby = pack.tables[1].rows[0]
    assert (kirby.person, kirby.title, kirby.start, kirby.end) == (
        "John Kirby", "Press Secretary", dt.date(2021, 1, 1), dt.date(2022, 5, 31))
    assert "Pentagon" in kirby.organisation
    assert pack.tables[2].rows[0].date == dt.date(2022, 2, 24)


def test_a_ledger_reads_amounts_as_spreadsheets_export_them(tmp_path):
    pack = load_pack(make_pack(tmp_path))
    rows = pack.tables[0].rows
    assert [(r.date, r.amount, r.currency, r.label, r.source, r.line) for r in rows] == [
        (dt.date(2023, 3, 1), 250000.0, "USD", "Branch repairs", "City finance office", 2),
        (dt.date(2023, 6, 15), 1200000.0, "USD", "New wing", "City finance office", 3)]
    assert pack.tables[0].about == (("library", "libraries"),)


def test_tsv_tables_and_a_byte_order_mark_are_read(tmp_path):
    manifest = MANIFEST.replace("grants.csv", "grants.tsv")
    tsv = "\ufeffdate\tamount\tcurrency\n2023-03-01\t2.5 million\teur\n"
    pack = load_pack(make_pack(tmp_path, manifest=manifest, files={"grants.tsv": tsv}))
    assert [(r.amount, r.currency) for r in pack.tables[0].rows] == [(2.5e6, "EUR")]


@pytest.mark.parametrize("table, message", [
    ("date,amount,currency\n2023-02-30,5,USD\n", "grants.csv:2: bad date '2023-02-30' in column 'date' (expected YYYY-MM-DD)"),
    ("date,amount,currency,colour\n", "grants.csv:1: unknown column 'colour' in a ledger table (one of: date, amount, currency, category, label, source)"),
    ("date,amount\n2023-01-01,5\n", "grants.csv:1: missing column 'currency' (a ledger table needs date, amount, currency)"),
    ("date,amount,currency\n2023-01-01,five,USD\n", "grants.csv:2: non-numeric amount 'five' (e.g. 800000000 or 800 million)"),
    ("date,amount,currency\n2023-01-01,5,USS\n", "grants.csv:2: unknown currency 'USS' (an ISO code such as USD, EUR, GBP)"),
    ("date,amount,currency\n2023-01-01,5,USD\n\n2023-01-01,5,USD\n", "grants.csv:4: duplicate key: the same row is already at line 2"),
    ("date,amount,currency\n2024-01-01,5,USD\n", "grants.csv:2: date 2024-01-01 is after the table's as_of 2023-12-31 in the manifest"),
    ("", "grants.csv:1: the table is empty (expected a header row)"),
])
def test_a_bad_table_is_an_error_at_its_line(tmp_path, table, message):
    assert error_of(tmp_path, files={"grants.csv": table}) == message


@pytest.mark.parametrize("manifest, message", [
    (MANIFEST.replace("kind = ledger", "kind = ledgr"), "pack.cfg:5: unknown table kind 'ledgr' (one of: ledger, roster, key_dates)"),
    (MANIFEST.replace("source = City finance office\n", ""), "pack.cfg:4: table [grants] needs a 'source' setting"),
    (MANIFEST.replace("as_of = 2023-12-31", "as_of = 31/12/2023"), "pack.cfg:8: bad date '31/12/2023' (expected YYYY-MM-DD)"),
    (MANIFEST + "colour = red\n", "pack.cfg:10: unknown setting 'colour' in [grants] (one of: about, as_of, complete, counts, file, kind, source, unless)"),
    (MANIFEST.replace("about = library | libraries\n", ""), "pack.cfg:4: ledger [grants] needs an 'about' setting: the words a sentence must use to be about this ledger (e.g. 'about = Ukraine | Kyiv')"),
    (MANIFEST.replace("grants.csv", "missing.csv"), "pack.cfg:4: table [grants]: no such file 'missing.csv' next to the manifest"),
    ("kind = ledger\n", "pack.cfg:1: expected a [section] line before any setting"),
    ("[pack]\nname = x\n", "pack.cfg: the manifest names no tables (add a [section] per table)"),
])
def test_a_bad_manifest_is_an_error_at_its_line(tmp_path, manifest, message):
    assert error_of(tmp_path, manifest=manifest) == message


def test_roster_and_key_date_errors_are_located(tmp_path):
    manifest = "[people]\nkind = roster\nfile = people.csv\nsource = s\n\n[days]\nkind = key_dates\nfile = days.csv\nsource = s\n"
    people = "person,aliases,title,from,to\nAnn Lee,Lee,Mayor,2020-01-01,2019-01-01\n"
    days = "event,date\nFlood,2021-07-14\n"
    assert error_of(tmp_path, manifest=manifest, files={"people.csv": people, "days.csv": days}) == \
        "people.csv:2: 'to' 2019-01-01 is before 'from' 2020-01-01"
    people = "person,aliases,title,from\nAnn Lee,Lee,Mayor,2020-01-01\nBo Lee,Lee,Clerk,2020-01-01\n"
    assert error_of(tmp_path, manifest=manifest, files={"people.csv": people, "days.csv": days}) == \
        "people.csv:3: duplicate key: 'lee' already names 'ann lee' (line 2)"
    people = "person,title,from\nAnn Lee,Mayor,2020-01-01\n"
    days = "event,aliases,date\nFlood,the flood,2021-07-14\nStorm,the flood,2021-08-01\n"
    assert error_of(tmp_path, manifest=manifest, files={"people.csv": people, "days.csv": days}) == \
        "days.csv:3: duplicate key: 'the flood' already names 'flood' (line 2)"


def test_a_missing_pack_is_an_error():
    with pytest.raises(FactPackError, match="no such fact pack"):
        load_pack("/nonexistent/pack")


def test_the_manifest_shown_in_the_docs_loads(tmp_path):
    with open(os.path.join(REPO, "docs", "facts.md"), encoding="utf-8") as fh:
        doc = fh.read()
    manifest = doc.split("### The manifest, `pack.cfg`", 1)[1].split("```", 2)[1]
    pack = load_pack(make_pack(tmp_path, manifest=manifest,
                               files={"pda-packages.csv": "date,amount,currency\n2022-04-13,800 million,USD\n"}))
    (table,) = pack.tables
    assert (pack.name, table.name, table.kind, table.complete, table.as_of) == (
        "us-ukraine-aid-2022", "pda_packages", TableKind.LEDGER, False, dt.date(2022, 4, 20))
    assert table.about[1][:2] == ("US", "U.S.") and table.unless[-1] == "loans"

