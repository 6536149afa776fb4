"""report.text.table lays out plain-text tables itself (importing tabulate costs more than
checking a short article) and must stay byte-identical to tabulate's "simple" format;
the tables it does not handle go to tabulate itself."""
import random

import pytest
from tabulate import tabulate

from factcheck.report.text import _plain_text_table, table

HEADERS = ["where", "rule", "kind", "verdict", "claim", "working"]

CELLS = [
    "3:14", "DA01", "date", "inconsistent", "the mayor said", "", " ", "  padded  ",
    "the ferry left on\nTuesday, 4 June", "one\ntwo\nthree", "trailing\n", "\nleading",
    "12", "1,000", "1.5", "-3", "+4", "1e5", "1_000", "nan", "Infinity", "True", "False", "0x1F",
    "2019-06-04", "12 million euros", "\u20ac12 million", "caf\u00e9 \u00e0 la gare", "\u00a0spaced\u00a0",
    "\u201cquoted\u201d \u2014 dash\u2026", "\u0661\u0662", "\u4e2d\u6587 wide", "tab\there",
    "\x1b[31minconsistent\x1b[0m", "\x1b[32mconsistent\x1b[0m", "\x1b[33m12\x1b[0m", " \x1b[31mtwo words\x1b[0m ",
    "\x1b[1;31mtwo\nlines\x1b[0m", "\x1b]8;;https://example.org\x1b\\a link\x1b]8;;\x1b\\",
    "12\n13", "ok\n12", "soft\u00adhyphen",
]


@pytest.mark.parametrize("rows", [
    [["3:14", "DA01", "date", "inconsistent", "4 June 2019", "the article says Tuesday"]],
    [["1:1", "NU02", "number", "consistent", "12 million\neuros", "the parts add up\nto the total"],
     ["", "", "", "", "evidence:", "{\"total\": 12}"]],
    [["2:5", "QU01", "quote", "unverifiable", "\u201cWe will build it,\u201d she said", "no speaker \u2014 anonymous"]],
    [["4:2", "AG01", "age", "consistent", "2019", "as stated"]],                 # a number-only column
    [["4:2", "AG01", "age", "consistent", "2019", "as stated"],
     ["5:9", "AG02", "age", "consistent", "aged 41", "as stated"]],          # numbers among strings
    [["1:1", "X", "y", "z", "", "w"], ["", "", "", "", "", ""]],                 # a row of empty cells
    [["1:1", "X", "y", "z", "a\nb", "w"], ["", "", "", "", "", ""]],             # ... in a multi-line table
    [["3:14", "DA01", "date", "\x1b[31minconsistent\x1b[0m", "on Tuesday,\n4 June", "it was a Wednesday"],
     ["5:1", "NU01", "number", "\x1b[32mconsistent\x1b[0m", "12 boats", "as stated"]],   # --color
])
def test_report_tables_match_tabulate(rows):
    assert table(rows, HEADERS) == tabulate(rows, headers=HEADERS, tablefmt="simple")


@pytest.mark.parametrize("verdict", ["inconsistent", "\x1b[31minconsistent\x1b[0m"])
def test_report_tables_take_the_fast_path(verdict):
    rows = [["3:14", "DA01", "date", verdict, "on Tuesday,\n4 June 2019", "4 June 2019 was a Wednesday"]]
    assert _plain_text_table(rows, HEADERS) is not None


@pytest.mark.parametrize("cell", ["\u4e2d\u6587", "tab\there", "\x1b]8;;https://example.org\x1b\\a link\x1b]8;;\x1b\\"])
def test_wide_text_and_other_escapes_go_to_tabulate(cell):
    assert _plain_text_table([[cell, "text"]], ["a", "b"]) is None


def test_random_tables_match_tabulate():
    rng = random.Random(8)
    for _ in range(3000):
        ncols = rng.randint(1, 6)
        headers = [rng.choice(HEADERS) for _ in range(ncols)]
        rows = [[rng.choice(CELLS) for _ in range(ncols)] for _ in range(rng.randint(1, 4))]
        assert table(rows, headers) == tabulate(rows, headers=headers, tablefmt="simple"), (rows, headers)


def test_wrapping_a_cell_is_textwrap_on_its_normalised_white_space():
    # _wrap skips textwrap for a cell that fits: it must give what textwrap gives.
    import textwrap

    from factcheck.report.text import _wrap

    rng = random.Random(6)
    words = ["a", "short", "well-known", "re-elected", "2019-06-04", "12.5%", "\u201cquoted,\u201d", "\u2014", "x" * 45,
             "tab\there", "new\nline", " ", "", "non\u00a0breaking"]
    for width in (1, 5, 40, 60):
        for _ in range(300):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
            assert _wrap(text, width) == "\n".join(textwrap.wrap(" ".join(text.split()), width)), (text, width)
