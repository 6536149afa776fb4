"""Reference fact packs: ledgers, rosters and key dates a newsroom keeps as CSV/TSV."""
from factcheck.facts.load import load_pack
from factcheck.facts.pack import FactPack, KeyDateRow, LedgerRow, RosterRow, Table, TableKind

__all__ = ["FactPack", "KeyDateRow", "LedgerRow", "RosterRow", "Table", "TableKind", "load_pack"]
