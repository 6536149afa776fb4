"""Reference fact packs as values: ledgers, rosters and key dates, each row
remembering the file and line it came from so a verdict can cite it."""
from __future__ import annotations

import datetime as dt

import attrs

from factcheck.facts.kinds import TableKind

__all__ = ["FactPack", "KeyDateRow", "LedgerRow", "RosterRow", "Table", "TableKind"]


@attrs.frozen
class LedgerRow:
    date: dt.date
    amount: float
    currency: str
    label: str = ""
    category: str = ""
    source: str = ""
    line: int = 0


@attrs.frozen
class RosterRow:
    person: str
    title: str
    start: dt.date
    end: dt.date | None = None            # None: still in office (as of the table's date)
    aliases: tuple[str, ...] = ()
    organisation: tuple[str, ...] = ()    # canonical name first, then other names ("Pentagon")
    source: str = ""
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        return (self.person, *self.aliases)

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def describe(self) -> str:
        org = f" ({self.organisation[0]})" if self.organisation else ""
        until = f"to {self.end.isoformat()}" if self.end else "onwards"
        return f"{self.title}{org} from {self.start.isoformat()} {until}"


@attrs.frozen
class KeyDateRow:
    event: str
    date: dt.date
    aliases: tuple[str, ...] = ()
    source: str = ""
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        return (self.event, *self.aliases)


@attrs.frozen
class Table:
    """One table of a pack, as its manifest describes it."""
    name: str
    kind: TableKind
    path: str
    source: str
    as_of: dt.date | None = None          # the table is complete up to this day
    rows: tuple = ()
    counts: str = ""                      # what a ledger counts, in words, for messages
    complete: bool = True                 # False: other money of the same subject exists outside it
    about: tuple[tuple[str, ...], ...] = ()   # term groups a sentence must all name (alternatives each)
    unless: tuple[str, ...] = ()          # terms that say a sentence is about other money

    def cite(self, row) -> dict:
        """Where a row comes from, for a verdict's evidence."""
        return {"table": self.name, "file": self.path, "line": row.line,
                "source": getattr(row, "source", "") or self.source}


@attrs.frozen
class FactPack:
    name: str
    path: str
    tables: tuple[Table, ...] = ()
    description: str = ""

    def of_kind(self, kind: TableKind) -> tuple[Table, ...]:
        return tuple(t for t in self.tables if t.kind is kind)

    def has(self, kind: TableKind | None = None) -> bool:
        return bool(self.tables if kind is None else self.of_kind(kind))
