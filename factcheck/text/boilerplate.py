"""Blocks that are not part of the article: trailing headline lists, bylines,
"Related:" lists, share/copyright lines. They are reported as skipped and never checked."""
from __future__ import annotations

import re

from factcheck.model.document import Paragraph, SkippedBlock
from factcheck.model.span import Span

_BYLINE = re.compile(r"^\s*(?:By|BY|Written by|Reporting by|Editing by|Additional reporting by)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|in))*\s*[;,]?.{0,60}$")
_RELATED = re.compile(r"^\s*(?:Related|Read more|Read also|See also|More from|Also read|Recommended|Most read|Trending)\b\s*[:\-–—]?", re.I)
_FOOTER = re.compile(r"^\s*(?:©|\(c\)|Copyright\b|All rights reserved|Follow us\b|Share this\b|Sign up\b|Subscribe\b)", re.I)
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "as", "by",
                "with", "over", "into", "from", "after", "amid", "vs", "is", "be", "its", "up"}


def _headline_like(text: str) -> bool:
    line = text.strip()
    if not line or len(line) > 160 or "\n" in line:
        return False
    if re.search(r"[.!?:;,]\s*[\"'”’]?$", line):
        return False
    words = re.findall(r"[\w'’.-]+", line)
    if len(words) < 3:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capped = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return capped / len(content) >= 0.75


def split_boilerplate(text: str, paras: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[SkippedBlock, ...]]:
    """Return (article paragraphs, skipped blocks)."""
    keep = list(paras)
    skipped: list[SkippedBlock] = []

    # A run of three or more headline-like lines at the end of the article.
    run = 0
    while run < len(keep) and _headline_like(keep[len(keep) - 1 - run].span.of(text)):
        run += 1
    if run >= 3 and run < len(keep):
        block = keep[len(keep) - run:]
        skipped.append(SkippedBlock(Span(block[0].span.start, block[-1].span.end),
                                    f"{run} trailing headlines not part of the article"))
        keep = keep[: len(keep) - run]

    out = []
    in_related = False
    for p in keep:
        line = p.span.of(text)
        if _RELATED.match(line):
            skipped.append(SkippedBlock(p.span, "related-links list"))
            in_related = len(line.strip()) < 40
            continue
        if in_related and _headline_like(line):
            skipped.append(SkippedBlock(p.span, "related-links list"))
            continue
        in_related = False
        if _BYLINE.match(line) and len(line) < 120:
            skipped.append(SkippedBlock(p.span, "byline"))
            continue
        if _FOOTER.match(line) and len(line) < 200:
            skipped.append(SkippedBlock(p.span, "copyright or sharing line"))
            continue
        out.append(p)
    skipped.sort(key=lambda b: b.span.start)
    return tuple(out), tuple(skipped)
