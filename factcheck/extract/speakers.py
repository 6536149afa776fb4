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

from factcheck.extract.speaker_phrases import (BOUNDARY_CHARS, NP_STOP, PARTICIPLES, cue_at, np_after,
                                               np_before, object_follows, participle_subject, tokens)
from factcheck.extract.speech_words import OUTLET_WORDS
from factcheck.model.span import Span


@attrs.frozen
class Attribution:
    speaker_span: Span
    cue: str | None
    cue_span: Span | None
    via: str | None = None
    adjacent: bool = False       # the cue sits right next to the quote ('Kirby said: "…"')


def subject_of(text: str, before: Span) -> Span | None:
    """The subject opening a clause ('Pell, for her part, is labeling … "…"'), for a quote with no cue."""
    toks = tokens(text, before)
    if len(toks) < 2 or any(w in "\"“”" for w, _ in toks) or cue_at(toks, 0) is not None:
        return None
    return np_before(toks, len(toks), participle=True)


def _via(toks: list[tuple[str, Span]], i: int, text: str) -> str | None:
    """The outlet a quote was told to ('told the Financial Times'), when it is one."""
    found = np_after(toks, i)
    if found is None:
        return None
    span, _ = found
    phrase = span.of(text)
    return phrase if OUTLET_WORDS.search(phrase) else None


def attribution_after(text: str, after: Span) -> Attribution | None:
    """'"…," Kirby said' / '"…," said Kirby' / '"…" for now, said Pell': the attribution after a quote."""
    lead = re.match(r"[\s,—–-]*", text[after.start:after.end])
    start = after.start + lead.end()
    toks = tokens(text, Span(start, after.end))
    for i in range(0, min(len(toks), 20)):
        word = toks[i][0]
        if word in "\"“”!?.;":
            return None
        cue = cue_at(toks, i)
        if cue is None:
            continue
        if cue[0] in PARTICIPLES:
            return None              # '"…," noting that …': the speaker is named elsewhere
        if i > 0 and toks[i - 1][0] == "," and cue[0] != "according to":
            # '"…," Pell, who has stayed neutral, told reporters': a name opens the context
            speaker = np_before(toks, i, False)
            if speaker is not None and speaker.start == toks[0][1].start and toks[0][0][:1].isupper():
                via = _via(toks, cue[2], text) if cue[0] in ("told", "tells", "telling") else None
                return Attribution(speaker, cue[0], cue[1], via)
        if i == 0 or toks[i - 1][0] == "," or cue[0] == "according to":
            # the speaker follows the cue: '"…," said Kirby' / '"…" for now, said Kirby'
            found = np_after(toks, cue[2])
            if found is not None:
                via = _via(toks, found_end(toks, found[0]), text)
                return Attribution(found[0], cue[0], cue[1], via)
            if i == 0:
                return None
        speaker = np_before(toks, i, participle=False)
        if speaker is None or speaker.start != toks[0][1].start and "," not in text[start:speaker.start]:
            return None
        via = _via(toks, cue[2], text) if cue[0] in ("told", "tells", "telling") else None
        return Attribution(speaker, cue[0], cue[1], via)
    return None


def attribution_any_verb(text: str, after: Span) -> Attribution | None:
    """'"…," the growers grumble in …': after a quote that ends on a comma, a name or
    pronoun and a verb not in our lists still attribute it."""
    lead = re.match(r"[\s—–-]*", text[after.start:after.end])
    toks = tokens(text, Span(after.start + lead.end(), after.end))
    k = 0
    if k < len(toks) and toks[k][0].lower() in ("the", "a", "an"):
        k += 1
    if k < len(toks) and toks[k][0].lower() in ("he", "she", "they", "i", "we") and k == 0:
        k += 1
    else:
        while k < len(toks) and toks[k][0][:1].isupper() and toks[k][0] not in BOUNDARY_CHARS:
            k += 1
    if k == 0 or k >= len(toks) or toks[k - 1][0].lower() in ("the", "a", "an"):
        return None
    verb = toks[k][0]
    if not verb.isalpha() or not verb.islower() or verb in NP_STOP or verb in ("and", "or", "but"):
        return None
    if toks[0][0].lower() in ("her", "his", "their", "its", "our", "my", "your"):
        return None                  # "Her uncle, Tom, …": a possessive phrase, not a speaker
    if not verb.endswith(("ed", "s")) and not toks[k - 1][0].endswith("s"):
        return None                  # a past or third-person verb, or a plural subject ("the growers grumble")
    return Attribution(Span(toks[0][1].start, toks[k - 1][1].end), verb, toks[k][1])


def found_end(toks: list[tuple[str, Span]], span: Span) -> int:
    for k, (_, s) in enumerate(toks):
        if s.start >= span.end:
            return k
    return len(toks)


def attribution_before(text: str, before: Span) -> Attribution | None:
    """'Kirby said: "…"' / 'According to Kirby, "…"': the attribution ahead of a quote."""
    toks = tokens(text, before)
    if not toks:
        return None
    for i in range(len(toks) - 1, max(-1, len(toks) - 40), -1):
        cue = cue_at(toks, i)
        if cue is None:
            continue
        if cue[0] == "according to":
            found = np_after(toks, cue[2])
            return Attribution(found[0], cue[0], cue[1]) if found else None
        gap = toks[cue[2]:]
        if any(w in "\"“”.!?;" for w, _ in gap):
            return None
        adjacent = len(gap) <= 1 or cue[0] in ("told", "tells", "telling", "asked") and len(gap) <= 5
        if cue[0] in PARTICIPLES or i > 0 and toks[i - 1][0] == "," and object_follows(toks, cue[2]):
            # "… saying" / "He mocked the plan, called it "…"": the clause's subject speaks.
            speaker = participle_subject(toks, i)
        else:
            speaker = np_before(toks, i, False)
        if speaker is None and cue[0] in PARTICIPLES:
            return None
        if speaker is None:
            # "Said Kirby: …" or "…, added Kirby, …": the speaker follows the cue.
            if i > 0 and toks[i - 1][0] not in BOUNDARY_CHARS:
                return None
            found = np_after(toks, cue[2])
            if found is None:
                return None
            speaker = found[0]
        via = _via(toks, cue[2], text) if cue[0] in ("told", "tells", "telling") else None
        return Attribution(speaker, cue[0], cue[1], via, adjacent=adjacent)
    if toks[-1][0] == ":":
        # 'Pell gave the council a warning: "…"': the colon introduces the subject's words.
        speaker = np_before(toks, len(toks) - 1, participle=True)
        if speaker is not None:
            return Attribution(speaker, ":", toks[-1][1])
    return None
