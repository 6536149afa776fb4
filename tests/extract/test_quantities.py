import pytest

from factcheck.extract.quantities import extract_quantities
from factcheck.model.facts import QuantityKind as K
from factcheck.text.read import document_from_text


def facts(text):
    doc = document_from_text(text, fmt="txt")
    out = []
    for q in extract_quantities(doc):
        assert q.span.of(doc.text) == q.text
        out.append((q.span.start, q.text, q.value, q.kind, q.unit))
    return out


def only(text):
    (q,) = extract_quantities(document_from_text(text, fmt="txt"))
    return q


def test_money_percent_and_count_with_exact_spans():
    assert facts("Sales rose 25 pct to 50 mln dlrs, and 120 members voted.") == [
        (11, "25 pct", 25.0, K.PERCENT, "%"),
        (21, "50 mln dlrs", 50e6, K.MONEY, "USD"),
        (38, "120 members", 120.0, K.COUNT, None),
    ]


@pytest.mark.parametrize("text, value, unit, precision", [
    ("It gave $2.4 billion.", 2.4e9, "USD", 0.05e9),
    ("It gave US$3m.", 3e6, "USD", 0.5e6),
    ("It gave £3bn.", 3e9, "GBP", 0.5e9),
    ("It gave €12.5 mln.", 12.5e6, "EUR", 0.05e6),
    ("It gave 800 mln stg.", 800e6, "GBP", 0.5e6),
    ("It gave 1.2 mln Canadian dlrs.", 1.2e6, "CAD", 0.05e6),
    ("It earned 12 billion dirhams.", 12e9, "dirhams", 0.5e9),
    ("Reserves were 42.50 billion crowns.", 42.5e9, "crowns", 0.005e9),
    ("It climbed 69 cents.", 0.69, "USD", 0.005),
    ("Profit was 32 cts a share.", 0.32, "USD", 0.005),
    ("It paid 1.80 dlr a share.", 1.8, "USD", 0.005),
])
def test_money(text, value, unit, precision):
    q = only(text)
    assert (q.kind, q.value, q.unit) == (K.MONEY, pytest.approx(value), unit)
    assert q.precision == pytest.approx(precision)


@pytest.mark.parametrize("text, figure, kind, unit, value", [
    ("It rose 3 percentage points.", "3 percentage points", K.POINTS, "pp", 3.0),
    ("The index fell 91.62 points.", "91.62 points", K.POINTS, "points", 91.62),
    ("Rates rose 25 basis points.", "25 basis points", K.POINTS, "bp", 25.0),
    ("It rose 4.5 per cent.", "4.5 per cent", K.PERCENT, "%", 4.5),
    ("It rose 30%.", "30%", K.PERCENT, "%", 30.0),
    ("The house has 8,000 sq ft.", "8,000 sq ft", K.MEASURE, "sq ft", 8000.0),
    ("They shipped 3,000 tonnes.", "3,000 tonnes", K.MEASURE, "tonnes", 3000.0),
    ("It was 72°F outside.", "72°F", K.MEASURE, "°F", 72.0),
    ("It traded 2.4 mln shares.", "2.4 mln shares", K.COUNT, None, 2.4e6),
])
def test_units(text, figure, kind, unit, value):
    q = only(text)
    assert (q.text, q.kind, q.unit, q.value) == (figure, kind, unit, pytest.approx(value))


def test_counted_noun_is_recorded():
    assert only("It traded 2.4 mln shares.").noun == "shares"


@pytest.mark.parametrize("text, figure, value", [
    ("They ate a dozen eggs.", "a dozen eggs", 12.0),
    ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3),
    ("Three in 10 adults agreed.", "Three in 10 adults", 0.3),
    ("Half of them agreed.", "Half", 0.5),
    ("It was a little less than half.", "half", 0.5),
    ("It hired twenty-five engineers.", "twenty-five engineers", 25.0),
    ("It cost a million dollars.", "a million dollars", 1e6),
])
def test_number_words(text, figure, value):
    q = only(text)
    assert (q.text, q.value, q.words) == (figure, pytest.approx(value), True)


@pytest.mark.parametrize("text, hedge, figure", [
    ("It cost more than $5 million.", "more than", "$5 million"),
    ("It cost nearly $5 million.", "nearly", "$5 million"),
    ("It cost a little less than $5 million.", "a little less than", "$5 million"),
    ("About 120 members voted.", "about", "120 members"),
    ("It cost up to $5 million.", "up to", "$5 million"),
    ("It cost just over $5 million.", "just over", "$5 million"),
])
def test_hedge_is_recorded_outside_the_span(text, hedge, figure):
    q = only(text)
    assert (q.hedge, q.text) == (hedge, figure)


@pytest.mark.parametrize("text, figure, value, upper", [
    ("It will cost $3m to $5m.", "$3m to $5m", 3e6, 5e6),
    ("Prices may rise 3-5 pct.", "3-5 pct", 3.0, 5.0),
    ("It costs between 10 and 12 mln dlrs.", "10 and 12 mln dlrs", 10e6, 12e6),
])
def test_ranges(text, figure, value, upper):
    q = only(text)
    assert (q.text, q.value, q.upper) == (figure, pytest.approx(value), pytest.approx(upper))


def test_from_to_is_two_figures_not_a_range():
    assert [f[1] for f in facts("Profit rose from $3m to $5m.")] == ["$3m", "$5m"]


def test_change_amount_and_level_are_not_a_range():
    assert [f[1] for f in facts("Income was up 2.0 pct or 40.0 billion dlrs to 2,040.0 billion dlrs.")] == [
        "2.0 pct", "40.0 billion dlrs", "2,040.0 billion dlrs"]


def test_negative():
    q = only("Growth was -1.5 pct.")
    assert (q.text, q.value, q.negative) == ("-1.5 pct", 1.5, True)


def test_bare_scaled_figure_inherits_the_unit_of_earlier_money():
    got = extract_quantities(document_from_text(
        "The deficit narrowed to 14 billion dlrs in 1991 from 17.5 billion in 1990.", fmt="txt"))
    assert [(q.text, q.kind, q.unit, q.unit_inherited) for q in got] == [
        ("14 billion dlrs", K.MONEY, "USD", False),
        ("17.5 billion", K.MONEY, "USD", True),
    ]


def test_the_latest_donor_gives_its_unit_and_an_inherited_figure_gives_none():
    got = extract_quantities(document_from_text(
        "Sales rose to 9 mln dlrs from 7 mln, while costs of 3 mln tonnes fell from 4 mln.", fmt="txt"))
    assert [(q.text, q.unit, q.unit_inherited) for q in got] == [
        ("9 mln dlrs", "USD", False), ("7 mln", "USD", True),
        ("3 mln tonnes", "tonnes", False), ("4 mln", "tonnes", True),
    ]


def test_unit_inheritance_looks_at_each_figure_once(monkeypatch):
    # A sentence of many bare scaled figures and no figure to inherit from used to make
    # every figure search all the earlier ones (quadratic: a 140 KB run of them took over
    # the time budget). Counting the scale look-ups pins the single pass down without timing.
    import factcheck.extract.quantities as quantities

    calls = []
    real = quantities._scaled
    monkeypatch.setattr(quantities, "_scaled", lambda q: calls.append(q) or real(q))
    text = "Output rose 12 pct to 45 mln from 40 mln " * 60
    got = extract_quantities(document_from_text(text.strip() + ".", fmt="txt"))
    figures = [q for q in got if "mln" in q.text]
    assert len(figures) == 120 and not any(q.unit_inherited for q in figures)
    assert len(calls) <= len(got)


@pytest.mark.parametrize("text", [
    "It happened in 1999.",
    "The Boeing 747 landed.",
    "COVID-19 spread.",
    "The F-16 flew.",
    "A 32-bit chip.",
    "The G7 met.",
    "He ran Section 8 housing.",
    "They were ranked No. 2 nationally.",
    "It upgraded to Windows 10 quickly.",
    "Trading opened at 0800 GMT.",
    "They meet at 5 p.m. today.",
    "The fair opens on April 13.",
    "He finished 1st overall.",
    "Call 555-1234 now.",
    "The 1987/88 season ended.",
    "No one came.",
    "They scored in the second half.",
    "He ran half a mile.",
    "It sold three-month bills.",
    "Apple unveiled the iPhone 4 today.",
    "Owners may upgrade to a model 450 soon.",
    "Sales were four-fifths higher.",
])
def test_not_quantities(text):
    assert facts(text) == []


def test_tranche_year_is_not_a_quantity_but_its_rate_is():
    assert [f[1] for f in facts("It sold 3.2 billion for the 7.25 pct 2011 tranche.")] == [
        "3.2 billion", "7.25 pct"]


def test_wire_table_cents():
    assert facts("Shr 32 cts vs 28 cts") == [
        (4, "32 cts", 0.32, K.MONEY, "USD"), (14, "28 cts", 0.28, K.MONEY, "USD")]


def test_only_paragraph_text_and_offsets_into_the_file():
    text = "---\ntitle: x\ndate: 2022-04-01\n---\n\nIt rose 12 pct.\n"
    doc = document_from_text(text, fmt="md")
    (q,) = extract_quantities(doc)
    assert (q.span.start, q.text) == (text.index("12 pct"), "12 pct")


def test_written_out_percent_is_rounded_like_digits():
    q = only("Ten percent of them agreed.")
    assert (q.text, q.value, q.precision, q.kind) == ("Ten percent", 10.0, 0.5, K.PERCENT)


def test_quote_shorthand_is_not_a_range():
    assert facts("It was quoted at 1.4512-4519 dollars.") == []


def test_figure_match_is_what_the_pyparsing_regex_element_gave():
    """parse_figure_at matches FIGURE_PATTERN itself; pyparsing's Regex(as_match) through
    parse_string gave the same match (on text without tabs, which parse_string expanded)."""
    import pyparsing as pp

    from factcheck.extract.quantities_grammar import FIGURE_PATTERN, parse_figure_at

    element = pp.Regex(FIGURE_PATTERN, as_match=True).leave_whitespace()

    def through_pyparsing(text, pos):
        try:
            match = element.parse_string(text[pos:pos + 120], parse_all=False)[0]
        except pp.ParseException:
            return None
        fields = {k: v for k, v in match.groupdict().items() if v}
        if "scale_letter" in fields:
            fields["scale"] = fields.pop("scale_letter")
        return match.start() + pos, fields, match.end() + pos

    text = ("It paid $2.4 billion, about 12 pct more; US$3m and C$ 40 dlrs, two-thirds of them, "
            "a dozen members, three in 10 voters, minus 5 points, 6,833.59 points, -3.5%, .5 per cent, "
            "twenty-five  shares, half the staff, Rs. 40 lakh, 1,00 and 12,345,678.9 tonnes, ")
    for pos in range(len(text)):
        assert parse_figure_at(text, pos) == through_pyparsing(text, pos), text[pos:pos + 20]


def test_a_tab_inside_a_figure_is_white_space_and_its_span_ends_with_the_figure():
    sentence = "It paid 12\tpct more and $2.4\tbillion in fees, and a dozen\t\tmembers left."
    with_tabs = facts(sentence)                       # facts() checks each span against its text
    assert [text for _, text, _, _, _ in with_tabs] == ["12\tpct", "$2.4\tbillion", "a dozen\t\tmembers"]
    # read as if the tabs were spaces: same places, values, kinds and units
    with_spaces = facts(sentence.replace("\t", " "))
    assert [(start, value, kind, unit) for start, _, value, kind, unit in with_tabs] == \
        [(start, value, kind, unit) for start, _, value, kind, unit in with_spaces]


def test_candidate_prefilter_keeps_every_candidate():
    """A sentence is scanned for digit candidates only when it has a digit, a currency sign
    or a code; the scan itself decides the rest, so the result is the full scan's."""
    from factcheck.extract import quantities as q

    def full_scan(sentence):
        starts = [m.start() for m in q._DIGIT_CANDIDATE.finditer(sentence)]
        for m in q._WORD.finditer(sentence):
            word = m.group().lower()
            if word in q._WORD_STARTS and (word != "a" or q._A_FIGURE.match(sentence, m.end())):
                starts.append(m.start())
        return sorted(starts)

    for sentence in ("No figures here at all.", "It cost Rs. forty lakh.", "Prices in USD rose.",
                     "A €-denominated bond, a £ sign and ¥ alone.", "US$ and HK$ quotes.",
                     "The CAD and AUD fell; GBP, JPY, CHF and EUR rose.", "Two-thirds said a dozen.",
                     "−٣ is an Arabic-Indic three.", "It was -.5 and .25 and 3.", "Brs and CADs."):
        assert q._candidates(sentence) == full_scan(sentence), sentence


def test_word_candidates_are_the_start_words_of_the_word_scan():
    """_word_candidates (one regex search) gives the places of the per-word scan it replaced:
    whole ASCII-letter words in any case, not after a word character or "-", "a" only before
    a figure word; at the sentence's start too."""
    import itertools

    from factcheck.extract import quantities as q

    def per_word(sentence):
        starts = []
        for m in q._WORD.finditer(sentence):
            word = m.group().lower()
            if word in q._WORD_STARTS and (word != "a" or q._A_FIGURE.match(sentence, m.end())):
                starts.append(m.start())
        return starts

    pieces = ["a", "A", "an", "one", "ONE", "Twenty", "twenty-one", "half", "Minus", "tens", "fortyish",
              " ", "\t", "-", "_", "x", "7", "é", "\u212a", "ſeven", ".", "'", " dozen", " Dozen", "\nmillion"]
    for parts in itertools.product(pieces, repeat=3):
        sentence = "".join(parts)
        assert q._word_candidates(sentence) == per_word(sentence), sentence
    for sentence in ("A dozen eggs, a third of them and a\tbillion more.", "Seventy-two said seven-ish.",
                     "Eighteen or ONE HUNDRED; non-one, co-two, x-three, 5five, naïve nine."):
        assert q._word_candidates(sentence) == per_word(sentence), sentence


def test_hedge_and_word_before_fast_forms_agree_with_the_plain_searches():
    """_hedge_before skips _HEDGE_BEFORE's search only where it cannot match, and the
    look-behind in _WORD_BEFORE leaves its first match as the plain pattern's."""
    import itertools
    import re

    from factcheck.extract import quantities as q

    plain_word_before = re.compile(r"([A-Za-z]+)\.?\s+$")
    pieces = ["more than", "MORE  THAN", "less\nthan", "up to", "some", "ſome", "approx.", "about",
              "x", "bout", "of", "Nos.", "is", ".", "-", "\u00a0", " ", "  ", "\n", "\t", "é", "5"]
    for parts in itertools.product(pieces, repeat=3):
        text = "".join(parts)
        for start, end in ((0, len(text)), (2, len(text)), (0, len(text) - 1), (3, len(text) - 2)):
            if 0 <= start <= end:
                fast, plain = q._hedge_before(text, start, end), q._HEDGE_BEFORE.search(text, start, end)
                assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1))), \
                    (text, start, end)
        fast, plain = q._WORD_BEFORE.search(text), plain_word_before.search(text)
        assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1))), text


def test_candidate_patterns_match_as_without_their_lookahead():
    """The character-class look-aheads in front of these patterns only repeat what the rest
    requires (they are there for speed): the matches are those of the patterns without them."""
    import re

    from factcheck.extract import quantities, quantities_ranges

    text = ("Shares rose 3-5 pct to $2.4-3 bln, US$ 40, HK$5, NZ$ 1, C$3, A$2, S$1, NT$9, R$4, U.S.$7; "
            "USD 40 and EUR, GBP, JPY, CHF, CAD, AUD, Rs. 5; -3, −4, -$5, .5, 1,000-2,000 and x3-4, "
            "v1.2-3, a,4-5, $-3, £4, €5, ¥6, 1987/88, 555-1234, 12–14 and ٣-٤.")
    for pattern, lookahead in ((quantities._DIGIT_CANDIDATE, "(?=[-−$£€¥.\\dUCAHNSREGJ])"),
                               (quantities_ranges._HYPHEN_RANGE, "(?=\\d)")):
        assert pattern.pattern.startswith(lookahead)
        plain = re.compile(pattern.pattern[len(lookahead):])
        for start in range(len(text)):
            assert [m.span() for m in pattern.finditer(text, start)] == \
                [m.span() for m in plain.finditer(text, start)]


def test_a_sentence_without_candidates_or_hyphens_has_no_quantities_either_way():
    """quantities_in returns [] at once when no figure can start and there is no hyphen; the
    steps it skips (ranges of the figures, hyphen ranges) give [] for such sentences too."""
    from factcheck.extract import quantities as q
    from factcheck.extract.quantities_ranges import hyphen_ranges, join_ranges
    from factcheck.model.span import Span

    skipped = 0
    for sentence in ("The minister spoke at length.", "A2 and B52 bombers.", "Lost none, won no seat.",
                     "Codes x1\u2014x3 and y4/y6.", "It rose 3 pct.", "A 3-4 pct rise."):
        if q._candidates(sentence) or "-" in sentence or "\u2013" in sentence:
            continue
        skipped += 1
        assert q.quantities_in(sentence, Span(0, len(sentence))) == []
        assert join_ranges(sentence, []) == []
        assert hyphen_ranges(sentence, lambda at: q._figure_at(sentence, at)) == []
    assert skipped == 4


def test_name_mark_search_needs_a_hash_or_no():
    """_not_a_quantity runs _NAME_MARK_BEFORE only on text with "#" or "No": without one it
    finds nothing."""
    import itertools

    from factcheck.extract import quantities as q

    pieces = ["No.", "Nos", "no.", "NO", "#", "N", "o", " ", "\n", ".", "x", "Noon"]
    for parts in itertools.product(pieces, repeat=3):
        before = "".join(parts) + " "
        if q._NAME_MARK_BEFORE.search(before):
            assert "#" in before or "No" in before, before


@pytest.mark.parametrize("text, figure, value, unit", [
    ("They built a 10-metre wall.", "10-metre", 10.0, "m"),
    ("The 5-mile route is closed.", "5-mile", 5.0, "mi"),
    ("A 200-pound bag fell.", "200-pound", 200.0, "lb"),          # after a hyphen, pounds weigh
    ("It was 40C at noon.", "40C", 40.0, "°C"),
    ("It was 104F at noon.", "104F", 104.0, "°F"),
    ("Winds reached 90 miles per hour.", "90 miles per hour", 90.0, "mph"),
    ("The ship sailed 300 nautical miles.", "300 nautical miles", 300.0, "nmi"),
    ("The tower is 500 m tall.", "500 m", 500.0, "m"),
    ("They shipped 40 metric tonnes.", "40 metric tonnes", 40.0, "tonnes"),
])
def test_measures_in_the_forms_copy_writes_them(text, figure, value, unit):
    q = only(text)
    assert (q.text, q.value, q.kind, q.unit) == (figure, value, K.MEASURE, unit)


@pytest.mark.parametrize("text", [
    "Grade 4c students sang.",          # a temperature letter is upper case
    "The 5G network opened.",           # "G" is not grams
    "She ran the 100m.",                # a glued "m" alone stays unread: metres or million
])
def test_letters_after_a_figure_that_are_not_units(text):
    assert [(kind, unit) for _, _, _, kind, unit in facts(text)] in ([], [(K.NUMBER, None)])


def test_pounds_weigh_beside_a_metric_weight_in_brackets_and_are_money_otherwise():
    assert [(t, k, u) for _, t, _, k, u in facts("The fish weighed 12 pounds (5.4 kg).")] == [
        ("12 pounds", K.MEASURE, "lb"), ("5.4 kg", K.MEASURE, "kg")]
    assert [(t, k, u) for _, t, _, k, u in facts("The box weighs 2 kilograms (4.4 pounds).")] == [
        ("2 kilograms", K.MEASURE, "kg"), ("4.4 pounds", K.MEASURE, "lb")]
    assert [(t, k, u) for _, t, _, k, u in facts("The prize was 5,000 pounds ($6,300).")] == [
        ("5,000 pounds", K.MONEY, "GBP"), ("$6,300", K.MONEY, "USD")]


def test_a_glued_m_beside_feet_in_brackets_is_metres():
    assert [(t, k, u) for _, t, _, k, u in facts("The 100m (328ft) tower fell.")] == [
        ("100m", K.MEASURE, "m"), ("328ft", K.MEASURE, "ft")]


@pytest.mark.parametrize("text, figure, value, unit, precision", [
    ("He stands 5 feet 11 inches tall.", "5 feet 11 inches", 71.0, "in", 0.5),
    ("He stands 6 feet, 2 inches tall.", "6 feet, 2 inches", 74.0, "in", 0.5),
    ("The 6-foot-5 center signed.", "6-foot-5", 77.0, "in", 0.5),
    ("The baby weighed 7 pounds 6 ounces.", "7 pounds 6 ounces", 118.0, "oz", 0.5),
])
def test_a_measure_in_two_units_is_one_figure_in_the_smaller(text, figure, value, unit, precision):
    q = only(text)
    assert (q.text, q.value, q.kind, q.unit, q.precision) == (figure, value, K.MEASURE, unit, precision)


def test_two_measures_that_are_not_one_stay_apart():
    # 14 inches is more than a foot: not the inches of "5 feet"
    assert [t for _, t, _, _, _ in facts("It is 5 feet 14 inches long.")] == ["5 feet", "14 inches"]
    assert [t for _, t, _, _, _ in facts("Add 5 feet or 11 inches.")] == ["5 feet", "11 inches"]


def test_a_hyphenated_fraction_stands_alone_before_punctuation_only():
    assert [(t, v) for _, t, v, _, _ in facts("They hold 40 seats, or one-quarter.")][-1] == ("one-quarter", 0.25)
    assert facts("It rose in one quarter, they said.") == []      # a period of time, not a fraction
    assert facts("They took a one-third stake.") == []


def test_inches_glued_to_the_figure_only():
    assert only("Rain of 6in fell.").unit == "in"
    assert [(t, k) for _, t, _, k, _ in facts("They met at 5 in the morning.")] in ([], [("5", K.NUMBER)])
