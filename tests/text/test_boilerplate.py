from factcheck.text.read import document_from_text

ARTICLE = (
    "The council approved the budget on Monday after a long debate.\n"
    "Members said the plan would be reviewed next year.\n"
    "\n\n"
    "Storm Floods Coastal Towns as Rivers Burst Their Banks\n"
    "Markets Rally After Central Bank Holds Rates Steady\n"
    "Local Team Wins Championship in Overtime Thriller\n"
)


def test_trailing_headlines_are_skipped_and_reported():
    doc = document_from_text(ARTICLE, path="a.txt")
    assert [p.span.of(doc.text) for p in doc.paragraphs] == [
        "The council approved the budget on Monday after a long debate.",
        "Members said the plan would be reviewed next year.",
    ]
    (block,) = doc.skipped
    assert block.reason == "3 trailing headlines not part of the article"
    assert block.span.of(doc.text).startswith("Storm Floods")
    assert block.span.of(doc.text).endswith("Overtime Thriller")


def test_two_short_title_lines_are_not_a_headline_block():
    text = "The board met.\n\nIt Was A Long Day\nAnd A Longer Night Ahead\n"
    doc = document_from_text(text, path="a.txt")
    assert doc.skipped == ()


def test_byline_and_related_list():
    text = "By Jane Doe\n\nThe plan passed on Tuesday.\n\nRelated:\nCity Council Approves New Park Plan\n"
    doc = document_from_text(text, path="a.txt")
    assert [b.reason for b in doc.skipped] == ["byline", "related-links list", "related-links list"]
    assert [p.span.of(doc.text) for p in doc.paragraphs] == ["The plan passed on Tuesday."]
