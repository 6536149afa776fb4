"""Reference fact packs: ledgers, rosters and key dates a newsroom keeps as CSV/TSV.

The names below are loaded on first use (PEP 562): `engine/reference.py` needs
only `facts.kinds` when no pack is given, and a cold `factcheck check` without
--facts should not pay for the CSV and manifest readers.
"""
from __future__ import annotations

import importlib

_HOMES = {"load_pack": "factcheck.facts.load",
          "FactPack": "factcheck.facts.pack", "KeyDateRow": "factcheck.facts.pack",
          "LedgerRow": "factcheck.facts.pack", "RosterRow": "factcheck.facts.pack",
          "Table": "factcheck.facts.pack", "TableKind": "factcheck.facts.kinds"}

__all__ = ["FactPack", "KeyDateRow", "LedgerRow", "RosterRow", "Table", "TableKind", "load_pack"]


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
