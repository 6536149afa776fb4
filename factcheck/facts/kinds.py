"""The kinds of table a fact pack holds: on its own so that a rule asking
`has_facts("ledger")` with no pack loaded does not import the pack's classes."""
from __future__ import annotations

import enum


class TableKind(enum.Enum):
    LEDGER = "ledger"          # dated amounts: aid packages, budget lines, payments
    ROSTER = "roster"          # who held which title, from when to when
    KEY_DATES = "key_dates"    # named events and the day they happened
