import pytest

from factcheck.model.span import Span
from factcheck.text.read import document_from_text
from factcheck.text.segment import paragraph_spans, sentences


def split(text):
    return [s.span.of(text) for s in sentences(text, Span(0, len(text)))]


@pytest.mark.parametrize("text", [
    "Sen. Maria Lopez voted against it.",
    "The U.S. economy grew 3.5 pct in the quarter.",
    "The vote is on Nov. 8 in the state capital.",
    "The plan, No. 2 on the list, costs $2.4 bn over a decade.",
    "J. R. Smith of Acme Inc. disagreed with the board.",
    "Mr. and Mrs. Ortiz arrived at 5 p.m. with Dr. Chen.",
])
def test_abbreviations_do_not_end_sentences(text):
    assert split(text) == [text]


def test_quotes_that_end_sentences():
    text = '"We will win," she said. "Really." The count went on.'
    assert split(text) == ['"We will win," she said.', '"Really."', "The count went on."]


def test_question_inside_quote_with_attribution_after():
    text = '"Why now?" he asked. Nobody knew.'
    assert split(text) == ['"Why now?" he asked.', "Nobody knew."]


def test_dateline_stays_in_the_first_sentence():
    text = "WASHINGTON, Feb 26 - The Treasury said revenue rose. It gave no details."
    assert split(text) == ["WASHINGTON, Feb 26 - The Treasury said revenue rose.", "It gave no details."]


def test_paragraphs_from_blank_lines_and_single_line_breaks():
    text = "First para one.\nSecond para starts here.\n\nThird para has a hard\nwrapped line.\n"
    spans = [s.of(text) for s in paragraph_spans(text)]
    assert spans == ["First para one.", "Second para starts here.", "Third para has a hard\nwrapped line."]


def test_crlf_paragraphs_keep_exact_offsets():
    text = "One line.\r\n\r\nTwo line.\r\n"
    spans = paragraph_spans(text)
    assert [s.of(text) for s in spans] == ["One line.", "Two line."]


def test_a_boundary_looks_only_inside_its_paragraph():
    # The word after "U.S." decides the split; a span ending inside "The" must see only "Th".
    text = "Made in the U.S. The end came."
    cut = text.index("The") + 2
    assert [s.span.of(text) for s in sentences(text, Span(0, cut))] == ["Made in the U.S. Th"]
    assert [s.span.of(text) for s in sentences(text, Span(0, len(text)))] == [
        "Made in the U.S.", "The end came."]


def test_boundary_pattern_matches_as_the_plain_pattern():
    """_BOUNDARY starts with a character class (for speed); its matches are those of the
    plain pattern it stands for."""
    import re

    from factcheck.text.segment import _BOUNDARY

    plain = re.compile(r"""(?<![.?!])([.?!]++|…)(["'”’)\]]*+)(\s+)(?=["'“‘(\[]?[\w$£€¥-])""")
    text = ('He left... Then "Stop!" she said. Why?! "No." (Yes.) It was 3.5 pct. U.S. officials… '
            "Done.\nNext. Wait!! 'Quoted.' $5 more. -dash. [Bracket.] Sen. Ana left?  ¿Qué? .…x …. "
            "A.… B!… C…… D…! E?.! F")
    for start in range(len(text)):
        for end in (len(text), len(text) - 3, start + 9):
            assert [m.groups() + m.span() for m in _BOUNDARY.finditer(text, start, end)] == \
                [m.groups() + m.span() for m in plain.finditer(text, start, end)]


def test_one_line_blocks_give_the_lines_the_line_scan_gives():
    """_block_lines answers a block without a line break directly; the line scan agrees."""
    import re

    from factcheck.text.segment import _block_lines

    def scanned(text, bstart, bend):
        lines = [(m.start() + bstart, m.end() + bstart) for m in re.finditer(r"[^\n]+", text[bstart:bend])]
        return [(s, e) for s, e in lines if text[s:e].strip()]

    text = "One line.\n\n  \t \n\nTwo\nlines.\r\n\u00a0\nx\n"
    for bstart in range(len(text) + 1):
        for bend in range(bstart, len(text) + 1):
            assert _block_lines(text, bstart, bend) == scanned(text, bstart, bend), (bstart, bend)


def test_word_before_a_stop_is_the_plain_bounded_search():
    """_WORD_BEFORE on a slice finds the word the plain pattern finds with a bounded search."""
    import re

    from factcheck.text.segment import _WORD_BEFORE

    plain = re.compile(r"([\w.'’]+)$")
    text = "Sen. J.R. O'Neil’s U.S.-based co.\nfirm x.y.z ab_c 42 né. é"
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            fast, slow = _WORD_BEFORE.search(text[lo:hi]), plain.search(text, lo, hi)
            assert (fast and fast.group(1)) == (slow and slow.group(1)), (lo, hi)


@pytest.mark.parametrize("text, fmt", [
    ("---\ntitle: \"T\"\ndate: 2024-05-15\n---\n\nFirst one. Second one.\n\n\n\nThird para here.\n", "md"),
    ("<p>One. Two.</p><p>Three.</p><div>Four. Five.</div>", "html"),
    ("Only one line", "txt"),
    ("", "txt"),
    ("\n\n\nA.\n\nB. C.\n\n", "txt"),
])
def test_paragraph_and_sentence_at_agree_with_a_scan(text, fmt):
    doc = document_from_text(text, fmt=fmt)
    for offset in range(-1, len(doc.text) + 2):
        scanned = next((p for p in doc.paragraphs if p.span.start <= offset < p.span.end), None)
        assert doc.paragraph_at(offset) is scanned
        sentence = doc.sentence_at(offset)
        assert sentence is next((s for s in doc.sentences if s.span.start <= offset < s.span.end), None)
