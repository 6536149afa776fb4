"""Named people and their titles: "Pentagon spokesperson John Kirby", later "Kirby".

A person is a run of capitalised words that either follows a title
("Sen.", "press secretary"), or has at least two name-like words, or repeats
the surname of a person already named.  Runs that look like places,
organisations or sentence openers are left alone (precision first: a missed
person only loses a resolution, a false one invents a speaker).
"""
from __future__ import annotations

import re
from collections import Counter, deque
from typing import NamedTuple

import attrs

from factcheck.extract.name_words import (FIRST_NAMES, HONORIFICS, NOT_NAME, OPENERS, PARTICLES, SUFFIXES,
                                          TITLE_HEADS, TITLE_MODIFIERS)
from factcheck.extract.speech_words import SAY_VERBS
from factcheck.model.document import Document
from factcheck.model.facts import Mention
from factcheck.model.span import Span

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z.]|[A-Za-z]")


class Word(NamedTuple):
    start: int
    end: int
    text: str                 # without a possessive ending
    low: str
    capitalised: bool

    @property
    def span(self) -> Span:
        # Made on demand: an article has thousands of words and only names need their spans.
        return Span(self.start, self.end)


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def words_of(text: str, span: Span) -> list[Word]:
    """Words of a stretch of text; a trailing stop stays only on abbreviations and initials."""
    out = []
    append = out.append
    new_word = tuple.__new__        # Word(...) without the Python-level __new__ of a NamedTuple
    for m in _WORD.finditer(text, span.start, span.end):
        word = m.group()
        last = word[-1]
        if last != "." and (last != "s" or word[-2:-1] not in "'’"):
            # Most words: no stop to drop and no possessive ending (_WORD never ends on a quote).
            append(new_word(Word, (m.start(), m.end(), word, word.lower(), word[0].isupper())))
            continue
        append(_word(word, m.start(), m.end()))
    return out


# Lower-case words that _names_in and _title_before ever test by name; any other word
# without a capital only stops a name run or a title walk, whatever it is.
_NAMED_LOWER = SAY_VERBS | PARTICLES | SUFFIXES | TITLE_HEADS | HONORIFICS | TITLE_MODIFIERS
# One word as _WORD reads it, after the non-letters before it; a word of plain lower-case
# letters that _WORD would end at the same place comes out in its own group.  The word is
# optional so that trailing non-letters match once, as a last gap with no word: were it
# required, the engine would retry that tail from each of its characters (quadratic on
# a long run of punctuation).
_GAP_AND_WORD = re.compile(r"([^A-Za-z]*)(?:([a-z]+)(?![A-Za-z'’.-])|([A-Za-z][A-Za-z'’.-]*[A-Za-z.]|[A-Za-z]))?")
# Stands for a run of such stopping words: no capital, a `low` in no word list.
_STOP = Word(-1, -1, "", "", False)


def name_words(text: str, span: Span) -> list[Word]:
    """words_of(text, span) with each run of plain lower-case words that no word list names
    replaced by one _STOP.

    Equivalent for _names_in and for the capitalised words _people_of counts: such a word is
    never name-like, a particle, a suffix, a title word or a verb of saying, so it ends any
    name run or title walk that reaches it, and _STOP does the same; every test of a
    neighbour (_speaks, a particle's next word, 'of' before a title's complement) sees a
    word outside every list either way.  _people_of's bare-surname pass loses nothing either:
    a surname is the last capitalised word or particle of a name.  Skipping these words
    saves making most Words of an article.
    """
    out = []
    append = out.append
    new_word = tuple.__new__
    pos = span.start
    stopped = False
    for gap, plain, other in _GAP_AND_WORD.findall(text, span.start, span.end):
        start = pos + len(gap)
        if plain:
            pos = start + len(plain)
            if plain in _NAMED_LOWER:
                append(new_word(Word, (start, pos, plain, plain, False)))
                stopped = False
            elif not stopped:
                append(_STOP)
                stopped = True
            continue
        if other:               # (both empty: the non-letters closing the span)
            pos = start + len(other)
            stopped = False
            append(_word(other, start, pos))
    return out


def _word(word: str, start: int, end: int) -> Word:
    """One Word as words_of makes it from a match of _WORD (never empty: _WORD's match
    starts with a letter and at most a stop, or a possessive from 3+ characters, is cut)."""
    last = word[-1]
    if last == "." and not _keeps_stop(word):
        word, end = word[:-1], end - 1
    if len(word) > 2 and word[-1] in "s'’":
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        elif word[-1] != "s":
            word, end = word[:-1], end - 1
    return tuple.__new__(Word, (start, end, word, word.lower(), word[:1].isupper()))


def _keeps_stop(word: str) -> bool:
    low = word.lower()
    return low in TITLE_HEADS or low in HONORIFICS or low in SUFFIXES or bool(_INITIALS.fullmatch(word))


def _name_like(word: Word) -> bool:
    if not word.capitalised:
        return False
    if len(word.text) == 2 and word.text[1] == ".":
        return True                  # an initial
    return (word.capitalised and word.low not in NOT_NAME and word.low not in TITLE_HEADS
            and word.low not in HONORIFICS and not word.text.isupper()
            and not word.text.endswith(".") and len(word.text) > 1)


def _adjacent(text: str, a: Word, b: Word) -> bool:
    return re.fullmatch(r"[ \t]+|[ \t]*,[ \t]*", text[a.end:b.start]) is not None


def find_names(text: str, span: Span) -> list[tuple[Span, str, str | None, Span | None, bool]]:
    """(name span, name, title, title span, strong) for every person-like name in `span` of `text`.

    `strong` says the name itself shows a person (a title, a given name, an
    initial, an age, a verb of saying); weak ones need their surname to recur.
    """
    return _names_in(text, words_of(text, span))


def _names_in(text: str, words: list[Word]) -> list[tuple[Span, str, str | None, Span | None, bool]]:
    out = []
    resume = 0                  # the first word after the last name run
    # Only a capitalised word can start a run (_name_like tests that first).
    for i in [k for k, w in enumerate(words) if w[4]]:       # w[4]: w.capitalised, read faster
        if i < resume or not _name_like(words[i]):
            continue
        # An opener used to be skipped here unless `_title_before(...)` was falsy, which a
        # 2-tuple never is: openers go on to the run like any name-like word (kept as is,
        # since it decides which runs are read; _is_person turns down untitled ones).
        j = i + 1
        while j < len(words) and text[words[j - 1].end:words[j].start] == " " \
                and words[j].low not in SAY_VERBS and (
                _name_like(words[j]) or words[j].low in PARTICLES and j + 1 < len(words)
                and _name_like(words[j + 1])):
            j += 1
        if j < len(words) and words[j].low in SUFFIXES and _adjacent(text, words[j - 1], words[j]):
            j += 1
        resume = j
        title, title_span = _title_before(text, words, i)
        if title is None and j == i + 1:
            continue            # one untitled word: _is_person wants a title or two real words
        name_words = words[i:j]
        if _is_person(name_words, title, text):
            name_span = Span(name_words[0].start, name_words[-1].end)
            strong = _looks_named(name_words, title, text) or _speaks(words, i, j)
            out.append((name_span, " ".join(w.text for w in name_words), title, title_span, strong))
    return out


def _is_person(name_words: list[Word], title: str | None, text: str) -> bool:
    if any(w.low in NOT_NAME for w in name_words):
        return False
    if len(name_words) > 4:
        return False
    if title is not None:
        return True
    real = [w for w in name_words if w.low not in PARTICLES and w.low not in SUFFIXES]
    return len(real) >= 2 and not name_words[0].low in OPENERS


_AGE_OR_PARTY = re.compile(r",\s*\d{1,3}\s*[,)]|\s*\((?:[DRI]|Rep|Dem)[-–,]")


def _speaks(words: list[Word], i: int, j: int) -> bool:
    """'Dana Pell said' / 'said Dana Pell': a speaker is a person."""
    return j < len(words) and words[j].low in SAY_VERBS or i > 0 and words[i - 1].low in SAY_VERBS


def _looks_named(name_words: list[Word], title: str | None, text: str) -> bool:
    """Evidence in the name itself that an untitled run of capitals is a person:
    a common given name, an initial ('Paul A. Goldner'), an age or party tag after it."""
    if title is not None or name_words[0].low in FIRST_NAMES:
        return True
    if any(len(w.text) == 2 and w.text.endswith(".") for w in name_words):
        return True
    return bool(_AGE_OR_PARTY.match(text, name_words[-1].end))


def _title_before(text: str, words: list[Word], i: int) -> tuple[str | None, Span | None]:
    """The title right before words[i], walking back over modifiers to a head."""
    k = i - 1
    head = None
    start = None
    last = None
    while k >= 0 and i - k <= 6:
        w = words[k]
        gap = text[w.end:words[k + 1].start]
        if gap not in (" ", "\u00a0"):
            break
        low = w.low
        if low in TITLE_HEADS or low in HONORIFICS:
            head = head if head is not None else k
            start = k
        elif head is not None and (low in TITLE_MODIFIERS or w.capitalised and low not in OPENERS):
            start = k
        elif head is None and w.capitalised and k >= 2 and words[k - 1].low == "of" \
                and words[k - 2].low in TITLE_HEADS:
            # "Secretary of State John Kerry": the office's complement sits after the head.
            last = k
            k -= 1
            start = k
        elif head is None and low in TITLE_MODIFIERS and k == i - 1:
            break
        else:
            break
        k -= 1
    if head is None:
        return None, None
    while start < head and words[start].low in {"of", "the", "and", "for"}:
        start += 1
    span = Span(words[start].start, words[last if last is not None else head].end)
    return span.of(text), span


def extract_people(doc: Document) -> tuple[Mention, ...]:
    """Named people in the article's paragraphs, with titles, plus later bare-surname mentions."""
    # The engine asks for people directly and again through extract_quotes; one Document is
    # read once.  Documents are immutable, so caching keeps this pure.  The cache is keyed
    # by the object itself, not by equality: hashing a Document hashes every paragraph and
    # sentence span, which cost more than a cache hit saved.
    for cached_doc, people in _RECENT_PEOPLE:
        if cached_doc is doc:
            return people
    people = _people_of(doc)
    _RECENT_PEOPLE.appendleft((doc, people))
    return people


_RECENT_PEOPLE: deque[tuple[Document, tuple[Mention, ...]]] = deque(maxlen=4)


def _people_of(doc: Document) -> tuple[Mention, ...]:
    text = doc.text
    mentions: list[Mention] = []
    para_words = [name_words(text, para.span) for para in doc.paragraphs]
    found = [found for words in para_words for found in _names_in(text, words)]
    alone = Counter(w.text for words in para_words for w in words if w.capitalised)
    in_names = Counter(surname_of(f[1]) for f in found)      # counted once, not once per name
    for span, name, title, title_span, strong in found:
        # "Marta Quill" … "Quill": a surname used on its own marks a person.
        if strong or alone[surname_of(name)] > in_names[surname_of(name)]:
            mentions.append(Mention(span=span, name=name, title=title, title_span=title_span))
    full: dict[str, str] = {}
    shared: set[str] = set()
    for m in mentions:
        parts = m.name.split()
        if len(parts) >= 2:
            surname = surname_of(m.name)
            if full.setdefault(surname, m.name) != m.name and not _same_first(full[surname], m.name):
                shared.add(surname)
    # "Lowe" after "Ann Lowe" and "Tom Lowe" could be either: leave it unresolved.
    for surname in shared:
        del full[surname]
    taken = {(m.span.start, m.span.end) for m in mentions}
    covered = [(m.span.start, m.span.end) for m in mentions]
    for words in para_words:
        for w in words:
            if w.text in full and (w.start, w.end) not in taken \
                    and not any(start <= w.start and w.end <= end for start, end in covered):
                mentions.append(Mention(span=w.span, name=full[w.text]))
    resolved = [_resolve(m, full) for m in mentions]
    return tuple(sorted(resolved, key=lambda m: (m.span.start, m.span.end)))


def _resolve(m: Mention, full: dict[str, str]) -> Mention:
    """A titled single name ("Mayor Delgado") takes the full name given elsewhere."""
    if " " not in m.name and m.name in full:
        return attrs.evolve(m, name=full[m.name])
    return m


def _same_first(a: str, b: str) -> bool:
    """'Ana Ruiz' / 'Ana Maria Ruiz' are one person; 'Luis Ruiz' is another."""
    return a.split()[0] == b.split()[0]


def surname_of(name: str) -> str:
    parts = [p for p in name.split() if p.lower() not in SUFFIXES and p.lower().rstrip(",") not in SUFFIXES]
    return parts[-1] if parts else name
