import datetime as dt
import json

from factcheck.model.result import FileResult
from factcheck.report import claimreview
from tests.report.ci_pack import registry, result_for

ARTICLE = ("---\ntitle: Budget \"news\"\ndate: 2022-04-13\nurl: https://example.org/budget\n---\n\n"
           "A wrong   figure, a fine total and a vague claim.\n")


def test_one_claim_review_per_checked_claim():
    reg = registry()
    results = [result_for(ARTICLE, reg), FileResult("x.md", error="x.md: unreadable")]
    data = json.loads(claimreview.render(results, {"today": dt.date(2024, 5, 6)}))
    assert data["@context"] == "https://schema.org"
    graph = data["@graph"]
    assert [(g["claimReviewed"], g["reviewRating"]["alternateName"], g["reviewRating"]["ratingValue"])
            for g in graph] == [("wrong figure", "inconsistent", 1), ("fine total", "consistent", 3),
                                ("vague claim", "unverifiable", 2)]
    first = graph[0]
    assert first["@type"] == "ClaimReview"
    assert first["datePublished"] == "2024-05-06"
    assert first["author"] == {"@type": "Organization", "name": "factcheck",
                               "url": "https://github.com/factcheck/factcheck"}
    assert first["reviewRating"] == {"@type": "Rating", "alternateName": "inconsistent", "ratingValue": 1,
                                     "worstRating": 1, "bestRating": 3,
                                     "ratingExplanation": "the figure is wrong"}
    assert first["itemReviewed"] == {
        "@type": "Claim", "datePublished": "2022-04-13",
        "appearance": {"@type": "CreativeWork", "name": 'Budget "news"', "url": "https://example.org/budget",
                       "datePublished": "2022-04-13"}}
    assert first["reviewBody"] == "the figure is wrong"
    assert first["keywords"] == ["TS01", "test.wrong-figure", "sum"]


def test_article_without_title_url_or_date_is_named_by_path():
    reg = registry()
    result = result_for("A wrong figure.\n", reg, path="notes/a.txt", fmt="txt", published=None)
    review = claimreview.claim_reviews([result], {"today": dt.date(2024, 1, 1)})["@graph"][0]
    assert review["itemReviewed"] == {"@type": "Claim", "appearance": {"@type": "CreativeWork", "name": "notes/a.txt"}}


def test_non_http_urls_are_not_published():
    reg = registry()
    raw = "---\ntitle: T\nurl: javascript:alert(1)\n---\n\nA wrong figure.\n"
    review = claimreview.claim_reviews([result_for(raw, reg)], {})["@graph"][0]
    assert "url" not in review["itemReviewed"]["appearance"]
    assert review["datePublished"] == dt.date.today().isoformat()
