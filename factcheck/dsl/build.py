"""Parsed rule-file tuples -> typed RuleSpecs, with semantic errors located in the file."""
from __future__ import annotations

import datetime as dt
import re

import pyparsing as pp

from factcheck.dsl.grammar import EXPRESSION
from factcheck.errors import RuleError
from factcheck.model.rule import (
    Alt, Binary, Call, Capture, Const, Example, Expr, Field, Gap, Name, Repeat, RuleFile, RuleSpec,
    Scope, Seq, Template, Unary, Unless, WordClass, WordClassSpec, Words,
)
from factcheck.model.verdict import Kind, Severity

FACT_TYPES = {
    "quantity", "money", "percent", "points", "count", "measure", "number",
    "date", "day", "month", "year", "quote", "person", "word",
}
MAX_GAP = 40
MAX_REPEAT = 20        # also what an open repetition ({2,}, +, *) means
SINGLE = {"kind", "severity", "scope", "doc", "check", "say", "ok"}
TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def tokens_of(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in TOKEN.findall(phrase))


class Builder:
    def __init__(self, path: str, text: str, pack: str = "") -> None:
        self.path = path
        self.text = text
        self.pack = pack

    # -------------------------------------------------------------- errors
    def where(self, loc: int) -> tuple[int, int]:
        loc = skip_blanks(self.text, loc)
        return pp.lineno(loc, self.text), pp.col(loc, self.text)

    def error(self, loc: int, message: str) -> RuleError:
        line, col = self.where(loc)
        return RuleError(self.path, line, col, message, pp.line(skip_blanks(self.text, loc), self.text))

    # -------------------------------------------------------------- file
    def build(self, parsed: list) -> RuleFile:
        rules, classes = [], []
        for item in parsed:
            if item[0] == "words":
                _, loc, name, entries = item
                phrases = tuple(tokens_of(e) for e in entries)
                classes.append(WordClassSpec(name, phrases, self.path, self.where(loc)[0]))
            else:
                rules.append(self.rule(item))
        return RuleFile(self.path, tuple(rules), tuple(classes), self.text)

    def rule(self, item) -> RuleSpec:
        _, loc, code, name, clauses = item
        seen: dict[str, int] = {}
        fields: dict = {"aliases": (), "doc": "", "where": [], "unless": [], "examples": [], "patterns": []}
        for clause in clauses:
            word, cloc, *args = clause
            if word in SINGLE and word in seen:
                raise self.error(cloc, f"rule {code}: '{word}' given twice")
            seen[word] = cloc
            if word == "alias":
                fields["aliases"] = tuple(args)
            elif word == "kind":
                fields["kind"] = self.enum(Kind, args[0], cloc, "kind")
            elif word == "severity":
                fields["severity"] = self.enum(Severity, args[0], cloc, "severity")
            elif word == "scope":
                fields["scope"] = self.enum(Scope, args[0], cloc, "scope")
            elif word == "doc":
                fields["doc"] = args[0]
            elif word == "match":
                fields["patterns"].append(self.pattern(args[0]))
            elif word == "where":
                fields["where"].append(self.expr(args[0], cloc))
            elif word == "unless":
                fields["unless"].append(Unless(self.expr(args[0], cloc), args[1] if len(args) > 1 else None))
            elif word == "check":
                fields["check"] = self.expr(args[0], cloc)
            elif word == "say":
                fields["message"] = self.template(args[0], cloc)
            elif word == "ok":
                fields["ok_message"] = self.template(args[0], cloc)
            elif word in ("flag", "pass", "review"):
                published = None
                if len(args) > 1:
                    try:
                        published = dt.date.fromisoformat(args[1])
                    except ValueError:
                        raise self.error(cloc, f"bad publication date {args[1]!r}") from None
                fields["examples"].append(Example(args[0], word != "pass", published, self.where(cloc)[0],
                                                  review=word == "review"))
        for required, what in (("kind", "kind"), ("severity", "severity"), ("check", "check"),
                               ("message", "say")):
            if required not in fields:
                raise self.error(loc, f"rule {code} has no '{what}' clause")
        if not fields["patterns"]:
            raise self.error(loc, f"rule {code} has no 'match' clause")
        spec = RuleSpec(
            code=code, name=name, kind=fields["kind"], severity=fields["severity"],
            scope=fields.get("scope", Scope.SENTENCE), patterns=tuple(fields["patterns"]),
            check=fields["check"], message=fields["message"], aliases=fields["aliases"],
            doc=fields["doc"], where=tuple(fields["where"]), unless=tuple(fields["unless"]),
            ok_message=fields.get("ok_message"), examples=tuple(fields["examples"]),
            path=self.path, line=self.where(loc)[0], pack=self.pack,
        )
        self.check_names(spec, clauses)
        return spec

    def enum(self, cls, value: str, loc: int, what: str):
        try:
            return cls(value)
        except ValueError:
            choices = ", ".join(m.value for m in cls)
            raise self.error(loc, f"unknown {what} {value!r} (one of: {choices})") from None

    def check_names(self, spec: RuleSpec, clauses) -> None:
        captures = set(spec.captures)
        exprs = [spec.check, *spec.where, *(u.condition for u in spec.unless)]
        for t in (spec.message, spec.ok_message):
            if t is not None:
                exprs.extend(p for p in t.parts if isinstance(p, Expr))
        from factcheck.dsl.expr import CONSTANTS, names_in
        for e in exprs:
            for n in names_in(e.node):
                if n.name not in captures and n.name not in CONSTANTS and n.name != "published":
                    raise self.error(_loc(n),
                                     f"rule {spec.code}: {n.name!r} is not a capture of this rule "
                                     f"(captures: {', '.join(sorted(captures)) or 'none'})")

    # -------------------------------------------------------------- patterns
    def pattern(self, node):
        tag, loc = node[0], node[1]
        if tag == "seq":
            return Seq(tuple(self.pattern(n) for n in node[2]))
        if tag == "alt":
            return Alt(tuple(self.pattern(n) for n in node[2]))
        if tag == "group":
            return self.pattern(node[2])
        if tag == "opt":
            return Repeat(self.pattern(node[2]), 0, 1)
        if tag == "rep":
            lo, hi = self.bounds(node[3], loc)
            return Repeat(self.pattern(node[2]), lo, hi)
        if tag == "lit":
            toks = tokens_of(node[2])
            if not toks:
                raise self.error(loc, "empty literal in pattern")
            return Words(toks)
        if tag == "class":
            return WordClass(node[2], (loc, -1))
        if tag == "gap":
            lo, hi = (0, 6) if len(node) < 3 else self.bounds(node[2], loc, MAX_GAP, "a gap may span")
            return Gap(lo, hi)
        if tag == "cap":
            name, ctype = node[2], node[3]
            lo, hi = (1, 1) if len(node) < 5 else self.bounds(node[4], loc)
            if not ctype.startswith("@") and ctype not in FACT_TYPES:
                raise self.error(loc, f"unknown capture type {ctype!r} (one of: {', '.join(sorted(FACT_TYPES))})")
            return Capture(name, ctype, lo, hi, (loc, -1))
        raise self.error(loc, f"unexpected pattern element {tag}")

    def bounds(self, spec, loc, limit: int = MAX_REPEAT, what: str = "a repetition may match") -> tuple[int, int]:
        if spec == "?":
            return 0, 1
        if spec == "*":
            return 0, MAX_REPEAT
        if spec == "+":
            return 1, MAX_REPEAT
        values = list(spec)
        lo = values[0]
        hi = values[1] if len(values) > 1 else lo
        if hi == -1:
            hi = max(lo, MAX_REPEAT)
        if hi < lo:
            raise self.error(loc, f"bad repetition {{{lo},{hi}}}: max is below min")
        if hi > limit:
            # Refused, not quietly capped: a rule must do what its text says.
            raise self.error(loc, f"{what} at most {limit} words or facts, not {hi}")
        return lo, hi

    # -------------------------------------------------------------- expressions
    def expr(self, node, loc: int, source: str | None = None) -> Expr:
        if source is None:
            source = _source_of(self.text, loc)
        return Expr(self.node(node, loc), source)

    def node(self, n, base: int):
        tag, loc = n[0], n[1]
        if tag == "num":
            return Const(n[2])
        if tag == "str":
            return Const(n[2])
        if tag == "date":
            try:
                return Const(dt.date.fromisoformat(n[2]))
            except ValueError:
                raise self.error(loc, f"bad date {n[2]!r}") from None
        if tag == "name":
            return Name(n[2], (loc, -1))
        if tag == "field":
            return Field(self.node(n[2], base), n[3], (loc, -1))
        if tag == "call":
            return Call(n[2], tuple(self.node(a, base) for a in n[3]), (loc, -1))
        if tag == "neg":
            return Unary("-", self.node(n[3], base))
        if tag == "not":
            return Unary("not", self.node(n[3], base))
        if tag == "bin":
            return Binary(n[2], self.node(n[3], base), self.node(n[4], base))
        raise self.error(loc, f"unexpected expression element {tag}")

    def template(self, text: str, loc: int) -> Template:
        parts: list = []
        pos = 0
        # loc points at the clause keyword; the string starts after it.
        quote = self.text.find('"', loc)
        for m in re.finditer(r"\{\{|\}\}|\{([^{}]*)\}", text):
            parts.append(text[pos:m.start()])
            pos = m.end()
            if m.group(0) in ("{{", "}}"):
                parts.append(m.group(0)[0])
                continue
            hole = m.group(1)
            try:
                parsed = EXPRESSION.parse_string(hole, parse_all=True)[0]
            except pp.ParseBaseException as exc:
                raise self.error(quote + 1 + m.start(1) + exc.loc, f"bad expression in message: {exc.msg}") from None
            parts.append(Expr(self.node(_shift(parsed, quote + 1 + m.start(1)), loc), hole))
        parts.append(text[pos:])
        return Template(tuple(p for p in parts if p != ""), text)


def _shift(node, by: int):
    """Move locations of a message-hole expression into file coordinates."""
    if isinstance(node, tuple) and len(node) >= 2 and isinstance(node[0], str) and isinstance(node[1], int):
        return (node[0], node[1] + by, *(_shift(x, by) for x in node[2:]))
    if isinstance(node, tuple):
        return tuple(_shift(x, by) for x in node)
    return node


def skip_blanks(text: str, loc: int) -> int:
    """Parse actions see where an element's leading whitespace began; errors point past it."""
    while loc < len(text) and text[loc] in " \t\r\n":
        loc += 1
    return loc


def _loc(n) -> int:
    return n.loc[0] if isinstance(n.loc, tuple) else 0


def _source_of(text: str, loc: int) -> str:
    """The source of a clause: from after its keyword to the end of its line."""
    line = pp.line(loc, text)
    start = pp.col(loc, text) - 1
    body = line[start:]
    body = body.split(" ", 1)[1] if " " in body else ""
    return body.split("#", 1)[0].strip()
