"""Functions for consistency rules: the same thing stated two ways in one article.

"a $800 million package" early on and "the $750 million package" later name
one package with two figures. The definite article is what makes the later
mention a reference back; the earlier mention must be the only figure the
article gave that noun, and neither may be marked as another one ("the first",
"a new", "another"), or the claim is not made at all: precision first.

A person's age is read where copy gives it beside the name ("Maria Gonzalez, 45,",
"the 47-year-old Gonzalez"), and only in a sentence that is about the present: a
year, "then" or "when" in it may put the age at another time.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.dsl.expr import context_function
from factcheck.extract.people import surname_of
from factcheck.model.facts import Mention, Quantity

# Words before a figure that say it is a different one of its kind.
_OTHER = re.compile(r"\b(?:first|second|third|previous|earlier|last|new|latest|next|another|additional|"
                    r"separate|other|similar|initial|original|revised|each|every|per|one|two|three)\s+$",
                    re.I)
_NOUN_AFTER = r"(?:-|\s+)(?:{noun})\b"


def _followed_by(text: str, q: Quantity, noun: str) -> bool:
    return re.match(_NOUN_AFTER.format(noun=re.escape(noun)), text[q.span.end:q.span.end + len(noun) + 3],
                    re.I) is not None


def _marked_other(text: str, q: Quantity) -> bool:
    return _OTHER.search(text[max(0, q.span.start - 30):q.span.start]) is not None


@context_function
def earlier_figure(context, q: Quantity, noun: str):
    """The figure an earlier mention gave the same thing ("a $800 million package" for
    "the $750 million package"), or none when there is no single such mention."""
    doc = context.doc
    text = doc.text
    if not isinstance(q, Quantity) or _marked_other(text, q):
        return None
    earlier = [e for e in context.facts.quantities
               if e.span.end <= q.span.start and e.kind == q.kind and e.unit == q.unit
               and _followed_by(text, e, noun) and not doc.in_skipped(e.span)]
    if not earlier or any(_marked_other(text, e) for e in earlier):
        return None
    if len({(e.value, e.precision) for e in earlier}) > 1:
        return None          # the article already gave several figures: which one is meant is unclear
    return earlier[-1]


# "Maria Gonzalez, 45,", "Gonzalez (45)", "Gonzalez, aged 45": right after the name.
_AGE_AFTER = re.compile(r",[ \t]*(?:aged[ \t]+)?(\d{1,3}),|[ \t]*\((\d{1,3})\)|,[ \t]*aged[ \t]+(\d{1,3})\b")
# "the 47-year-old Gonzalez", "the 47-year-old chief executive, Maria Gonzalez": before it.
_AGE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+(\d{1,3})-year-old[ \t]+(?:[\w.'-]+,?[ \t]+){0,3}$")
# Words that may put an age at another time than the article's.
_OTHER_TIME = re.compile(r"\b(?:1\d{3}|20\d{2}|then|when|at the time|at age|ago)\b", re.I)


def _age_beside(context, m: Mention) -> int | None:
    # The age patterns first: most mentions have no age beside them, and those two anchored
    # matches are all they cost.
    if m.anonymous:
        return None
    text = context.doc.text
    after = _AGE_AFTER.match(text, m.span.end)
    if after:
        age = int(next(g for g in after.groups() if g))
    else:
        start = min(m.span.start, m.title_span.start) if m.title_span else m.span.start
        before = _AGE_BEFORE.search(text, max(0, start - 80), start)
        if before is None:
            return None
        age = int(before.group(1))
    sentence = context.doc.sentence_at(m.span.start)
    if sentence is None or _OTHER_TIME.search(text, sentence.span.start, sentence.span.end):
        return None
    if not after and before.start() < sentence.span.start:
        return None                  # "the 45-year-old" ended the sentence before
    if any(q.span.start <= m.span.start and m.span.end <= q.span.end for q in context.facts.quotes):
        return None                  # quoted words are reproduced as spoken
    return age


def _one_person_named(context, m: Mention) -> bool:
    """No one else in the article has m's surname: "the 47-year-old Gonzalez" is then m."""
    surname = surname_of(m.name)
    return all(o.name == m.name for o in context.facts.people
               if not o.anonymous and surname_of(o.name) == surname)


@context_function
def stated_age(context, p: Mention) -> int | None:
    """The age given beside this mention of a person, or none."""
    if not isinstance(p, Mention):
        return None
    return _age_beside(context, p)


@context_function
def earlier_age(context, p: Mention) -> int | None:
    """The age an earlier mention of the same person gave, or none (also none when another
    person in the article shares the surname, or the earlier mentions disagree already)."""
    if not isinstance(p, Mention) or p.anonymous or not _one_person_named(context, p):
        return None
    ages = {_age_beside(context, o) for o in context.facts.people
            if o.name == p.name and o.span.end <= p.span.start} - {None}
    return ages.pop() if len(ages) == 1 else None


FUNCTIONS: dict[str, Callable] = {"earlier_figure": earlier_figure, "stated_age": stated_age,
                                  "earlier_age": earlier_age}
