"""Questions a rule asks of a pack: which ledger a sentence is about, which rows
fall in a period, who a named person is, which event a phrase names."""
from __future__ import annotations

import datetime as dt

from factcheck.facts.pack import FactPack, KeyDateRow, LedgerRow, RosterRow, Table, TableKind
from factcheck.facts.phrases import is_about, normalise


def ledgers_about(pack: FactPack, sentence: str, currency: str | None = None) -> tuple[Table, ...]:
    """Ledgers the sentence is about; with a currency, only those that hold amounts in it."""
    out = []
    for table in pack.of_kind(TableKind.LEDGER):
        if not is_about(sentence, table):
            continue
        if currency is not None and not any(r.currency == currency for r in table.rows):
            continue
        out.append(table)
    return tuple(out)


def rows_between(table: Table, start: dt.date, end: dt.date) -> tuple[LedgerRow, ...]:
    """Ledger rows dated start..end, both included."""
    return tuple(r for r in table.rows if start <= r.date <= end)


def find_person(pack: FactPack, name: str) -> tuple[tuple[Table, RosterRow], ...]:
    """Every roster row for the person `name` (full name or alias, as written in the pack)."""
    key = normalise(name).lower()
    found = []
    for table in pack.of_kind(TableKind.ROSTER):
        for row in table.rows:
            if any(normalise(n).lower() == key for n in row.names):
                found.append((table, row))
    return tuple(found)


def roster_organisations(pack: FactPack) -> tuple[str, ...]:
    return tuple(dict.fromkeys(o for t in pack.of_kind(TableKind.ROSTER) for r in t.rows for o in r.organisation))


def key_dates_about(pack: FactPack, sentence: str) -> tuple[tuple[Table, KeyDateRow], ...]:
    """Events of key-date tables whose subject the sentence names."""
    return tuple((t, r) for t in pack.of_kind(TableKind.KEY_DATES) if is_about(sentence, t) for r in t.rows)


def table_of(pack: FactPack, row) -> Table | None:
    for table in pack.tables:
        if any(r is row for r in table.rows):
            return table
    return None
