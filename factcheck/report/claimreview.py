"""schema.org ClaimReview as JSON-LD: what fact-checkers publish so search engines and
fact-check databases can read a verdict.

One ClaimReview per checked claim, every verdict included. reviewRating.alternateName
is the verdict word ("inconsistent", "unverifiable", "consistent"), with a numeric
ratingValue on a 1-3 scale (1 inconsistent, 2 unverifiable, 3 consistent) for
consumers that want a number. itemReviewed is a Claim whose appearance is the
article (its front-matter `url` when it has one, its title and publication date).
datePublished is the day of the check. Files that could not be read produce nothing.
"""
from __future__ import annotations

import datetime as dt

from factcheck.model.verdict import Verdict
from factcheck.report import indented_json

ORGANIZATION = {"@type": "Organization", "name": "factcheck", "url": "https://github.com/factcheck/factcheck"}
_RATING = {Verdict.INCONSISTENT: 1, Verdict.UNVERIFIABLE: 2, Verdict.CONSISTENT: 3}


def _article(result) -> dict:
    doc = result.document
    article = {"@type": "CreativeWork", "name": doc.title or result.path}
    url = doc.front_matter.get("url") if isinstance(doc.front_matter, dict) else None
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        article["url"] = url
    if doc.published:
        article["datePublished"] = doc.published.isoformat()
    return article


def claim_review(result, claim, today: dt.date) -> dict:
    article = _article(result)
    item = {"@type": "Claim", "appearance": article}
    if "datePublished" in article:
        item["datePublished"] = article["datePublished"]
    return {
        "@type": "ClaimReview",
        "claimReviewed": " ".join(claim.text.split()),
        "reviewBody": claim.message,
        "reviewRating": {"@type": "Rating", "alternateName": claim.verdict.value,
                         "ratingValue": _RATING[claim.verdict], "worstRating": 1, "bestRating": 3,
                         "ratingExplanation": claim.message},
        "itemReviewed": item,
        "datePublished": today.isoformat(),
        "author": dict(ORGANIZATION),
        "keywords": [claim.rule, claim.name, claim.kind.value],
    }


def claim_reviews(results, options) -> dict:
    today = options.get("today") or dt.date.today()
    graph = [claim_review(r, c, today) for r in results if r.document is not None for c in r.claims]
    return {"@context": "https://schema.org", "@graph": graph}


def render(results, options) -> str:
    return indented_json.dumps(claim_reviews(results, options))
