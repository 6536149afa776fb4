from factcheck.dsl.loader import parse_rule_file
from factcheck.engine.matcher import compile_classes, find_matches, first_set
from factcheck.engine.tokens import build_stream
from factcheck.model.span import Span

from tests.engine.helpers import money_facts


def patterns(match_line, words=""):
    src = f'{words}\nrule XX01 test.x\n  kind sum\n  severity info\n  match {match_line}\n  check true\n  say "x"\n'
    rf = parse_rule_file("t.rules", src)
    classes = compile_classes({wc.name: wc.phrases for wc in rf.word_classes})
    return rf.rules[0].patterns, classes


def run(match_line, text, words=""):
    pats, classes = patterns(match_line, words)
    facts = money_facts(text).quantities
    stream = build_stream(text, Span(0, len(text)), facts)
    out = []
    for m in find_matches(stream, pats, classes):
        span = Span(stream.tokens[m.first].start, stream.tokens[m.stop - 1].end)
        out.append((span.of(text), {k: (v.text if hasattr(v, "text") else
                                         [x.text for x in v] if isinstance(v, tuple) else v)
                                     for k, v in m.captures.items()}))
    return out


def test_literal_phrase_and_capture():
    assert run('"a total of" t:money', "It spent a total of $5 million.") == [
        ("a total of $5 million", {"t": "$5 million"})]


def test_lazy_gap_takes_the_nearest():
    assert run('"from" ... a:money', "from here to $1 million and $2 million") == [
        ("from here to $1 million", {"a": "$1 million"})]


def test_gap_limit():
    assert run('"from" ...{0,2} a:money', "from one two three $1 million") == []


def test_word_class_capture_and_alternatives():
    got = run("dir:@move ( by | to ) a:money", "Sales fell to $3 million. Costs went up by $2 million.",
              words='words move: rose fell "went up"')
    assert got == [("fell to $3 million", {"dir": "fell", "a": "$3 million"}),
                   ("went up by $2 million", {"dir": "went up", "a": "$2 million"})]


def test_repeated_capture_collects_members_with_small_gaps():
    got = run('parts:money{2,4} ... "and" last:money', "$1 million for A, $2 million for B and $3 million")
    assert got == [("$1 million for A, $2 million for B and $3 million",
                    {"parts": ["$1 million", "$2 million"], "last": "$3 million"})]


def test_optional_part():
    got = run('"rose" [ "by" ] a:money', "It rose by $1 million and rose $2 million.")
    assert [g[0] for g in got] == ["rose by $1 million", "rose $2 million"]


def test_first_set_lets_the_search_skip_positions():
    pats, classes = patterns('"total" a:money')
    assert first_set(pats[0], classes) == {("w", "total")}
    pats, classes = patterns('a:money "total"')
    assert first_set(pats[0], classes) == {("f", "money")}
