"""Comparing a title as an article states it ("Pentagon spokesperson") with a
roster's ("Press Secretary", Department of Defense).

Three answers, precision first: SAME (the same office, perhaps worded
differently), LOOSE (a judgement call such as spokesperson for press
secretary: reported unverifiable, never inconsistent), DIFFERENT (two
distinct offices the module knows), and UNKNOWN for anything it cannot read.
"""
from __future__ import annotations

import enum
import re

import attrs

from factcheck.facts.pack import RosterRow
from factcheck.facts.phrases import normalise


class TitleMatch(enum.Enum):
    SAME = "same"
    LOOSE = "loose"
    DIFFERENT = "different"
    UNKNOWN = "unknown"


# Each tuple is one office in its usual wordings, the canonical one first.
OFFICES: tuple[tuple[str, ...], ...] = (
    ("president",), ("vice president", "vice-president"), ("prime minister", "premier"),
    ("chancellor",), ("king",), ("queen",), ("governor",), ("mayor",), ("senator", "sen."),
    ("spokesperson", "spokesman", "spokeswoman"), ("press secretary",),
    ("secretary of defense", "defense secretary", "defence secretary", "secretary of defence"),
    ("secretary of state",), ("chief of staff",), ("attorney general",),
    ("national security adviser", "national security advisor"),
    ("foreign minister", "minister of foreign affairs", "foreign affairs minister"),
    ("defense minister", "defence minister", "minister of defense", "minister of defence"),
    ("secretary-general", "secretary general"), ("ambassador",), ("speaker",),
)
# Offices that a careful editor might accept for one another, but not always.
LOOSE_PAIRS = frozenset({frozenset({"spokesperson", "press secretary"})})

# A qualifier in front of a title changes what it claims.
PAST = ("former", "ex-", "ex")
SKIP = ("then-", "then", "acting", "interim", "outgoing", "incoming", "deputy", "assistant", "late")
_FILLER = {"the", "of", "for", "at", "'s"}


@attrs.frozen
class StatedTitle:
    office: str | None           # the canonical wording of the office, None when not read
    past: bool = False           # "former", "ex-"
    skip: str | None = None      # a qualifier that makes the title uncheckable ("then-", "acting")
    leftover: str = ""           # words neither office nor organisation ("Russian")


def _office_of(phrase: str) -> str | None:
    for office in OFFICES:
        if phrase in office:
            return office[0]
    return None


def _strip_organisation(phrase: str, organisation: tuple[str, ...]) -> str:
    for name in sorted(organisation, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in normalise(name).lower().split())
        phrase = re.sub(rf"(?<![\w.]){body}(?:'s)?(?!\w)", " ", phrase)
    return " ".join(phrase.split())


def read_title(title: str, organisation: tuple[str, ...] = ()) -> StatedTitle:
    """Split a stated title into qualifier, organisation (dropped) and office."""
    phrase = normalise(title).lower()
    past, skip = False, None
    for q in sorted(SKIP + PAST, key=len, reverse=True):
        if phrase.startswith(q) and (q.endswith("-") or phrase[len(q):len(q) + 1] in (" ", "-")):
            if q in PAST:
                past = True
            else:
                skip = q.rstrip("-")
            phrase = phrase[len(q):].lstrip(" -")
            break
    phrase = _strip_organisation(phrase, organisation)
    words = [w for w in phrase.replace("'s ", " 's ").split()]
    while words and words[-1] in _FILLER:
        words.pop()
    while words and words[0] in _FILLER:
        words.pop(0)
    # The office is the longest known wording at the end: "ukrainian president" -> "president".
    for i in range(len(words)):
        office = _office_of(" ".join(words[i:]))
        if office is not None:
            leftover = " ".join(w for w in words[:i] if w not in _FILLER)
            return StatedTitle(office, past, skip, leftover)
    return StatedTitle(None, past, skip, " ".join(words))


def compare(stated: str, row: RosterRow, other_organisations: tuple[str, ...] = ()) -> TitleMatch:
    """How a stated title relates to one roster row's title (ignoring dates).

    `other_organisations` are the other organisations the roster knows: a title
    that puts the person in one of them ("US President" for Ukraine's president)
    is DIFFERENT; any other unread word makes it UNKNOWN."""
    mine = read_title(stated, row.organisation)
    theirs = read_title(row.title, row.organisation)
    if mine.office is None or mine.skip:
        return TitleMatch.UNKNOWN
    if mine.leftover:
        foreign = _strip_organisation(mine.leftover, tuple(o for o in other_organisations
                                                           if o not in row.organisation))
        return TitleMatch.DIFFERENT if not foreign.replace("'s", "").strip() else TitleMatch.UNKNOWN
    if theirs.office is None:
        same = normalise(row.title).lower() == " ".join(normalise(stated).lower().split())
        return TitleMatch.SAME if same else TitleMatch.UNKNOWN
    if mine.office == theirs.office:
        return TitleMatch.SAME
    if frozenset({mine.office, theirs.office}) in LOOSE_PAIRS:
        return TitleMatch.LOOSE
    return TitleMatch.DIFFERENT
