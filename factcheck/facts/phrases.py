"""Finding a pack's names in article text: the subject terms of a table, an
event's aliases next to a date or after "since". Plain string work on one
sentence; precision first, so an alias must stand whole and right there."""
from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.facts.pack import KeyDateRow, Table

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
# Words that may stand between an event and its date: "invaded Ukraine back in February",
# "the invasion on February 24", "the war erupted in late February".
_BEFORE_DATE = re.compile(r"\s*,?\s*(?:(?:way\s+)?back\s+)?(?:in|on|of|during)?\s*$", re.I)
_AFTER_DATE = re.compile(r"\s*,\s*(?:when\s+)?", re.I)


def normalise(text: str) -> str:
    return " ".join(text.translate(_APOSTROPHES).split())


def _term_pattern(term: str) -> re.Pattern:
    """Whole-word; an all-capitals term (US, DoD excepted) matches only as written,
    so 'US' is not found in 'told us'."""
    body = r"\s+".join(re.escape(w) for w in normalise(term).split())
    letters = [c for c in term if c.isalpha()]
    exact = len(letters) > 1 and all(c.isupper() for c in letters)
    return re.compile(rf"(?<![\w.]){body}(?!\w)", 0 if exact else re.I)


def names_any(text: str, terms: Iterable[str]) -> str | None:
    """The first of `terms` that `text` names, or None."""
    text = normalise(text)
    for term in terms:
        if _term_pattern(term).search(text):
            return term
    return None


def is_about(text: str, table: Table) -> bool:
    """True when the sentence names every term group of the table and none of its
    'unless' terms (money the table does not count)."""
    if not table.about:
        return True
    if table.unless and names_any(text, table.unless):
        return False
    return all(names_any(text, group) for group in table.about)


def _alias_pattern(alias: str) -> str:
    # As written, article included: "the invasion" must not also match "Iraq's invasion".
    return r"\s+".join(re.escape(w) for w in normalise(alias).split())


def _longest_first(rows: Iterable[KeyDateRow]) -> list[tuple[str, KeyDateRow]]:
    pairs = [(alias, row) for row in rows for alias in row.names]
    return sorted(pairs, key=lambda p: -len(p[0]))


def event_before(text: str, rows: Iterable[KeyDateRow]) -> KeyDateRow | None:
    """The event whose alias ends `text` (the words just before a date), allowing only
    'back in' / 'in' / 'on' between: 'when Russia invaded Ukraine back in'."""
    text = normalise(text)
    tail = _BEFORE_DATE.search(text)
    head = text[: tail.start()] if tail else text
    for alias, row in _longest_first(rows):
        if re.search(rf"(?<!\w){_alias_pattern(alias)}$", head, re.I):
            return row
    return None


def event_after(text: str, rows: Iterable[KeyDateRow]) -> KeyDateRow | None:
    """The event whose alias starts `text` (the words just after a date or 'since'):
    'On February 24, Russia invaded Ukraine', 'since the war erupted'."""
    text = normalise(text)
    lead = _AFTER_DATE.match(text)
    rest = text[lead.end():] if lead else text.lstrip()
    for alias, row in _longest_first(rows):
        if re.match(rf"{_alias_pattern(alias)}(?!\w)", rest, re.I):
            return row
    return None


def since_phrases(text: str) -> list[tuple[int, int, int]]:
    """(start of 'since', start of the words after it, end of the clause) for each 'since'."""
    out = []
    for m in re.finditer(r"(?<!\w)since\s+", text, re.I):
        stop = re.search(r"[,;:.!?)\]]|\s[–—-]\s|$", text[m.end():])
        out.append((m.start(), m.end(), m.end() + stop.start()))
    return out
