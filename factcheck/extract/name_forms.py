"""How names and titles are written: the office a title names, spelling variants of a surname.

Used by the article-level consistency checks (engine/attribution.py) to decide
whether two mentions of one person disagree.
"""
from __future__ import annotations

import re

from factcheck.model.facts import Mention
from factcheck.model.span import Span

_NOT_A_ROLE = {"former", "then", "ex", "then-", "late", "acting", "interim", "outgoing", "incoming"}
# Offices a person holds one of at a time; two of them for one person is a slip.
_OFFICES = {
    "president": "president", "vice president": "vice president", "sen.": "senator", "senator": "senator",
    "rep.": "representative", "representative": "representative", "congressman": "representative",
    "congresswoman": "representative", "gov.": "governor", "governor": "governor", "mayor": "mayor",
    "secretary": "secretary", "minister": "minister", "prime minister": "prime minister",
    "chancellor": "chancellor", "attorney general": "attorney general", "speaker": "speaker",
}
# Longest office names first ("vice president" before "president"), each as a whole word.
# Kept as pattern text: re compiles (and caches) one only when a title gets that far,
# which keeps the cost off a one-article run's start.
_OFFICE_PATTERNS = [(r"(?:^|\s)" + re.escape(key) + r"(?:\s|$)", _OFFICES[key])
                    for key in sorted(_OFFICES, key=len, reverse=True)]
_DEPARTMENTS = re.compile(r"\b(State|Defense|Defence|Treasury|Energy|Labor|Commerce|Agriculture|Interior|Health|"
                          r"Education|Transportation|Justice|Homeland Security|Foreign|Home|Finance|Trade)\b")


def office_of(title: str | None) -> str | None:
    """The office a title names ('Vermont Sen.' -> 'senator', 'Defense Secretary' -> 'secretary of Defense')."""
    if not title:
        return None
    words = title.split()
    low = [w.lower() for w in words]
    if any(w in _NOT_A_ROLE or w.startswith(("former", "ex-", "then-")) for w in low):
        return None
    if any(w in ("candidate", "nominee", "hopeful", "front-runner", "elect") or w.endswith("-elect") for w in low):
        return None
    text = " ".join(low)
    office = next((office for pattern, office in _OFFICE_PATTERNS if re.search(pattern, text)), None)
    if office is None:
        return None
    if office in ("secretary", "minister"):
        dept = _DEPARTMENTS.search(title)
        if dept is None:
            return None              # "press secretary", "a minister": not an office to compare
        office = f"{office} of {dept.group(1).replace('Defence', 'Defense')}"
    return office


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_WELL_FORMED = re.compile(r"(?:Mc|Mac|O['’]|De|La|Van)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def spelling_variant(mine: str, word: str) -> bool:
    if word == mine or len(word) < 5 or word[:1] != mine[:1] or not _WELL_FORMED.fullmatch(word):
        return False
    low, other = mine.lower(), word.lower()
    if other in (low + "s", low + "es") or low in (other + "s", other + "es"):
        return False                 # "the Delgados": a family, not a spelling
    return edit_distance(low, other) <= (1 if min(len(mine), len(word)) < 8 else 2)


def _in_quote(ctx, span: Span) -> bool:
    return any(q.span.contains(span) for q in ctx.facts.quotes)


def _own_people(ctx) -> list[Mention]:
    """People named in the article's own words: quoted text is reproduced as spoken, slips and all."""
    return [m for m in ctx.facts.people if not _in_quote(ctx, m.span)]


def bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)
