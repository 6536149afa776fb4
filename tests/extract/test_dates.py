"""Date extraction: exact spans, values and problems, on sentences written for these tests."""
import datetime as dt

import pytest

from factcheck.extract.dates import extract_dates
from factcheck.model.facts import Granularity
from factcheck.model.span import Span
from factcheck.text.read import document_from_text

FRIDAY = dt.date(2022, 4, 1)   # a Friday


def dates(text, published=FRIDAY, **kw):
    doc = document_from_text(text, fmt="txt", published=published)
    return extract_dates(doc, **kw)


def one(text, published=FRIDAY, **kw):
    found = dates(text, published, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, found, value", [
    ("The fair opened on April 13, 2022 in town.", "April 13, 2022", "2022-04-13"),
    ("The fair opened on 13 April 2022 in town.", "13 April 2022", "2022-04-13"),
    ("The fair opens Apr. 13 in town.", "Apr. 13", "2022-04-13"),
    ("The vote was Sept. 8 after a delay.", "Sept. 8", "2022-09-08"),
    ("The vote was Nov. 8 after a delay.", "Nov. 8", "2021-11-08"),
    ("The file is dated 2022-04-13 in the archive.", "2022-04-13", "2022-04-13"),
    ("The form was signed 4/13/2022 by both.", "4/13/2022", "2022-04-13"),
    ("The mill closed in March 1987 for good.", "March 1987", "1987-03"),
    ("The bridge was built in 1756 by hand.", "1756", "1756"),
    ("Prices have doubled since 2012 here.", "2012", "2012"),
    ("He was sworn in on the 13th of April, 2021.", "13th of April, 2021", "2021-04-13"),
    ("The file is dated 2022/04/13 in the archive.", "2022/04/13", "2022-04-13"),
    ("The form was signed 13.04.2022 by both.", "13.04.2022", "2022-04-13"),
])
def test_calendar_dates(text, found, value):
    d = one(text)
    assert (d.text, d.value) == (found, value)
    assert d.span == Span(text.index(found), text.index(found) + len(found))


def test_partial_date_takes_the_nearest_year():
    # Published 2022-04-01: December is nearer in 2021 than in 2022.
    assert one("The plant reopened on Dec. 3 after repairs.").value == "2021-12-03"
    assert one("The plant will reopen on June 3 after repairs.").value == "2022-06-03"
    d = one("The plant will reopen on June 3 after repairs.")
    assert d.relative and not d.year_stated and d.granularity is Granularity.DAY


@pytest.mark.parametrize("text, found, weekday_text, weekday, value", [
    ("The fair opens on Tuesday, April 13, 2022 at noon.", "Tuesday, April 13, 2022", "Tuesday", 1, "2022-04-13"),
    ("The fair opens on Tuesday (April 12) at noon.", "Tuesday (April 12)", "Tuesday", 1, "2022-04-12"),
    ("The fair opens Tuesday April 12 at noon.", "Tuesday April 12", "Tuesday", 1, "2022-04-12"),
    ("The fair opens April 12 (Tuesday) at noon.", "April 12 (Tuesday)", "Tuesday", 1, "2022-04-12"),
    ("The report came out 2021-07-02 (Thursday) late.", "2021-07-02 (Thursday)", "Thursday", 3, "2021-07-02"),
    ("The polls close Wednesday February 28 at six.", "Wednesday February 28", "Wednesday", 2, "2022-02-28"),
    ("Doors open Tue. April 12 at nine.", "Tue. April 12", "Tue", 1, "2022-04-12"),
    ("Doors open 12.04.2022 (Tuesday) at nine.", "12.04.2022 (Tuesday)", "Tuesday", 1, "2022-04-12"),
])
def test_weekday_next_to_a_date_is_one_reference(text, found, weekday_text, weekday, value):
    d = one(text)
    assert (d.text, d.value, d.weekday) == (found, value, weekday)
    assert d.weekday_span.of(text) == weekday_text


@pytest.mark.parametrize("text, found, value, tense", [
    ("The board met yesterday in private.", "yesterday", "2022-03-31", "past"),
    ("The board meets today in private.", "today", "2022-04-01", None),
    ("The board will meet tomorrow in private.", "tomorrow", "2022-04-02", "future"),
    ("The minister said on Tuesday that talks failed.", "Tuesday", "2022-03-29", "past"),
    ("On Tuesday the company announced a merger.", "Tuesday", "2022-03-29", "past"),
    ("The committee will meet on Wednesday to vote.", "Wednesday", "2022-04-06", "future"),
    ("The union is set to strike on Monday over pay.", "Monday", "2022-04-04", "future"),
    ("The union plans to strike on Monday over pay.", "Monday", "2022-04-04", "future"),
    ("The shop closed last Tuesday after a fire.", "last Tuesday", "2022-03-29", "past"),
    ("The shop reopens next Monday after a fire.", "next Monday", "2022-04-04", None),
    ("Sales fell last month in the region.", "last month", "2022-03", "past"),
    ("Sales fell earlier this month in the region.", "earlier this month", "2022-04", "past"),
    ("The ship sank three days ago off the coast.", "three days ago", "2022-03-29", "past"),
    ("The mayor was elected back in February by a wide margin.", "February", "2022-02", "past"),
    ("The festival takes place in March every year.", "March", "2022-03", None),
    ("Profit rose from a year earlier on strong sales.", "a year earlier", "2021", "past"),
])
def test_relative_dates_resolve_against_publication(text, found, value, tense):
    d = one(text)
    assert (d.text, d.value, d.tense) == (found, value, tense)
    assert d.relative


def test_abbreviated_weekday_alone_after_a_preposition():
    d = one("The vote was held on Tues. in the capital.")
    assert (d.text, d.value, d.weekday) == ("Tues.", "2022-03-29", 1)


def test_weekday_of_the_publication_day_is_that_day():
    # A Friday paper's "on Friday" is that Friday, in either tense.
    assert one("The deal was signed on Friday in Paris.").value == "2022-04-01"
    assert one("The deal will be signed on Friday in Paris.").value == "2022-04-01"


def test_week_has_no_calendar_value():
    d = one("The board met this week in private.")
    assert (d.text, d.value, d.problem) == ("this week", None, "vague")


def test_relative_dates_without_publication_date_have_no_anchor():
    found = dates("The board met yesterday, and on Tuesday it voted.", published=None)
    assert [(d.text, d.value, d.problem) for d in found] == [
        ("yesterday", None, "no-anchor"), ("Tuesday", None, "no-anchor")]


def test_dateline_gives_the_anchor_when_there_is_no_publication_date():
    found = dates("OSLO, March 3, 2021 - The board met yesterday.", published=None)
    assert [(d.text, d.value) for d in found] == [("March 3, 2021", "2021-03-03"), ("yesterday", "2021-03-02")]


@pytest.mark.parametrize("text, found", [
    ("The launch is set for February 30 this time.", "February 30"),
    ("The launch is set for April 31 this time.", "April 31"),
    ("The launch was on 2023-02-29 by the log.", "2023-02-29"),
])
def test_impossible_dates(text, found):
    d = one(text)
    assert (d.text, d.value, d.problem) == (found, None, "impossible")


def test_leap_day_without_a_year():
    assert one("The vote is on Feb. 29 this time.", published=dt.date(2023, 11, 1)).value == "2024-02-29"
    d = one("The vote is on Feb. 29 this time.", published=dt.date(2022, 4, 1))
    assert (d.value, d.problem) == (None, "impossible")


def test_numeric_dates_and_day_first():
    assert one("Signed 04/05/2022 by both.").value == "2022-04-05"
    d = one("Signed 04/05/2022 by both.", day_first=True)
    assert (d.value, d.problem) == (None, "ambiguous")
    assert one("Signed 13/05/2022 by both.", day_first=True).value == "2022-05-13"
    assert one("Signed 13/05/2022 by both.").value == "2022-05-13"


def test_year_ranges_and_decades():
    found = dates("The drought of 1998-1999 was the worst since the 1950s.")
    assert [(d.text, d.value, d.granularity) for d in found] == [
        ("1998", "1998", Granularity.YEAR), ("1999", "1999", Granularity.YEAR),
        ("the 1950s", None, Granularity.DECADE)]


@pytest.mark.parametrize("text", [
    "The stake was sold for $1987 in cash.",
    "The firm employs 1,987 people in the town.",
    "Output rose to 1500 tonnes in the quarter.",
    "Trains leave at 0800 GMT on weekdays.",
    "The engine, No. 1987, was restored.",
    "Prices may fall, traders said.",
    "The march began at the square.",
    "The show is called This Week on the radio.",
    "He read the Sun on the train.",
    "Sat down, they said; Mon Dieu, she wrote.",
    "Shoppers crowded the malls on Black Friday.",
    "The team scored 2011 points over the decade.",
    "The index closed at 12.04 points, up 1.5.",
])
def test_numbers_and_words_that_are_not_dates(text):
    assert dates(text) == ()


def test_the_year_before_a_noun_is_a_date():
    assert [d.text for d in dates("The 2012 election was close; the firm's 1989 results were weak.")] == [
        "2012", "1989"]


def test_spelled_out_years():
    assert one("It happened in nineteen ninety-six in the city.").value == "1996"


def test_only_article_paragraphs():
    text = "The vote was on April 12, 2022.\n\nBy Jane Smith and John Doe in Oslo\n"
    found = dates(text)
    assert [d.text for d in found] == ["April 12, 2022"]


def test_sorted_and_spans_point_into_the_text():
    text = "On Monday, March 28, the board met; on Friday it will vote, as it did in 2021."
    found = dates(text)
    assert [d.span.of(text) for d in found] == ["Monday, March 28", "Friday", "2021"]
    assert [d.span.start for d in found] == sorted(d.span.start for d in found)


def _shortcut_windows():
    """Windows shaped like the shortcuts' inputs, and near misses of them."""
    heads = ["", "early ", "Earlier ", "late ", "Later ", "later  ", "mid ", "in "]
    directions = ["this", "This", "last", "Last", "next", "THIS", "this coming", "past"]
    units = ["week", "month", "year", "Year", "weekend", "Tuesday", "year-end", "month's"]
    tails = ["", " ago", ", officials said", "\tnow", "s", "-long", " 2021"]
    for i, head in enumerate(heads):
        for j, direction in enumerate(directions):
            for k, unit in enumerate(units):
                sep = (" ", "  ", "\n", "\xa0")[(i + j + k) % 4] if (i + j + k) % 3 == 0 else " "
                yield head + direction + sep + unit + tails[(i + j + k) % len(tails)], "any"
    # The scanner says "month" or "weekday" when the window's first word is one.
    for word, start in (("may", "month"), ("May", "month"), ("march", "month"), ("Mar.", "month"),
                        ("june", "month"), ("sat", "weekday"), ("Sat", "weekday"), ("sun", "weekday"),
                        ("wed", "weekday"), ("Wed.", "weekday"), ("tues", "weekday"), ("mon", "weekday")):
        for tail in ("", " 13", " 13, 2022", " (Tuesday)", " be late", ", 2020", " of 1999", " last year"):
            yield word + tail, start
    # Month, day and year: the grammar's _MONTH_DAY and _MONTH_YEAR, and what stops them.
    months = ("March", "Sept.", "Sept", "Sep.", "Oct", "May", "May.", "June", "Jun.", "MARCH", "march", "Dec")
    rests = (" 30.", " 30, 1987 when", " 3,1987", " 3 , 1987", " 3\n1987", " 3 2021", " 3, 99", " 3 percent",
             " 3:30", " 3.5", " 1st, 2020", " 31st", " 32", " 0", " 03", " 3 (Tuesday)", " 3, 2020 (Tues.)",
             " 3 (Reuters)", " 3\t(Wed)", " 1987 from", ", 1986, level", " of 2020", " of  2020", " 2100",
             " 2101", " 1987.5", " 1987,5", ",1986", " ,1986", " 12-13", " 12th-13th", "30", " 3 mln",
             " 3 percent of 1987", " 3, 1987 (Friday)", " of 1987 (Friday)", "\xa03", " 3,\xa01987", " the 3rd",
             " 3 (a Tuesday)", " 3, a Tuesday, was", " 3,a Tuesday", " 3, a day later", " 3, a Tuesday-night",
             " 3, a Tues.", " 3, A Tuesday", " 3, 1987, a Friday")
    for i, month in enumerate(months):
        for j, rest in enumerate(rests):
            if (i + j) % 2 == 0 or month in ("March", "Sept.", "May"):
                yield month + rest, "month"
    for rest in (", Obama said", ", March 3", ", may be", " (March 3)", ", 3 March", " 3", ", Sept. 4",
                 ",March 3", ",  mar", " Dec. 4", ", 2020", " of next week", " (Reuters)", ", Jan Carlzon"):
        yield "Tuesday" + rest, "weekday"
    for rest in (" Dubai was", " This year", " LAST year", " of next year", " next Year", ", of 1999", " Of",
                 " (Reuters)", " thistle", " lastly", "\nLast year"):
        yield "August" + rest, "month"
    # A stop after a full name ends the expression; after an abbreviation it is the abbreviation's.
    for word, start in (("Wednesday", "weekday"), ("WEDNESDAY", "weekday"), ("Wed", "weekday"),
                        ("Tues", "weekday"), ("March", "month"), ("MAY", "month"), ("Sept", "month"),
                        ("Jan", "month"), ("December", "month")):
        for tail in (". The", ". 13", ".13", ". (Reuters)", "., 2020", ".\nMarch 3", ". March 3, 2021",
                     ". Last year", " 13. The", ".", ".. Then"):
            yield word + tail, start


def test_date_shortcuts_agree_with_the_grammar():
    from factcheck.extract.dategrammar import parse_date_at, parse_with_grammar

    shortcuts = 0
    for window, start in _shortcut_windows():
        fast = parse_date_at(window, start)
        if fast is not None or start != "any":
            assert fast == parse_with_grammar(window, start), (window, start)
            shortcuts += fast is not None
    assert shortcuts > 50


def test_date_grammar_is_built_only_when_a_window_needs_it():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from factcheck.extract.dategrammar import parse_date_at\n"
        "assert 'pyparsing' not in sys.modules\n"
        "assert parse_date_at('Tuesday. The vote', 'weekday')[0].weekday == 1\n"
        "assert parse_date_at('last year, she said')[0].unit == 'year'\n"
        "assert 'pyparsing' not in sys.modules\n"
        "assert parse_date_at('April 13, 2022 was', 'month')[0].day == 13\n"
        "assert 'pyparsing' not in sys.modules\n"
        "assert parse_date_at('Tuesday (April 13) was', 'weekday')[0].day == 13\n"
        "assert 'factcheck.extract.dategrammar_pp' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_tense_patterns_match_as_without_their_lookahead():
    import re

    from factcheck.extract import datecontext

    text = ("She'll say it will, shall, won't or wo n't; it is set to, is not expected to, are due, am going; "
            "plans to, intends to, aims to, hopes to, expects to; scheduled for, slated to, set for. "
            "He was set to, were not due to, would, could, might, may, should, must; WILL, Would, MAY. "
            "Ashes will: swill, shallow, aimless, isle, amass, hopeful, expected, comma, mustard, sets.")
    for pattern, lookahead in ((datecontext._FUTURE, "(?=[wsiaphe'])"), (datecontext._NEUTRAL, "(?=[wcms])")):
        assert lookahead in pattern.pattern
        plain = re.compile(pattern.pattern.replace(lookahead, "", 1))
        for start in range(len(text)):
            assert [m.span() for m in pattern.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


def test_words_skipped_before_the_candidate_regex_are_never_candidates():
    """A common start word ("the", "a", "an", "in", "year") is only given to CANDIDATE when
    what follows could let it match; wherever CANDIDATE matches, that test passes."""
    import itertools

    from factcheck.extract.datecontext import CANDIDATE
    from factcheck.extract.dates import _WHAT_MUST_FOLLOW

    words = ["the", "The", "THE", "a", "A", "an", "An", "in", "In", "year", "Year"]
    nexts = ["end of the year", "end of March", "beginning of May", "start of 2020", "middle of next week",
             "current year", "current\tmonth", "year two thousand", "1990s", "'90s", "2020", "year ago",
             "day ago", "days ago", "week ago", "months ago", "decade ago", "decades ago", "year earlier",
             "this year", "last week", "next month", "this coming", "the year 2020", "-ago", "-earlier",
             "-end", "ſtart of 1999", "END OF THE YEAR", "Year Earlier", "few days ago", "moment"]
    seps = [" ", "  ", "\n", "\t", "", "-"]
    for word, sep, rest in itertools.product(words, seps, nexts):
        text = f"It was {word}{sep}{rest}, they said."
        at = len("It was ")
        if CANDIDATE.match(text, at):
            assert _WHAT_MUST_FOLLOW[word.lower()].match(text, at), text


def test_candidate_at_a_digit_is_the_full_candidate_regex():
    from factcheck.extract.datecontext import CANDIDATE, CANDIDATE_AT_DIGIT

    text = ("On 2022-04-13, 4/13/2022, 13.04.2022 and 2022/4/1 (not 2022-4/1), 3 days ago, 10 years ago, "
            "the 1990s and 1990s-era, 13 April, 1st of May, 31st Dec., 5 mar, in 1987, $1987, #1987, 1987.5, "
            "19870, 2100 and 2101, 12 decades ago, 120 months ago, 1234 weeks ago, 7 Sept, 1990s' and x1990, "
            "a '90s show, 4 may be, 12th of never, 2020s, 3\u00a0days ago, ٣ days ago, 15 Mayday.")
    for i, ch in enumerate(text):
        if ch.isdigit():
            for end in (len(text), i + 3, i + 8):
                full, fast = CANDIDATE.match(text, i, end), CANDIDATE_AT_DIGIT.match(text, i, end)
                assert (full and full.span()) == (fast and fast.span()), text[i:end]


def test_candidate_starts_by_regex_are_the_per_word_scan():
    """_candidate_starts (regex searches) gives the tokens of the per-word scan _word_starts:
    start words in any ASCII case and whole, the common ones only before what must follow,
    every digit run and "'" before a digit; at the range's start and end too, and after a
    token character just before the range (where the scan itself is used)."""
    import itertools

    from factcheck.extract.dates import _candidate_starts, _word_starts

    pieces = ["the", "The", "a", "An", "in", "Year", "May", "mAY", "Sept", "sun", "x", "ab", "\u212aept",
              "ſept", "é", "_", " ", "\t", "\u00a0", "-", ".", "'", "1", "٣", "90", "2001", " end", " year",
              " last", " day", " this"]
    for parts in itertools.product(pieces, repeat=3):
        text = "".join(parts)
        for start, end in ((0, len(text)), (1, len(text)), (0, len(text) - 1), (2, len(text) - 2)):
            if 0 <= start <= end:
                assert list(_candidate_starts(text, start, end)) == list(_word_starts(text, start, end)), \
                    (text, start, end)
    text = "By the end of May 2020, in this year's '90s revival, a week ago, year-ago sales, 3'45'6 and x2001."
    assert list(_candidate_starts(text, 0, len(text))) == list(_word_starts(text, 0, len(text)))
