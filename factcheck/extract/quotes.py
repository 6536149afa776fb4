"""Direct quotes and who said them.

`extract_quotes(doc)` finds every double-quoted stretch (quote_marks.py),
reads the attribution next to it (speakers.py) and resolves the speaker
(resolve.py).  A quote with no attribution of its own takes its speaker from
the quote it continues (the same paragraph, or a quote left open at the end
of the previous paragraph), or from a later quote in its paragraph.  Short
quoted terms with no cue (scare quotes, titles, nicknames) are not quotes of
a speaker and are dropped.
"""
from __future__ import annotations

import re

from factcheck.extract.people import extract_people
from factcheck.extract.quote_marks import Quoted, find_quoted
from factcheck.extract.resolve import is_person_mention, resolve
from factcheck.extract.speakers import (Attribution, attribution_after, attribution_any_verb, attribution_before,
                                        subject_of)
from factcheck.extract.speech_words import PRONOUNS
from factcheck.model.document import Document
from factcheck.model.facts import Mention, Quote
from factcheck.model.span import Span

# Fewer words than this with no cue is a term, not speech.
MIN_SPEECH_WORDS = 4


def _sentence_span(doc: Document, offset: int) -> Span | None:
    sentence = doc.sentence_at(offset)
    return sentence.span if sentence else None


def _contexts(doc: Document, quoted: list[Quoted], k: int) -> tuple[Span, Span]:
    """(before, after): the text around quote k within its sentence, up to its neighbours."""
    q = quoted[k]
    para = doc.paragraphs[q.paragraph].span
    prev_end = quoted[k - 1].span.end if k > 0 and quoted[k - 1].paragraph == q.paragraph else para.start
    next_start = (quoted[k + 1].span.start if k + 1 < len(quoted) and quoted[k + 1].paragraph == q.paragraph
                  else para.end)
    first = _sentence_span(doc, q.span.start) or para
    before = Span(min(max(first.start, prev_end), q.span.start), q.span.start)
    end = (_sentence_span(doc, q.span.end - 1) or para).end
    if not doc.text[q.span.end:end].strip() and not doc.text[first.start:q.span.start].strip():
        # The quote is its whole sentence: '"…." Kirby said on Monday.' reads on into the next
        # one. A quote that ends a sentence of its own ('Sanders said that he had "…."') has
        # its attribution there, and the next sentence is about something else.
        following = _next_sentence(doc, q.paragraph, end)
        end = following.end if following else end
    after = Span(q.span.end, max(q.span.end, min(end, next_start)))
    return before, after


def _next_sentence(doc: Document, paragraph: int, offset: int) -> Span | None:
    for s in doc.paragraphs[paragraph].sentences:
        if s.span.start >= offset:
            return s.span
    return None


def _intro_before(doc: Document, q: Quoted) -> Attribution | None:
    """'Kirby said:' closing the previous paragraph introduces a quote opening this one."""
    para = doc.paragraphs[q.paragraph]
    if q.paragraph == 0 or q.span.start != para.span.start:
        return None
    prev = doc.paragraphs[q.paragraph - 1]
    if not prev.sentences or not doc.text[prev.span.start:prev.span.end].rstrip().endswith(":"):
        return None
    return attribution_before(doc.text, prev.sentences[-1].span)


def _is_source(text: str, span: Span, people: tuple[Mention, ...]) -> bool:
    return is_person_mention(span.of(text)) or any(span.contains(m.span) or m.span.contains(span) for m in people)


def _with_speakers(text: str, people: tuple[Mention, ...], attributions: list[Attribution],
                   outside: list[Span]) -> tuple[Mention, ...]:
    """People plus named speakers the people finder missed ('said Okoro'), so that a later
    'he said' can resolve to them."""
    extra = {}
    for a in attributions:
        phrase = a.speaker_span.of(text)
        if not phrase[:1].isupper() or phrase.lower() in PRONOUNS or a.speaker_span in extra:
            continue
        if any(a.speaker_span.overlaps(m.span) for m in people):
            continue
        name, anonymous = resolve(text, a.speaker_span, people, outside, "")
        if name and not anonymous and name[:1].isupper():
            # a name ('said Okoro'), not a description ('The retired surgeon' -> 'surgeon')
            extra[a.speaker_span] = Mention(span=a.speaker_span, name=name)
    return tuple(sorted((*people, *extra.values()), key=lambda m: (m.span.start, m.span.end)))


def _word_count(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


def _title_like(text: str) -> bool:
    """'The Long Road Home': a title of a work, every content word capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    content = [w for w in words if len(w) > 3]
    return bool(content) and all(w[:1].isupper() for w in content) and not re.search(r"[.!?,]\s*$", text)


def _speech_like(text: str) -> bool:
    return _word_count(text) >= MIN_SPEECH_WORDS and not _title_like(text)


def extract_quotes(doc: Document, people: tuple[Mention, ...] | None = None) -> tuple[Quote, ...]:
    """Direct quotes in the article's paragraphs, sorted by position, with their speakers."""
    text = doc.text
    quoted = find_quoted(doc)
    if people is None:
        people = extract_people(doc)
    own: list[Attribution | None] = []
    for k, q in enumerate(quoted):
        before, after = _contexts(doc, quoted, k)
        ahead = attribution_before(text, before) if before.end > before.start else None
        attribution = None
        if ahead is None or not ahead.adjacent:
            attribution = attribution_after(text, after) if q.closed and after.end > after.start else None
        attribution = attribution or ahead
        if attribution is None and q.closed and text[q.inner.end - 1:q.inner.end] in (",", "?", "!"):
            # '"…," the growers grumble …': a quote ending on a comma runs on into its attribution.
            attribution = attribution_any_verb(text, after)
        if attribution is None:
            attribution = _intro_before(doc, q)
        if attribution is None and before.end > before.start:
            # A quote inside a clause with no verb of saying: its subject is the likeliest source.
            subject = subject_of(text, before) if not _title_like(q.inner.of(text)) else None
            if subject is not None and _is_source(text, subject, people):
                attribution = Attribution(subject, None, None)
        own.append(attribution)

    speech_like = [_speech_like(q.inner.of(text)) for q in quoted]
    chosen: list[tuple[Attribution | None, bool]] = []
    for k, q in enumerate(quoted):
        attribution, continuation = own[k], False
        speech = speech_like[k]
        previous = chosen[k - 1][0] if k > 0 else None
        if attribution is not None and previous is not None and attribution.cue_span is not None \
                and attribution.cue_span == previous.cue_span:
            continuation = True         # '"We will," he said, "and soon."': one attribution, two parts
        elif attribution is None and previous is not None and previous.cue is not None and (
                q.continues or quoted[k - 1].paragraph == q.paragraph and speech):
            attribution, continuation = previous, True
        elif q.continues:
            continuation = True         # a multi-paragraph quote, even when its speaker is not known
        if attribution is None and speech:
            attribution = next((own[j] for j in range(k + 1, len(quoted))
                                if quoted[j].paragraph == q.paragraph and own[j] is not None
                                and own[j].cue is not None), None)
        chosen.append((attribution, continuation))

    outside = [q.span for q in quoted]
    candidates = _with_speakers(text, people, [a for a, _ in chosen if a is not None], outside)
    out: list[Quote] = []
    for q, (attribution, continuation), speech in zip(quoted, chosen, speech_like):
        words = q.inner.of(text)
        if attribution is None and not continuation and not speech:
            continue
        if attribution is None:
            out.append(Quote(span=q.span, text=words, continuation=continuation))
            continue
        sentence = _sentence_span(doc, attribution.speaker_span.start)
        name, anonymous = resolve(text, attribution.speaker_span, candidates, outside,
                                  sentence.of(text) if sentence else "")
        out.append(Quote(span=q.span, text=words, speaker=name, speaker_span=attribution.speaker_span,
                         cue=attribution.cue, cue_span=attribution.cue_span, anonymous=anonymous,
                         via=attribution.via, continuation=continuation))
    return tuple(sorted(out, key=lambda x: (x.span.start, x.span.end)))
