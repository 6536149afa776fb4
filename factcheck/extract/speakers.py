"""Attribution of one quote: the cue ("said", "told", "according to") and the
speaker's mention next to it, in the orders news copy uses:

    "…," Kirby said.          "…," said John Kirby, the …      Kirby said: "…"
    According to Kirby, "…"   Kirby told reporters, "…"       Kirby said that "…"

Only the literal mention is found here ("Kirby", "he", "a defense official");
resolving it to a name is resolve.py's job.
"""
from __future__ import annotations

import re

import attrs

from factcheck.extract.name_words import TITLE_HEADS
from factcheck.extract.speech_words import ANON_HEADS, OUTLET_WORDS, PRONOUNS, SAY_PHRASES, SAY_VERBS
from factcheck.model.span import Span


@attrs.frozen
class Attribution:
    speaker_span: Span
    cue: str | None
    cue_span: Span | None
    via: str | None = None
    adjacent: bool = False       # the cue sits right next to the quote ('Kirby said: "…"')


_TOKEN = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Rev|Prof|Jr|Sr|St|Cmdr|Atty)\.|"
                    r"(?:[A-Z]\.)+|[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|[,;:()—–\"“”!?]|\.(?=\s|$)")
PERSON_NOUNS = TITLE_HEADS | ANON_HEADS
_DETERMINERS = frozenset("a an the one two three four several some many most other another his her "
                         "their its this that these those both all few".split())
# Words a subject phrase may not end with: adverbs and auxiliaries between it and the cue.
_BETWEEN = frozenset("also later then again further previously once recently repeatedly has had have "
                     "would will did was is been just earlier often frequently simply flatly publicly "
                     "privately bluntly had has have may might could should can would once still even "
                     "since never always initially first finally subsequently only reportedly "
                     "allegedly".split())
_CONNECTORS = frozenset("and but so then yet while when as because though although meanwhile that "
                        "where which who after before if".split())
_NP_STOP = frozenset("who which in on at during after before when as to about while because that "
                     "of last this".split())
_ADVERBIAL_OPENERS = frozenset("after before in on at during when while despite asked speaking "
                                "once again later earlier though although".split())
_PARTICIPLES = frozenset(w for w in SAY_VERBS if w.endswith("ing"))
_BOUNDARY_CHARS = ",;:()—–\"“”!?."


def _tokens(text: str, span: Span) -> list[tuple[str, Span]]:
    return [(m.group(), Span(m.start(), m.end())) for m in _TOKEN.finditer(text, span.start, span.end)]


def _cue_at(toks: list[tuple[str, Span]], i: int) -> tuple[str, Span, int] | None:
    """The cue starting at token i: (cue text, span, index after it)."""
    for phrase in SAY_PHRASES:
        parts = phrase.split()
        if i + len(parts) <= len(toks) and [t.lower() for t, _ in toks[i:i + len(parts)]] == parts:
            return phrase, Span(toks[i][1].start, toks[i + len(parts) - 1][1].end), i + len(parts)
    word = toks[i][0].lower()
    if word in SAY_VERBS:
        return word, toks[i][1], i + 1
    return None


def _valid_speaker(words: list[str]) -> bool:
    if not words or len(words) > 10:
        return False
    first = words[0]
    low = re.sub(r"['’].*", "", first.lower())
    if low in PRONOUNS or low in _DETERMINERS:
        return True
    if first[:1].isupper():
        return True
    if any(w[:1].isupper() for w in words[1:]) or any(w.lower() in PERSON_NOUNS for w in words):
        return True             # "former Sen. Evan Bayh", "71-year-old diplomat"
    # bare plurals: "sources", "officials", "aides familiar with the talks"
    return low.endswith("s") and len(words) <= 6


def _np_after(toks: list[tuple[str, Span]], i: int) -> tuple[Span, list[str]] | None:
    """The speaker phrase after a cue: 'said John Kirby, the …' -> John Kirby."""
    words: list[tuple[str, Span]] = []
    while i < len(toks) and len(words) < 10:
        word, span = toks[i]
        if word in _BOUNDARY_CHARS or word.lower() in _NP_STOP and words:
            break
        words.append((word, span))
        i += 1
    if not words or not _valid_speaker([w for w, _ in words]):
        return None
    return Span(words[0][1].start, words[-1][1].end), [w for w, _ in words]


def _np_before(toks: list[tuple[str, Span]], cue_index: int, participle: bool) -> Span | None:
    """The subject before a cue: 'Kirby, the Pentagon spokesman, said' -> Kirby."""
    parts: list[list[tuple[str, Span]]] = [[]]
    for word, span in toks[:cue_index]:
        if word in _BOUNDARY_CHARS:
            parts.append([])
        else:
            parts[-1].append((word, span))
    parts = [p for p in parts if p]
    if not parts:
        return None
    if participle:
        # "Obama hailed the figures, saying …": the subject opens the clause.
        chosen = next((p for p in parts if p[0][0].lower() not in _ADVERBIAL_OPENERS), parts[0])
        while len(chosen) > 1 and chosen[0][0].lower() in _CONNECTORS:
            chosen = chosen[1:]
        lead = []
        for word, span in chosen:
            if lead and not (word[:1].isupper() or word.lower() in _DETERMINERS):
                break
            lead.append((word, span))
        chosen = lead
    else:
        k = len(parts) - 1
        chosen = _strip_between(parts[k])
        while k > 0 and (not chosen or chosen[0][0].lower() in _ADVERBIAL_OPENERS):
            k -= 1              # "Blunt, after a long pause, said" / "he, once again, pledged"
            chosen = _strip_between(parts[k])
        if not chosen:
            return None
        first = chosen[0][0]
        if k > 0 and first.lower() in ("who", "whose") and not chosen[-1][0].istitle():
            chosen = parts[k - 1]          # "A Warren adviser, who spoke on condition …, said"
        elif k > 0 and first.lower() in ("a", "an", "the") and parts[k - 1][-1][0][:1].isupper():
            chosen = parts[k - 1]          # an appositive sits between the name and the cue
        while chosen and chosen[0][0].lower() in _CONNECTORS:
            chosen = chosen[1:]
        for k in range(len(chosen) - 1, 0, -1):
            if chosen[k][0].lower() in ("and", "but", "while", "as", "because", "so"):
                chosen = chosen[k + 1:]     # "… runs until 2008 and Spurs director Comolli said"
                break
        for k in range(1, len(chosen)):
            if chosen[k][0].lower() in _NP_STOP:
                chosen = chosen[:k]
                break
        if len(chosen) > 8:
            return None
    words = [w for w, _ in chosen]
    if not _valid_speaker(words):
        return None
    return Span(chosen[0][1].start, chosen[-1][1].end)


def _participle_subject(toks: list[tuple[str, Span]], i: int) -> Span | None:
    """'Nefzi said, adding, "…"': a participle takes the subject of the cue before it."""
    for j in range(i - 1, -1, -1):
        if toks[j][0] in "\"“”.!?;":
            break
        if _cue_at(toks, j) is not None and toks[j][0].lower() not in _PARTICIPLES:
            found = _np_before(toks, j, participle=False)
            if found is not None:
                return found
    return _np_before(toks, i, participle=True)


def subject_of(text: str, before: Span) -> Span | None:
    """The subject opening a clause ('Huckabee, for his part, is labeling … "…"'), for a quote with no cue."""
    toks = _tokens(text, before)
    if len(toks) < 2 or any(w in "\"“”" for w, _ in toks):
        return None
    return _np_before(toks, len(toks), participle=True)


def _strip_between(part: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    while part and (part[-1][0].lower() in _BETWEEN or part[-1][0].endswith("ly") and part[-1][0].islower()):
        part = part[:-1]
    return part


def _via(toks: list[tuple[str, Span]], i: int, text: str) -> str | None:
    """The outlet a quote was told to ('told the Financial Times'), when it is one."""
    found = _np_after(toks, i)
    if found is None:
        return None
    span, _ = found
    phrase = span.of(text)
    return phrase if OUTLET_WORDS.search(phrase) else None


def attribution_after(text: str, after: Span) -> Attribution | None:
    """'"…," Kirby said' / '"…," said Kirby' / '"…" for Clinton, said Kunin': the attribution after a quote."""
    lead = re.match(r"[\s,—–-]*", text[after.start:after.end])
    start = after.start + lead.end()
    toks = _tokens(text, Span(start, after.end))
    for i in range(0, min(len(toks), 20)):
        word = toks[i][0]
        if word in "\"“”!?.;":
            return None
        cue = _cue_at(toks, i)
        if cue is None:
            continue
        if i == 0 or toks[i - 1][0] == "," or cue[0] == "according to":
            # the speaker follows the cue: '"…," said Kirby' / '"…" for now, said Kirby'
            found = _np_after(toks, cue[2])
            if found is not None:
                via = _via(toks, found_end(toks, found[0]), text)
                return Attribution(found[0], cue[0], cue[1], via)
            if i == 0:
                return None
        speaker = _np_before(toks, i, participle=False)
        if speaker is None or speaker.start != toks[0][1].start and "," not in text[start:speaker.start]:
            return None
        via = _via(toks, cue[2], text) if cue[0] in ("told", "tells", "telling") else None
        return Attribution(speaker, cue[0], cue[1], via)
    return None


def found_end(toks: list[tuple[str, Span]], span: Span) -> int:
    for k, (_, s) in enumerate(toks):
        if s.start >= span.end:
            return k
    return len(toks)


def attribution_before(text: str, before: Span) -> Attribution | None:
    """'Kirby said: "…"' / 'According to Kirby, "…"': the attribution ahead of a quote."""
    toks = _tokens(text, before)
    if not toks:
        return None
    for i in range(len(toks) - 1, max(-1, len(toks) - 40), -1):
        cue = _cue_at(toks, i)
        if cue is None:
            continue
        if cue[0] == "according to":
            found = _np_after(toks, cue[2])
            return Attribution(found[0], cue[0], cue[1]) if found else None
        gap = toks[cue[2]:]
        if any(w in "\"“”.!?;" for w, _ in gap):
            return None
        adjacent = len(gap) <= 1 or cue[0] in ("told", "tells", "telling", "asked") and len(gap) <= 5
        speaker = _participle_subject(toks, i) if cue[0] in _PARTICIPLES else _np_before(toks, i, False)
        if speaker is None:
            # "Said Kirby: …" or "…, added Kirby, …": the speaker follows the cue.
            if i > 0 and toks[i - 1][0] not in _BOUNDARY_CHARS:
                return None
            found = _np_after(toks, cue[2])
            if found is None:
                return None
            speaker = found[0]
        via = _via(toks, cue[2], text) if cue[0] in ("told", "tells", "telling") else None
        return Attribution(speaker, cue[0], cue[1], via, adjacent=adjacent)
    if toks[-1][0] == ":":
        # 'McConnell delivered a blunt message: "…"': the colon introduces the subject's words.
        speaker = _np_before(toks, len(toks) - 1, participle=True)
        if speaker is not None:
            return Attribution(speaker, ":", toks[-1][1])
    return None
