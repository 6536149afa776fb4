"""Who a speaker mention stands for: "Kirby" -> "John Kirby", "he" -> the
nearest person named before it, "a defense official" -> an anonymous source."""
from __future__ import annotations

import re

from factcheck.extract.name_words import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS
from factcheck.extract.speech_words import ANON_HEADS, ANON_MARKERS, PRONOUNS
from factcheck.model.facts import Mention
from factcheck.model.span import Span

_INDEFINITE = frozenset("a an one two three four five several some many other another".split())
# A pronoun is not resolved to someone named this far back (characters).
_PRONOUN_REACH = 1500


def is_anonymous(phrase: str, sentence: str) -> bool:
    """'a defense official', 'sources', 'people familiar with the matter', 'one Republican involved …'."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", phrase)
    if not words:
        return False
    low = [w.lower() for w in words]
    if any(w[:1].isupper() for w in words[1:]) and not any(x in ANON_HEADS for x in low):
        return False                       # "a Pentagon spokesman" stays; "the White House" is not a person
    if ANON_MARKERS.search(sentence) and any(x in ANON_HEADS for x in low):
        return True
    if low[0] in _INDEFINITE and any(x in ANON_HEADS for x in low[1:]):
        return True
    if low[0] in ("sources", "officials", "aides", "people", "insiders", "advisers", "diplomats"):
        return True
    return bool(ANON_MARKERS.search(phrase))


_MALE = frozenset({"mr.", "mr", "sir", "lord", "king", "prince", "father", "congressman", "businessman",
                   "chairman", "spokesman", "councilman"})
_FEMALE = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman",
                     "businesswoman", "chairwoman", "spokeswoman", "councilwoman"})


def _gender(m: Mention) -> str | None:
    """'he' or 'she' when the title says so ('Mrs.', 'spokeswoman'), else None."""
    words = (m.title or "").lower().split()
    if any(w in _MALE for w in words):
        return "he"
    if any(w in _FEMALE for w in words):
        return "she"
    return None


_PERSON_HEADS = ANON_HEADS | TITLE_HEADS
_TITLE_WORDS = TITLE_HEADS | HONORIFICS | TITLE_MODIFIERS


def is_person_mention(phrase: str) -> bool:
    """A pronoun for a person or a phrase headed by a person noun ("the senator", "a defense official")."""
    low = phrase.lower()
    if low in ("he", "she", "i", "we"):
        return True
    words = re.findall(r"[a-z][a-z'’-]*", low)
    return bool(words) and words[-1] in _PERSON_HEADS


def _strip_title(phrase: str) -> str:
    words = phrase.split()
    while len(words) > 1 and words[0].lower() in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def resolve(text: str, span: Span, people: tuple[Mention, ...], outside: list[Span],
            sentence: str) -> tuple[str | None, bool]:
    """(resolved name or None, anonymous) for the speaker mention at `span`.

    `outside` are spans (the quotes) whose people are not candidates for a
    pronoun: a name inside someone's quoted words is rarely the one speaking.
    """
    phrase = span.of(text)
    low = phrase.lower()
    if low in PRONOUNS:
        if low not in ("he", "she"):
            return None, False
        for m in reversed(people):
            if m.span.start >= span.start or span.start - m.span.end > _PRONOUN_REACH:
                continue
            if any(o.contains(m.span) for o in outside) or m.anonymous or _gender(m) not in (None, low):
                continue
            return m.name, False
        return None, False
    for m in people:
        if span.contains(m.span) or m.span.contains(span):
            return m.name, False
    if is_anonymous(phrase, sentence):
        return phrase, True
    return _strip_title(phrase), False
