"""The pyparsing grammar of rule files (BNF in docs/rules.md).

The grammar only recognises structure and builds plain tokens with their
locations; dsl/build.py turns them into RuleSpecs and reports semantic errors.
Packrat parsing is not enabled: the expression grammar is a plain precedence
chain (no infix_notation look-ahead), so parsing is linear without it, and
packrat's bookkeeping made loading a pack slower, not faster.
"""
from __future__ import annotations

import re

import pyparsing as pp

pp.ParserElement.set_default_whitespace_chars(" \t\r\n")

KEYWORDS = (
    "rule", "words", "alias", "kind", "severity", "scope", "doc", "match", "where", "unless",
    "check", "say", "ok", "flag", "pass", "review", "published",
)

COMMENT = pp.Regex(r"#[^\n]*").set_name("comment")
LPAR, RPAR, LBRK, RBRK, COLON, COMMA = map(pp.Suppress, "()[]:,")

keyword = pp.MatchFirst(pp.Keyword(k) for k in KEYWORDS).set_name("keyword")
string = pp.QuotedString('"', esc_char="\\", multiline=False).set_name("quoted string")
identifier = pp.Regex(r"[A-Za-z_][A-Za-z0-9_]*").set_name("name")
integer = pp.Regex(r"\d+").set_parse_action(lambda t: int(t[0])).set_name("whole number")
iso_date = pp.Regex(r"\d{4}-\d{2}-\d{2}").set_name("date YYYY-MM-DD")


# ------------------------------------------------------------------ expressions

def _expr_grammar() -> pp.ParserElement:
    expr = pp.Forward().set_name("expression")
    number = pp.Regex(r"\d+(?:\.\d+)?(?![\w.])").set_name("number")
    number.set_parse_action(lambda s, l, t: [("num", l, float(t[0]) if "." in t[0] else int(t[0]))])
    date_lit = iso_date.copy().set_parse_action(lambda s, l, t: [("date", l, t[0])])
    str_lit = string.copy().set_parse_action(lambda s, l, t: [("str", l, t[0])])
    # `published` is a clause word for examples but a value in expressions.
    reserved = pp.MatchFirst(pp.Keyword(k) for k in KEYWORDS + ("and", "or", "not") if k != "published")
    name = (~reserved + identifier).set_name("name")
    args = pp.Group(pp.Optional(pp.DelimitedList(expr)))
    call = (name + LPAR - args + RPAR).set_parse_action(lambda s, l, t: [("call", l, t[0], tuple(t[1]))])
    ref = name.copy().set_parse_action(lambda s, l, t: [("name", l, t[0])])
    primary = (date_lit | number | str_lit | call | ref | (LPAR + expr + RPAR)).set_name("value")
    fields = pp.ZeroOrMore(pp.Suppress(".") + identifier)

    def fold_fields(s, l, t):
        node = t[0]
        for f in t[1:]:
            node = ("field", l, node, f)
        return [node]

    postfix = (primary + fields).set_parse_action(fold_fields)

    # A plain precedence chain, lowest binding last. Not pp.infix_notation: its look-ahead
    # re-parses each operand once per precedence level, so a one-line condition took
    # a third of a second even with packrat, and a rule pack seconds to load.
    def unary(tag, operand):
        rule = pp.Forward()
        op = pp.Literal("-") if tag == "neg" else pp.Keyword("not")
        rule <<= ((op + rule).set_parse_action(lambda s, l, t: [(tag, l, t[0], t[1])]) | operand).set_name("expression")
        return rule.set_name("expression")

    def binary(operand, ops):
        def fold(s, l, t):
            node = t[0]
            for i in range(1, len(t), 2):
                node = ("bin", l, t[i], node, t[i + 1])
            return [node]
        return (operand + pp.ZeroOrMore(ops + operand)).set_parse_action(fold).set_name("expression")

    negation = unary("neg", postfix)
    product = binary(negation, pp.one_of("* / %"))
    total = binary(product, pp.one_of("+ -"))
    comparison = binary(total, pp.one_of("~= == != <= >= < >"))
    negated = unary("not", comparison)
    conjunction = binary(negated, pp.Keyword("and"))
    expr <<= binary(conjunction, pp.Keyword("or"))
    return expr


EXPRESSION = _expr_grammar()

# ------------------------------------------------------------------ patterns

def _pattern_grammar() -> pp.ParserElement:
    alt = pp.Forward().set_name("pattern")
    bounds = (pp.Suppress("{") - integer + pp.Optional(COMMA + pp.Optional(integer, default=-1)) + pp.Suppress("}"))
    bounds.set_name("{min,max}")
    word_class = pp.Combine(pp.Suppress("@") + identifier).set_name("@wordclass")
    cap_type = (pp.Combine("@" + identifier) | identifier).set_name("capture type")
    capture = (identifier + pp.Suppress(pp.Literal(":").leave_whitespace()) - cap_type.copy().leave_whitespace()
               + pp.Optional(pp.Literal("+").leave_whitespace() | pp.Group(bounds)))
    capture.set_parse_action(lambda s, l, t: [("cap", l, *t)]).set_name("capture name:type")
    gap = (pp.Regex(r"\.\.\.|…") + pp.Optional(pp.Group(bounds)))
    gap.set_parse_action(lambda s, l, t: [("gap", l, *t[1:])]).set_name("gap ...")
    literal = string.copy().set_parse_action(lambda s, l, t: [("lit", l, t[0])])
    bare = (~keyword + pp.Regex(r"[a-z][a-z'’\-]*(?![\w:])")).set_parse_action(lambda s, l, t: [("lit", l, t[0])])
    bare.set_name("word")
    wclass = word_class.copy().set_parse_action(lambda s, l, t: [("class", l, t[0])])
    group = (LPAR - alt + RPAR).set_parse_action(lambda s, l, t: [("group", l, t[0])])
    optional = (LBRK - alt + RBRK).set_parse_action(lambda s, l, t: [("opt", l, t[0])])
    atom = (capture | gap | group | optional | wclass | literal | bare).set_name("pattern item")
    quant = pp.Optional((pp.one_of("? * +") | pp.Group(bounds)).leave_whitespace())

    def item_action(s, l, t):
        if len(t) == 2:
            return [("rep", l, t[0], t[1])]
        return [t[0]]

    item = (atom + quant).set_parse_action(item_action)
    seq = pp.Group(pp.OneOrMore(item)).set_parse_action(lambda s, l, t: [("seq", l, tuple(t[0]))])
    alt <<= (seq + pp.ZeroOrMore(pp.Suppress("|") - seq)).set_parse_action(
        lambda s, l, t: [t[0] if len(t) == 1 else ("alt", l, tuple(t))])
    return alt


PATTERN = _pattern_grammar()

# ------------------------------------------------------------------ rule files

def _clause(word: str, body: pp.ParserElement) -> pp.ParserElement:
    return (pp.Keyword(word) - body).set_parse_action(lambda s, l, t: [(word, l, *t[1:])]).set_name(f"{word} clause")


code = pp.Regex(r"[A-Z]{1,4}[0-9]{2,4}").set_name("rule code like SU01")
dotted = pp.Regex(r"[a-z][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+").set_name("dotted name like sum.parts-total")
alias_name = pp.Regex(r"[A-Za-z0-9][A-Za-z0-9_.-]*").set_name("alias")
enum_word = pp.Regex(r"[a-z]+").set_name("word")

CLAUSE = pp.MatchFirst([
    _clause("alias", pp.OneOrMore(~keyword + alias_name)),
    _clause("kind", enum_word),
    _clause("severity", enum_word),
    _clause("scope", enum_word),
    _clause("doc", string),
    _clause("match", PATTERN),
    _clause("where", EXPRESSION),
    _clause("unless", EXPRESSION + pp.Optional(string)),
    _clause("check", EXPRESSION),
    _clause("say", string),
    _clause("ok", string),
    _clause("flag", string + pp.Optional(pp.Suppress(pp.Keyword("published")) - iso_date)),
    _clause("pass", string + pp.Optional(pp.Suppress(pp.Keyword("published")) - iso_date)),
    _clause("review", string + pp.Optional(pp.Suppress(pp.Keyword("published")) - iso_date)),
]).set_name("rule clause")

RULE = (pp.Keyword("rule") - code + dotted + pp.Group(pp.ZeroOrMore(CLAUSE)))
RULE.set_parse_action(lambda s, l, t: [("rule", l, t[1], t[2], tuple(t[3]))]).set_name("rule")

word_entry = (string | (~keyword + pp.Regex(r"[A-Za-z][A-Za-z'’\-]*"))).set_name("word or phrase")
WORDS = (pp.Keyword("words") - identifier + COLON + pp.Group(pp.OneOrMore(word_entry)))
WORDS.set_parse_action(lambda s, l, t: [("words", l, t[1], tuple(t[2]))]).set_name("words definition")

RULE_FILE = pp.ZeroOrMore(RULE | WORDS) + pp.StringEnd().set_name("end of file (or 'rule' / 'words')")

# A string, or a comment outside strings.
_STRING_OR_COMMENT = re.compile(r'"(?:\\.|[^"\\\n])*"|#[^\n]*')


def blank_comments(text: str) -> str:
    """Comments become spaces, so offsets (and so line:col of errors) stay those of the file.
    Doing this before parsing, rather than `ignore(COMMENT)`, spares pyparsing a comment
    test before every token, which was half the time of loading a pack."""
    return _STRING_OR_COMMENT.sub(lambda m: m.group(0) if m.group(0).startswith('"') else " " * len(m.group(0)),
                                  text)


def parse_rule_text(text: str) -> list:
    """Parse a rule file's text into located tuples. Raises pp.ParseBaseException."""
    return list(RULE_FILE.parse_string(blank_comments(text), parse_all=True))


def parse_expression(text: str):
    return EXPRESSION.parse_string(text, parse_all=True)[0]
