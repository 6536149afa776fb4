import attrs
import pytest

from factcheck.engine import numbers as n
from factcheck.engine.facts import Facts
from factcheck.engine.values import Unverifiable
from factcheck.extract.quantities import extract_quantities
from factcheck.text.read import document_from_text


def figures(text):
    return extract_quantities(document_from_text(text, fmt="txt"))


@attrs.frozen
class Context:
    doc: object
    facts: Facts


def context(text):
    doc = document_from_text(text, fmt="txt")
    return Context(doc, Facts(quantities=extract_quantities(doc))), extract_quantities(doc)


def test_pct_change_carries_the_rounding_of_both_figures():
    new, old = figures("to 50 mln dlrs from 40 mln dlrs")
    m = n.pct_change(old, new)
    assert (m.value, m.unit) == (pytest.approx(25.0), "%")
    assert (m.low, m.high) == (pytest.approx(49.5 / 40.5 * 100 - 100), pytest.approx(50.5 / 39.5 * 100 - 100))


def test_pct_change_from_zero_is_unverifiable():
    new, old = figures("to 5 mln dlrs from 0 dlrs")
    with pytest.raises(Unverifiable):
        n.pct_change(old, new)


def test_pct_of_change_after_a_rise_and_a_fall():
    delta, pct, new = figures("climbed 69 cents, or 0.7 percent, to $102.48")
    assert n.pct_of_change(delta, new, 1).value == pytest.approx(0.69 / (102.48 - 0.69) * 100)
    assert n.pct_of_change(delta, new, -1).value == pytest.approx(0.69 / (102.48 + 0.69) * 100)


def test_share_and_grim():
    part, whole = figures("120 of 400 members")
    assert n.share(part, whole).value == pytest.approx(30.0)
    pct, size = figures("33% of 10 respondents")
    assert n.grim_consistent(pct, size) is False
    pct, size = figures("30% of 10 respondents")
    assert n.grim_consistent(pct, size) is True


def test_comparable_units():
    money, bare, pct = figures("to 18 billion dlrs from 21.5 mln, up 3 pct")
    assert n.comparable(money, bare)
    assert not n.comparable(money, pct)
    shares, cars = figures("120 shares and 30 cars")
    assert not n.comparable(shares, cars)


def test_addable_lets_counted_categories_into_a_measured_total():
    total, grains, feed = figures("500,000 tonnes, of which 120,000 are wheat and 280,000 feeds")
    assert n.all_addable(total, grains, feed, None)
    assert n.parts_total(total, grains, feed, None).value == pytest.approx(400_000)
    assert n.parts_coverage(total, grains, feed) == pytest.approx(0.8)


def test_like_drops_rates_from_a_money_list():
    total, a, rate, b = figures("40.0 billion francs, including 6.0 billion for the 7.25 pct tranche, 12.5 billion")
    assert n.like((a, rate, b), total) == (a, b)


def test_word_multiples():
    assert n.word_multiple("doubled") == 2.0
    assert n.word_multiple("halved") == 0.5
    with pytest.raises(Unverifiable):
        n.word_multiple("rose")
    assert n.roughly(n.multiple(*reversed(figures("to 80 from 40"))), 2.0)
    assert not n.roughly(n.multiple(*reversed(figures("to 50 from 40"))), 2.0)


def test_convert_exact_and_affine():
    (area,) = figures("8,000 sq ft")
    assert n.convert(area, "sq m").value == pytest.approx(743.224, abs=1e-3)
    (heat,) = figures("80°F")
    assert n.convert(heat, "°C").value == pytest.approx(26.667, abs=1e-3)
    with pytest.raises(Unverifiable):
        n.convert(area, "kg")


def test_adjacent_and_plain_gap_look_at_the_figures_in_between():
    ctx, (a, b, c) = context("Sales were 50 mln dlrs in 1986 and 60 mln dlrs, or 40 pct of the total.")
    assert not n.adjacent(ctx, a, c)
    assert n.adjacent(ctx, b, c)
    ctx, (p, w) = context("It owns 80 pct of the stock and 12,000 preferred shares.")
    assert not n.plain_gap(ctx, p, w)


def test_a_list_is_taken_whole():
    ctx, (a, b, c, total) = context("It gave $1m to parks, $3m to schools and $2m to roads, a total of $6m.")
    assert n.starts_list(ctx, a)
    assert not n.starts_list(ctx, b)
    assert n.ends_list(ctx, total) and not n.ends_list(ctx, b)


def test_next_sentence():
    ctx, (total, a) = context("A total of 50 were treated. Of them 30 recovered.")
    assert n.next_sentence(ctx, total, a)
    assert not n.next_sentence(ctx, a, total)


def test_every_function_is_exported():
    assert {"pct_change", "pct_of_change", "share", "grim_consistent", "parts_total", "convert",
            "adjacent", "next_like", "starts_list", "ends_list", "word_multiple"} <= set(n.FUNCTIONS)


def test_named_whole_is_found_in_the_sentence_before_by_its_words():
    ctx, qs = context("The agreed price is 40.00 dlrs. A bonus of 4.00 dlrs, or 10 pct of the agreed price, "
                      "comes after 12.00 dlrs in fees.")
    price, extra, pct, fees = qs
    assert n.named_whole(ctx, extra, pct) == price
    assert n.share(extra, n.named_whole(ctx, extra, pct)).value == pytest.approx(10.0)


def test_no_named_whole_when_two_figures_fit():
    ctx, qs = context("The old price was 30.00 dlrs and the new price is 40.00 dlrs. "
                      "A bonus of 4.00 dlrs, or 10 pct of the price, will be paid.")
    old, new, extra, pct = qs
    assert not n.has_named_whole(ctx, extra, pct)
    with pytest.raises(Unverifiable):
        n.named_whole(ctx, extra, pct)


def test_conversion_of_takes_the_reading_of_a_temperature_the_text_means():
    a, b = figures("warmer by 20 degrees Fahrenheit (11 degrees Celsius)")
    m = n.conversion_of(a, b)
    assert m.value == pytest.approx(11.111, abs=1e-3) and m.text == "a difference of 11.11 °C"
    a, b = figures("a high of 40C (104F)")
    m = n.conversion_of(a, b)
    assert m.value == pytest.approx(104.0) and m.text is None


@pytest.mark.parametrize("word, factor", [("fivefold", 5.0), ("three-fold", 3.0), ("cut in half", 0.5),
                                          ("doubled", 2.0)])
def test_word_multiple_reads_fold_words_and_halves(word, factor):
    assert n.word_multiple(word) == factor


def test_an_n_fold_rise_may_be_n_times_or_n_times_more():
    assert n.fits_multiple(4.0, "threefold") and n.fits_multiple(3.0, "threefold")
    assert not n.fits_multiple(10.0, "threefold")
    assert n.fits_multiple(2.0, "doubled") and not n.fits_multiple(3.0, "doubled")
