import pytest

from factcheck.extract.numbers import Numeral, parse_number_words, parse_numeral


@pytest.mark.parametrize("text, value, precision, decimals", [
    ("3,808", 3808.0, 0.5, 0),
    ("2.4", 2.4, 0.05, 1),
    ("8.50", 8.5, 0.005, 2),
    ("1,234,567.25", 1234567.25, 0.005, 2),
    (".5", 0.5, 0.05, 1),
])
def test_parse_numeral(text, value, precision, decimals):
    assert parse_numeral(text) == Numeral(value, precision, decimals)


@pytest.mark.parametrize("text", ["1,23", "12,3456", "abc", "", "1.2.3"])
def test_parse_numeral_rejects_malformed(text):
    assert parse_numeral(text) is None


@pytest.mark.parametrize("text, value", [
    ("two", 2.0),
    ("twenty-five", 25.0),
    ("twenty five", 25.0),
    ("two hundred", 200.0),
    ("a hundred", 100.0),
    ("a dozen", 12.0),
    ("two dozen", 24.0),
    ("half", 0.5),
    ("a third", 1 / 3),
    ("two-thirds", 2 / 3),
    ("three quarters", 0.75),
    ("three in 10", 0.3),
    ("one out of four", 0.25),
])
def test_parse_number_words(text, value):
    assert parse_number_words(text) == Numeral(pytest.approx(value), 0.0)


@pytest.mark.parametrize("text", ["many", "several", "the", "two apples"])
def test_parse_number_words_rejects_other_words(text):
    assert parse_number_words(text) is None
