"""The compiled matcher must behave exactly as the reference interpreter (Matcher.m): the same
match, the same captures, the same number of steps, and a step budget that runs out in the same
cases. Every start position of every sentence is compared."""
import pytest

from factcheck.engine import compiled, interpret
from factcheck.engine.compiled import LazyPattern, compile_pattern
from factcheck.engine.interpret import Matcher, OutOfSteps
from factcheck.engine.tokens import build_stream
from factcheck.model.span import Span

from tests.engine.helpers import money_facts
from tests.engine.test_matcher import patterns

WORDS = 'words move: rose fell "went up" "went up sharply" went\nwords owner: the its "the city\'s"'

TEXTS = [
    "Sales rose by $3 million to $9 million, and costs went up sharply by $2 million.",
    "The city's budget went up $1 million, $2 million and $4 million for the schools.",
    "It fell to $5 million. Then it went up by $1 million; and rose, and rose again.",
    "From $1 million to $2 million to $3 million, very very very big, it went went went up.",
    "",
]

PATTERNS = [
    '"rose" [ "by" ] a:money',
    'dir:@move ( by | to ) a:money',
    'x:@owner ... a:money',
    '"went" "up" [ "sharply" ] ...{0,3} a:money',
    'parts:money{2,4} ... "and" last:money',
    'parts:money+ "for"',
    'parts:money{0,3} "for"',
    '( "to" a:money )+ ","',
    '( "to" a:money ){2,3}',
    '"very"* "big"',
    '"very"{2,} "big"',
    '[ ...{0,2} ] "million"',
    '( ... "rose" )? "again"',
    '( "went" | "went" "up" ){1,3} "by"',
    '@move ...{1,2} w:word',
    '( [ "and" ] "rose" ){1,2}',
    'a:money ( "," | "and" )* b:money',
    '"it" ( "fell" | "went" "up" | @move ) ( "by" | "to" ) ...{0,1} a:money',
    '( ( "it" "went" ) ( "up" ) ) ( "by" a:money | ( "to" ) )',
    '@move ...{0,4} "million" ...{1,3} x:@owner',
    'a:money ...{0,6} "and" ... b:money ...{2,9} @move',
    '"the" ...{0,12} a:money ...{0,2} w:word',
]


def _interpreted(stream, pattern, classes, start):
    m = Matcher(stream, classes)
    try:
        r = m.m(pattern, start, {}, lambda p, c: (p, c))
    except OutOfSteps:
        r = "budget"
    return r, m.steps


def _compiled(stream, pattern, classes, start):
    state = Matcher(stream, classes)
    try:
        r = compile_pattern(pattern, classes)(state, start, {})
    except OutOfSteps:
        r = "budget"
    return r, state.steps


@pytest.mark.parametrize("source", PATTERNS)
def test_compiled_patterns_agree_with_the_interpreter(source):
    pats, classes = patterns(source, WORDS)
    for text in TEXTS:
        stream = build_stream(text, Span(0, len(text)), money_facts(text).quantities)
        for pattern in pats:
            for start in range(len(stream) + 1):
                assert _compiled(stream, pattern, classes, start) == _interpreted(stream, pattern, classes, start), \
                    (source, text, start)


def test_budget_runs_out_on_a_runaway_search():
    text = " ".join(["word"] * 60) + " end"
    pats, classes = patterns('... ... ... ... ... ... ... "nowhere"')
    stream = build_stream(text, Span(0, len(text)), [])
    assert _compiled(stream, pats[0], classes, 0)[0] == _interpreted(stream, pats[0], classes, 0)[0] == "budget"


@pytest.mark.parametrize("source", PATTERNS)
def test_budget_runs_out_in_the_same_cases(source, monkeypatch):
    # The compiled matcher counts a sequence's step together with its first item's: with every
    # budget up to what a search needs, both must give up, or both must finish, alike.
    pats, classes = patterns(source, WORDS)
    text = TEXTS[1]
    stream = build_stream(text, Span(0, len(text)), money_facts(text).quantities)
    for start in (0, 3, 5):
        needed = _interpreted(stream, pats[0], classes, start)[1]
        for budget in range(1, needed + 2):
            monkeypatch.setattr(interpret, "STEP_BUDGET", budget)
            monkeypatch.setattr(compiled, "STEP_BUDGET", budget)
            assert _compiled(stream, pats[0], classes, start)[0] == _interpreted(stream, pats[0], classes, start)[0]


LEAD_WORDS = 'words total_word: "a total of" "for a total of" "a total"\nwords opener: "so" "all in all"'


@pytest.mark.parametrize("source", [
    'tw:@total_word t:money',
    '( @total_word | "total" ...{0,3} ( "of" | "to" ) ) t:money',
    '@opener ... t:money',
    '( "a" "further" | "another" )+ t:money',
    '[ @total_word ] t:money',
])
def test_lead_phrases_only_skip_starts_where_nothing_can_match(source):
    from factcheck.engine.matcher import gates, live_patterns, plan, search
    pats, classes = patterns(source, LEAD_WORDS)
    text = ("So a total of $4 million went out, for a total of $5 million; a further $1 million "
            "and another $2 million, a total $3 million. All in all $6 million; total to $7 million.")
    stream = build_stream(text, Span(0, len(text)), money_facts(text).quantities)
    live = live_patterns(stream.key_set, gates(plan(pats, classes)))
    without_leads = [(pattern, firsts, None, split) for pattern, firsts, _, split in live]
    assert search(stream, classes, live) == search(stream, classes, without_leads)
    assert search(stream, classes, live)


def test_a_pattern_is_compiled_on_its_first_attempt_only():
    pats, classes = patterns('"rose" [ "by" ] a:money')
    lazy = LazyPattern(pats[0], classes)
    text = TEXTS[0]
    stream = build_stream(text, Span(0, len(text)), money_facts(text).quantities)
    first = lazy.fn(Matcher(stream, classes), 1, {})
    fn = lazy.fn
    assert first == compile_pattern(pats[0], classes)(Matcher(stream, classes), 1, {}) and first is not None
    assert lazy.fn(Matcher(stream, classes), 1, {}) == first and lazy.fn is fn
