"""Paragraphs and sentences of news text, as spans into the analysis text.

News copy breaks naive splitters: "Sen.", "U.S.", "Nov. 8", "No. 2", "$2.4
bn", "3.5 pct", initials ("J.R. Smith") and quotes that end a sentence
('..." he said.'). A boundary is a stop, optional closing quotes or
brackets, white space, and something that can start a sentence; the word
before the stop must not be an abbreviation that cannot end a sentence.
"""
from __future__ import annotations

import re

from factcheck.model.document import Paragraph, Sentence
from factcheck.model.span import Span

# Words that, followed by a stop, almost never end a sentence.
TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "rev", "st", "sr", "jr", "hon", "pres", "supt", "det", "insp", "atty", "gens",
    "sens", "reps", "messrs", "mme", "mlle", "fr", "sgt", "cpl", "pvt", "lieut", "brig",
}
BEFORE_NUMBER = {
    "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "vol", "art", "fig", "pp", "p", "ch", "sec", "approx", "est", "ext", "tel", "rs", "op",
}
ALWAYS_JOIN = {
    "vs", "v", "e.g", "i.e", "cf", "approx", "ca", "viz", "al", "inc", "corp", "co", "ltd", "bros",
    "mt", "ft", "ave", "blvd", "calif", "conn", "mass", "penn", "wash", "ariz", "colo", "fla", "ga",
    "ill", "ind", "kan", "ky", "la", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "tenn", "tex", "va", "vt", "wis", "wyo", "ala", "ark", "del", "dept", "gov't", "univ",
}
# Company suffixes end sentences often enough ("... said Acme Inc. The ...") that
# they only join when a lower-case word or a number follows.
SOFT = {"inc", "corp", "co", "ltd", "bros", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "etc", "jr", "sr"}
SENTENCE_STARTERS = {
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "but", "and", "in", "on", "at", "this",
    "that", "there", "its", "his", "her", "their", "our", "as", "if", "for", "after", "before",
    "while", "when", "officials", "analysts", "shares", "however", "meanwhile", "also", "some",
    "many", "most", "one", "two", "three", "other", "last", "earlier", "today", "yesterday",
}

# Possessive quantifiers and the look-behind: a run of stops ("." x 50,000) is one
# candidate tried once, not a backtracking search from every stop in it.
# The stop, (?<![.?!])([.?!]++|…), is written to start with a plain character class (its first
# character), which the regex engine skips through in C instead of stopping at every
# character: after it, the look-behind checks the character before it, and a run of
# [.?!] continues only from one of them.
_BOUNDARY = re.compile(
    r"""([.?!…](?<![.?!].)(?:(?<=[.?!])[.?!]*+)?)(["'”’)\]]*+)(\s+)(?=["'“‘(\[]?[\w$£€¥-])""")
# The last run of word characters, stops and apostrophes at the end of a text.  The look-behind
# lets the search try a run only where it starts (the leftmost match starts there anyway),
# instead of running to the end of the run from each character in it; it must be used on a
# slice, so that the run may start at the slice's start as with a bounded search.
_WORD_BEFORE = re.compile(r"(?<![\w.'’])([\w.'’]+)$")
_PARA_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]?([\w$£€¥'’-]+)")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
_INITIAL = re.compile(r"[A-Z]")
_LINE = re.compile(r"[^\n]+")
_ENDS_SENTENCE = re.compile(r"""[.?!:…]["'”’)\]]*\s*$""")


def _is_boundary(text: str, m: re.Match, start: int, limit: int) -> bool:
    """Whether the stop matched by m ends a sentence; nothing at or after `limit` (the end of
    the paragraph) is looked at."""
    stop = m.group(1)
    after = text[m.end():min(m.end() + 40, limit)]
    next_word = _NEXT_WORD.match(after)
    nxt = next_word.group(1) if next_word else ""
    if stop != ".":
        # "?" or "!" inside a quote followed by a lower-case attribution does not end it.
        return not (m.group(2) and nxt[:1].islower())
    # Only the word just before the stop matters: a bounded look back, not to the sentence
    # start (a 50,000-character run of initials would be quadratic).
    wm = _WORD_BEFORE.search(text[max(start, m.start() - 64):m.start()])
    word = wm.group(1) if wm else ""
    low = word.lower().rstrip(".")
    if m.group(2):
        # '... he said." Next' ends a sentence; '"Stop." he said' does not.
        return not nxt[:1].islower()
    if nxt[:1].islower():
        return False
    if low in TITLES or low in ALWAYS_JOIN and low not in SOFT:
        return False
    if low in BEFORE_NUMBER and nxt[:1].isdigit():
        return False
    if low in BEFORE_NUMBER and low in {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                         "sept", "oct", "nov", "dec"}:
        return False
    if low in SOFT or _DOTTED.fullmatch(low):
        # "U.S. officials" joins; "in the U.S. The ..." ends.
        return nxt.lower() in SENTENCE_STARTERS
    if _INITIAL.fullmatch(word):
        # An initial: "John F. Kennedy".
        return False
    return True


def sentences(text: str, span: Span) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    start = span.start
    # skip leading white space
    while start < span.end and text[start].isspace():
        start += 1
    pos = start
    # endpos keeps the look-ahead inside the paragraph, as _is_boundary's limit does.
    for m in _BOUNDARY.finditer(text, span.start, span.end):
        if m.start() < pos:
            continue
        if _is_boundary(text, m, start, span.end):
            end = m.start(3)
            if end > start:
                out.append(Sentence(Span(start, end)))
            start = m.end()
            pos = start
    end = span.end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(Span(start, end)))
    return tuple(out)


def _ends_sentence(line: str) -> bool:
    return bool(_ENDS_SENTENCE.search(line)) or not line.strip()


def paragraph_spans(text: str) -> list[Span]:
    """Blank lines separate paragraphs. Within a block, a line that ends a sentence
    and is followed by a line starting like a new one is its own paragraph (copy
    pasted with single line breaks); other line breaks are hard wraps."""
    spans: list[Span] = []
    pos = 0
    blocks = []
    for m in _PARA_BREAK.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    for bstart, bend in blocks:
        lines = _block_lines(text, bstart, bend)
        if not lines:
            continue
        cur_start, cur_end = lines[0]
        for (s, e), (ps, pe) in zip(lines[1:], lines[:-1]):
            prev = text[ps:pe]
            nxt = text[s:e].lstrip()
            # Short lines that each start with a capital are a list (headlines), not a wrapped paragraph.
            listed = (len(prev.strip()) < 100 and len(nxt) < 100 and nxt[:1].isupper()
                      and not prev.rstrip().endswith((",", ";", "-")))
            if _ends_sentence(prev) or listed:
                spans.append(_trim(text, cur_start, cur_end))
                cur_start = s
            cur_end = e
        spans.append(_trim(text, cur_start, cur_end))
    return [s for s in spans if s.end > s.start]


def _block_lines(text: str, bstart: int, bend: int) -> list[tuple[int, int]]:
    """The lines of text[bstart:bend] that are not blank, as (start, end)."""
    if text.find("\n", bstart, bend) < 0:
        # Most blocks are one line: the same answer without the line scan.
        return [(bstart, bend)] if text[bstart:bend].strip() else []
    lines = [(m.start() + bstart, m.end() + bstart)
             for m in _LINE.finditer(text[bstart:bend])]
    return [(s, e) for s, e in lines if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(span, sentences(text, span)) for span in paragraph_spans(text))
