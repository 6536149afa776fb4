"""The context functions behind the cross-sentence sum rules (SU06, SU07) and bounded shares."""
import attrs
import pytest

from factcheck.engine import numbers as n
from factcheck.engine.facts import gather_facts
from factcheck.text.read import document_from_text


@attrs.frozen
class Context:
    doc: object
    facts: object


def context(text):
    doc = document_from_text(text, fmt="txt")
    facts = gather_facts(doc)
    return Context(doc, facts), {q.text: q for q in facts.quantities}


def test_sole_list_takes_a_next_sentence_that_states_only_the_parts():
    ctx, q = context("The city will spend a total of 90 mln dlrs on roads. "
                     "It will put 60 mln dlrs into repairs and 30 mln dlrs into bridges.")
    assert n.sole_list(ctx, q["90 mln dlrs"], q["60 mln dlrs"], q["30 mln dlrs"]) is True


def test_sole_list_refuses_a_list_that_leaves_a_like_figure_out():
    ctx, q = context("The city will spend a total of 90 mln dlrs on roads. "
                     "It will put 60 mln dlrs into repairs and 30 mln dlrs into bridges, after 45 mln dlrs last year.")
    assert n.sole_list(ctx, q["90 mln dlrs"], q["60 mln dlrs"], q["30 mln dlrs"]) is False


def test_sole_list_refuses_a_total_followed_by_a_like_figure_but_not_its_old_value():
    ctx, q = context("Spending will total 90 mln dlrs, against 70 mln dlrs in the plan. "
                     "It will put 60 mln dlrs into repairs and 30 mln dlrs into bridges.")
    assert n.sole_list(ctx, q["90 mln dlrs"], q["60 mln dlrs"], q["30 mln dlrs"]) is False
    ctx, q = context("Spending will rise to a total of 90 mln dlrs from 70 mln dlrs. "
                     "It will put 60 mln dlrs into repairs and 30 mln dlrs into bridges.")
    assert n.sole_list(ctx, q["90 mln dlrs"], q["60 mln dlrs"], q["30 mln dlrs"]) is True


def test_sole_list_ignores_number_words_beside_money():
    ctx, q = context("Both insurers are putting up 640 mln stg in cover for the next two seasons. "
                     "One brings 410 mln stg, while the other adds 230 mln stg.")
    assert n.sole_list(ctx, q["640 mln stg"], q["410 mln stg"], q["230 mln stg"]) is True


def test_sole_list_needs_the_parts_in_the_very_next_sentence():
    ctx, q = context("The city will spend a total of 90 mln dlrs on roads. Work starts soon. "
                     "It will put 60 mln dlrs into repairs and 30 mln dlrs into bridges.")
    assert n.sole_list(ctx, q["90 mln dlrs"], q["60 mln dlrs"], q["30 mln dlrs"]) is False


def test_dated_lead_and_opens_with_includes():
    ctx, q = context("A total of 90 mln dlrs was spent. In 1985 it put 60 mln dlrs into repairs and 30 mln dlrs into bridges.")
    assert n.dated_lead(ctx, q["60 mln dlrs"]) is True
    assert n.opens_with_includes(ctx, q["60 mln dlrs"]) is False
    ctx, q = context("A total of 90 mln dlrs was spent. The sum includes 60 mln dlrs for repairs and 30 mln dlrs for bridges.")
    assert n.dated_lead(ctx, q["60 mln dlrs"]) is False
    assert n.opens_with_includes(ctx, q["60 mln dlrs"]) is True


def test_earlier_amount_is_the_one_figure_like_the_total_before_the_addition():
    ctx, q = context("The chain runs 140 shops. It will open an additional 25 shops, bringing the total to 175.")
    assert n.earlier_amount_is(ctx, q["140 shops"], q["25 shops"], q["175"]) is True


def test_earlier_amount_among_several_is_only_the_one_that_fits():
    ctx, q = context("It hired 30 nurses in May and 45 nurses in June. It will hire another 20 nurses, making a total of 65.")
    assert n.earlier_amount_is(ctx, q["45 nurses"], q["20 nurses"], q["65"]) is True
    assert n.earlier_amount_is(ctx, q["30 nurses"], q["20 nurses"], q["65"]) is False
    ctx, q = context("It hired 30 nurses in May and 45 nurses in June. It will hire another 20 nurses, making a total of 95.")
    # neither fits and either could be meant: no claim
    assert n.earlier_amount_is(ctx, q["45 nurses"], q["20 nurses"], q["95"]) is False
    assert n.earlier_amount_is(ctx, q["30 nurses"], q["20 nurses"], q["95"]) is False


def test_a_bound_is_set_aside_for_a_share_stated_with_it():
    _, q = context("It may buy as many as 1.5 mln shares, or about 10 pct of the stock.")
    part = q["1.5 mln shares"]
    assert n.bound_hedge(part) is True
    assert n.bound_hedge(q["10 pct"]) is False
    m = n.unhedged(part)
    assert (m.value, m.low, m.high) == (pytest.approx(1.5e6), pytest.approx(1.45e6), pytest.approx(1.55e6))


def test_own_total_between_sees_a_second_total_but_not_a_total_of_the_list_itself():
    ctx, q = context("Gifts totalled 75 mln dlrs. Combined gifts were 45 mln dlrs, with 30 mln dlrs and 25 mln dlrs.")
    assert n.own_total_between(ctx, q["45 mln dlrs"], q["25 mln dlrs"]) is True
    ctx, q = context("Stock will total 44 mln shares. It proposes a total of 30 mln common shares and 14 mln other shares.")
    assert n.own_total_between(ctx, q["30 mln"], q["14 mln"]) is False
    ctx, q = context("Stock will total 44 mln shares. It has 30 mln common shares and 14 mln other shares in all.")
    assert n.own_total_between(ctx, q["30 mln"], q["14 mln"]) is True


def test_opens_with_of_only_for_a_whole_that_opens_the_sentence():
    ctx, q = context("Of the 800 workers at the plant, 300, or 37.5 pct, will go.")
    assert n.opens_with_of(ctx, q["800 workers"]) is True
    ctx, q = context("Sales of 800 mln dlrs, 300 mln dlrs, or 37.5 pct, came from abroad.")
    assert n.opens_with_of(ctx, q["800 mln dlrs"]) is False


@pytest.mark.parametrize("text, figure, expected", [
    ("Visits rose by 900 to 9,900, a gain of 28 pct over the past year.", "28 pct", True),
    ("Visits rose by 900 to 9,900, a 28 pct rise from a year earlier.", "28 pct", True),
    ("Visits rose by 900 to 9,900, up 28 pct year on year.", "28 pct", True),
    ("Visits rose by 900 to 9,900, a gain of 28 pct since 2019.", "28 pct", True),
    ("Visits rose by 900 to 9,900, a rise of 10 pct.", "10 pct", False),
    ("Visits rose by 900 to 9,900, a rise of 10 pct in spending on food.", "10 pct", False),
])
def test_own_period_is_a_time_frame_right_after_the_figure(text, figure, expected):
    ctx, q = context(text)
    assert n.own_period(ctx, q[figure]) is expected


def test_colon_follows_a_figure_but_not_a_clock_or_a_named_total():
    ctx, q = context("Exports came to 9.5 bln dlrs: 6.0 bln dlrs of grain and 3.5 bln dlrs of meat.")
    assert n.colon_follows(ctx, q["9.5 bln dlrs"]) is True
    ctx, q = context("Aid came to a total of 9.5 bln dlrs: 6.0 bln dlrs of grain and 3.5 bln dlrs of meat.")
    assert n.colon_follows(ctx, q["9.5 bln dlrs"]) is False
    ctx, q = context("The talks run from 9:30 to 11:00, with 40 delegates and 25 observers.")
    assert not any(n.colon_follows(ctx, f) for f in q.values())


def test_echoes_total_needs_a_shared_name_or_a_sharing_out():
    ctx, q = context("It filed to sell bonds totalling 3.6 bln dlrs. It will sell 1.0 bln dlrs of short bonds "
                     "and 2.6 bln dlrs of long bonds.")
    assert n.echoes_total(ctx, q["3.6 bln dlrs"], q["1.0 bln dlrs"]) is True
    ctx, q = context("The firm had total sales of 900 mln dlrs. Its profit was 100 mln dlrs, "
                     "while its debt rose to 1.1 bln dlrs.")
    assert n.echoes_total(ctx, q["900 mln dlrs"], q["100 mln dlrs"]) is False
    ctx, q = context("Two charities shared gifts totalling 1.2 mln stg. The first received 700,000 stg, "
                     "while the second was given 500,000 stg.")
    assert n.echoes_total(ctx, q["1.2 mln stg"], q["700,000 stg"]) is True
