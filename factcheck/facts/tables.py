"""Reading one table of a pack (CSV or TSV, as a spreadsheet exports it) into
typed rows. Every problem is a FactPackError at file:line, so a bad cell can
never turn into a wrong verdict."""
from __future__ import annotations

import csv
import datetime as dt
import re

from factcheck.errors import FactPackError
from factcheck.facts.pack import KeyDateRow, LedgerRow, RosterRow, TableKind

# Columns each kind of table accepts; the first group must be present.
COLUMNS = {
    TableKind.LEDGER: (("date", "amount", "currency"), ("category", "label", "source")),
    TableKind.ROSTER: (("person", "title", "from"), ("aliases", "organisation", "to", "source")),
    TableKind.KEY_DATES: (("event", "date"), ("aliases", "source")),
}
# Spreadsheet headers say these too; they mean the same column.
COLUMN_ALIASES = {"organization": "organisation", "org": "organisation", "start": "from", "end": "to",
                  "name": "person", "alias": "aliases"}
# ISO 4217 codes a newsroom ledger is likely to hold; an unknown code is far more
# often a typo ("USS") than a currency, so it is an error rather than a guess.
CURRENCIES = frozenset("""USD EUR GBP JPY CHF CAD AUD NZD CNY HKD SGD INR KRW TWD RUB UAH PLN CZK HUF RON
SEK NOK DKK ISK TRY ILS SAR AED QAR EGP ZAR NGN KES BRL MXN ARS CLP COP PEN IDR MYR THB PHP VND PKR""".split())
LIST_SEPARATOR = "|"
_SCALES = {"": 1.0, "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
           "b": 1e9, "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12}
_AMOUNT = re.compile(r"(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?\s*([a-z]*)")


def read_table(path: str, kind: TableKind, *, default_source: str = "") -> tuple:
    delimiter = "\t" if path.lower().endswith((".tsv", ".tab")) else ","
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            records = list(_records(path, fh, delimiter))
    except UnicodeDecodeError as exc:
        raise FactPackError(path, None, f"table is not UTF-8 (byte {exc.start}); export it as UTF-8 CSV") from None
    except OSError as exc:
        raise FactPackError(path, None, f"cannot read table: {exc.strerror or exc}") from None
    if not records:
        raise FactPackError(path, 1, "the table is empty (expected a header row)")
    header_line, header = records[0]
    columns = _columns(path, header_line, header, kind)
    make = {TableKind.LEDGER: _ledger, TableKind.ROSTER: _roster, TableKind.KEY_DATES: _key_date}[kind]
    rows = []
    for line, cells in records[1:]:
        if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
            raise FactPackError(path, line, f"{len(cells)} cells but the header names {len(columns)} columns")
        row = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(columns)}
        rows.append(make(path, line, row, default_source))
    _no_duplicates(path, kind, rows)
    return tuple(rows)


def _records(path, fh, delimiter):
    reader = csv.reader(fh, delimiter=delimiter)
    try:
        for cells in reader:
            if cells and any(c.strip() for c in cells):
                yield reader.line_num, cells
    except csv.Error as exc:
        raise FactPackError(path, reader.line_num, f"cannot read this row: {exc}") from None


def _columns(path: str, line: int, header: list[str], kind: TableKind) -> list[str]:
    required, optional = COLUMNS[kind]
    names = []
    for cell in header:
        name = cell.strip().lower().replace(" ", "_")
        name = COLUMN_ALIASES.get(name, name)
        if name not in required and name not in optional:
            allowed = ", ".join(required + optional)
            raise FactPackError(path, line, f"unknown column {cell.strip()!r} in a {kind.value} table (one of: {allowed})")
        if name in names:
            raise FactPackError(path, line, f"column {name!r} appears twice")
        names.append(name)
    for name in required:
        if name not in names:
            raise FactPackError(path, line, f"missing column {name!r} (a {kind.value} table needs {', '.join(required)})")
    return names


def _date(path: str, line: int, text: str, column: str, *, required: bool = True) -> dt.date | None:
    if not text:
        if required:
            raise FactPackError(path, line, f"empty {column!r} (expected a date YYYY-MM-DD)")
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise FactPackError(path, line, f"bad date {text!r} in column {column!r} (expected YYYY-MM-DD)") from None


def parse_amount(text: str) -> float | None:
    """'350000000', '350,000,000', '350 million', '$2.4bn' -> a number; None if not an amount."""
    cleaned = text.strip().lstrip("$£€¥").strip()
    m = _AMOUNT.fullmatch(cleaned.lower())
    if m is None or m.group(3) not in _SCALES:
        return None
    return float(m.group(1).replace(",", "") + (m.group(2) or "")) * _SCALES[m.group(3)]


def _names(text: str) -> tuple[str, ...]:
    return tuple(" ".join(t.split()) for t in text.split(LIST_SEPARATOR) if t.strip())


def _ledger(path: str, line: int, row: dict, default_source: str) -> LedgerRow:
    amount = parse_amount(row["amount"])
    if amount is None:
        raise FactPackError(path, line, f"non-numeric amount {row['amount']!r} (e.g. 800000000 or 800 million)")
    currency = row["currency"].upper()
    if currency not in CURRENCIES:
        raise FactPackError(path, line, f"unknown currency {row['currency']!r} (an ISO code such as USD, EUR, GBP)")
    return LedgerRow(date=_date(path, line, row["date"], "date"), amount=amount, currency=currency,
                     label=row.get("label", ""), category=row.get("category", ""),
                     source=row.get("source", "") or default_source, line=line)


def _roster(path: str, line: int, row: dict, default_source: str) -> RosterRow:
    for column in ("person", "title"):
        if not row[column]:
            raise FactPackError(path, line, f"empty {column!r}")
    start = _date(path, line, row["from"], "from")
    end = _date(path, line, row.get("to", ""), "to", required=False)
    if end is not None and end < start:
        raise FactPackError(path, line, f"'to' {end.isoformat()} is before 'from' {start.isoformat()}")
    return RosterRow(person=" ".join(row["person"].split()), title=" ".join(row["title"].split()),
                     start=start, end=end, aliases=_names(row.get("aliases", "")),
                     organisation=_names(row.get("organisation", "")),
                     source=row.get("source", "") or default_source, line=line)


def _key_date(path: str, line: int, row: dict, default_source: str) -> KeyDateRow:
    if not row["event"]:
        raise FactPackError(path, line, "empty 'event'")
    return KeyDateRow(event=" ".join(row["event"].split()), date=_date(path, line, row["date"], "date"),
                      aliases=_names(row.get("aliases", "")),
                      source=row.get("source", "") or default_source, line=line)


def _no_duplicates(path: str, kind: TableKind, rows: list) -> None:
    """A repeated row would be counted twice; a name used by two people or events is ambiguous."""
    seen: dict = {}
    for row in rows:
        if kind is TableKind.LEDGER:
            keys = [("row", (row.date, row.amount, row.currency, row.category.lower(), row.label.lower()))]
        elif kind is TableKind.ROSTER:
            keys = [("row", (row.person.lower(), row.title.lower(), row.start))]
            keys += [("name", n.lower(), row.person.lower()) for n in row.names]
        else:
            keys = [("name", n.lower(), row.event.lower()) for n in row.names]
        for key in keys:
            if key[0] == "name":
                owner = seen.get(("name", key[1]))
                if owner is not None and owner[0] != key[2]:
                    raise FactPackError(path, row.line, f"duplicate key: {key[1]!r} already names "
                                                        f"{owner[0]!r} (line {owner[1]})")
                if owner is None:
                    seen[("name", key[1])] = (key[2], row.line)
                elif kind is TableKind.KEY_DATES:
                    raise FactPackError(path, row.line, f"duplicate key: event {key[1]!r} already at line {owner[1]}")
            elif key in seen:
                raise FactPackError(path, row.line, f"duplicate key: the same row is already at line {seen[key]}")
            else:
                seen[key] = row.line
    return None
