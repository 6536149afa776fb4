"""Does the text around an unattributed quote name its speaker?

News copy often runs a quote on its own after a paragraph that names the
speaker ('Kirby said the talks would go on.' / 'Kirby said:'), or after the
same speaker's quote; the speaker may also be named later in the quote's own
paragraph, or the marks may simply be misplaced.  Only a paragraph-opening
statement with none of these is a quote with no speaker.
"""
from __future__ import annotations

import re

from factcheck.extract.speech_words import SAY_PHRASES, SAY_VERBS
from factcheck.model.document import Document
from factcheck.model.facts import Quote
from factcheck.model.span import Span

# A quote shorter than this is a phrase, not a statement that needs a speaker.
MIN_STATEMENT_WORDS = 6
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CUE_PHRASES = tuple(p for p in SAY_PHRASES if not p.startswith("in "))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# Verb forms that report speech in running text; base forms ("confirm", "add")
# are too often something else, and these nouns introduce a quote that follows.
_CONTEXT_CUES = frozenset(w for w in SAY_VERBS if w.endswith(("ed", "s", "ing")) or w in (
    "said", "told", "wrote", "say", "tell")) | frozenset(
    "statement statements interview remarks speech tweet tweets email letter memo post blog "
    "testimony transcript".split())


def _has_cue(text: str) -> bool:
    low = text.lower()
    return any(w.lower() in _CONTEXT_CUES for w in words(text)) or any(p in low for p in _CUE_PHRASES)


def _outside_quotes(doc: Document, span: Span, quotes) -> str:
    """The text of `span` with every quote blanked: cues inside quoted speech do not count."""
    chars = list(doc.text[span.start:span.end])
    for q in quotes:
        for i in range(max(q.span.start, span.start), min(q.span.end, span.end)):
            chars[i - span.start] = " "
    return "".join(chars)


def _paragraph_index(doc: Document, offset: int) -> int | None:
    for i, p in enumerate(doc.paragraphs):
        if p.span.start <= offset < p.span.end:
            return i
    return None


def speaker_named_nearby(doc: Document, quotes: tuple[Quote, ...], q: Quote) -> bool:
    """Whether the paragraphs around `q` supply its speaker (see the module docstring)."""
    if q.speaker_span is not None or q.continuation:
        return True
    if len(words(q.text)) < MIN_STATEMENT_WORDS:
        return True
    index = _paragraph_index(doc, q.span.start)
    if index is None or index == 0:
        return True                 # a quote opening the article is a lede device
    para = doc.paragraphs[index]
    if q.span.start != para.span.start:
        return True                 # mid-paragraph: the sentence before it carries the context
    if _marked_oddly(q, doc.text[q.span.end:para.span.end]):
        return True
    if index + 1 < len(doc.paragraphs) and _signature(doc.paragraphs[index + 1].span.of(doc.text)):
        return True
    if _has_cue(_outside_quotes(doc, Span(q.span.end, para.span.end), quotes)):
        return True                 # named later in its own paragraph
    prev = doc.paragraphs[index - 1]
    prev_text = doc.text[prev.span.start:prev.span.end].rstrip()
    if prev_text.endswith(":"):
        return True
    if _has_cue(_outside_quotes(doc, prev.span, quotes)):
        return True
    if re.search(r"[\"”]\W{0,2}$", prev_text):
        return True                 # the previous paragraph ends with a quote: a run of quotes
    if _INTRODUCES_PERSON.search(prev_text):
        return True                 # 'Ana Ruiz, 45, a nurse, came with her son.' then her words
    if index + 1 < len(doc.paragraphs) and _POINTS_BACK.match(doc.paragraphs[index + 1].span.of(doc.text)):
        return True                 # '"…"' then 'That was Ruiz's message to the crowd.'
    return False


# A name with an age after it introduces the person whose words follow (vox pops).
_INTRODUCES_PERSON = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*, \d{1,3},")
# A paragraph that opens by pointing back at the quote before it names its speaker there.
_POINTS_BACK = re.compile(r"(?:That|This|Those|These|So)(?: was| is| were| are|['’]s| said)\b")


# An attribution inside the marks: a closing mark was left out ('"…, said Pell, who …').
_INNER_ATTRIBUTION = re.compile(r"[,.!?]\s+(?:said|says|added|told|wrote)\s+[A-Z]"
                                r"|,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:said|says|added|wrote)\b")


def _marked_oddly(q: Quote, rest: str) -> bool:
    """Quote marks that do not delimit a stand-alone statement: the sentence runs on after the
    closing mark ('"…," the group said'), the attribution sits inside the marks, or the quote is
    signed on its last line ('… for America."' after a line with the name)."""
    if re.match(r"\s*(?:,|[a-z])", rest):
        return True
    if _INNER_ATTRIBUTION.search(q.text):
        return True
    lines = q.text.strip().split("\n")
    return len(lines) > 1 and len(words(lines[-1])) <= 10


def _signature(paragraph: str) -> bool:
    """'Tom Berg, Parents United."': a short line closing a quote signs it."""
    return bool(re.search(r"[\"”]\s*$", paragraph)) and len(words(paragraph)) <= 10 \
        and not re.search(r"[\"“]", paragraph.rstrip()[:-1])
