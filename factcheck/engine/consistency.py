"""Functions for consistency rules: the same thing stated two ways in one article.

"a $800 million package" early on and "the $750 million package" later name
one package with two figures. The definite article is what makes the later
mention a reference back; the earlier mention must be the only figure the
article gave that noun, and neither may be marked as another one ("the first",
"a new", "another"), or the claim is not made at all: precision first.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.dsl.expr import context_function
from factcheck.model.facts import Quantity

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


FUNCTIONS: dict[str, Callable] = {"earlier_figure": earlier_figure}
