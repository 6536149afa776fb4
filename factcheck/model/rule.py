"""Rule specifications: what a parsed rule file says, as typed values.

Pattern and expression nodes are plain frozen values; the dsl builds them and
the engine interprets them. `loc` fields are (line, column) in the rule file so
semantic errors found after parsing still point at the right place.
"""
from __future__ import annotations

import datetime as dt
import enum

import attrs

from factcheck.model.verdict import Kind, Severity


class Scope(enum.Enum):
    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    ARTICLE = "article"


# ---------------------------------------------------------------- patterns

@attrs.frozen
class Words:
    """A literal word or phrase, matched case-insensitively token by token."""
    tokens: tuple[str, ...]


@attrs.frozen
class WordClass:
    name: str
    loc: tuple[int, int] = (0, 0)


@attrs.frozen
class Capture:
    """`name:type`, `name:type+` or `name:@class`; `many` captures collect a tuple."""
    name: str
    type: str                      # a fact type, or "@class"
    min: int = 1
    max: int = 1
    loc: tuple[int, int] = (0, 0)

    @property
    def many(self) -> bool:
        return self.max != 1


@attrs.frozen
class Gap:
    min: int = 0
    max: int = 6


@attrs.frozen
class Seq:
    items: tuple


@attrs.frozen
class Alt:
    options: tuple


@attrs.frozen
class Repeat:
    node: object
    min: int
    max: int


# ---------------------------------------------------------------- expressions

@attrs.frozen
class Const:
    value: object


@attrs.frozen
class Name:
    name: str
    loc: tuple[int, int] = (0, 0)


@attrs.frozen
class Field:
    target: object
    name: str
    loc: tuple[int, int] = (0, 0)


@attrs.frozen
class Call:
    func: str
    args: tuple
    loc: tuple[int, int] = (0, 0)


@attrs.frozen
class Unary:
    op: str
    operand: object


@attrs.frozen
class Binary:
    op: str
    left: object
    right: object


@attrs.frozen
class Expr:
    """An expression with its source text, for evidence and messages."""
    node: object
    source: str


@attrs.frozen
class Template:
    """A message: literal text and `{expr}` holes."""
    parts: tuple                   # str | Expr
    source: str


@attrs.frozen
class Unless:
    condition: Expr
    reason: str | None = None


@attrs.frozen
class Example:
    text: str
    flag: bool                     # True: must be reported; False: must not be flagged inconsistent
    published: dt.date | None = None
    line: int = 0
    review: bool = False           # with flag: reported unverifiable (for an editor's review), not inconsistent

    @property
    def kind(self) -> str:
        return "review" if self.review else ("flag" if self.flag else "pass")


@attrs.frozen
class RuleSpec:
    code: str
    name: str
    kind: Kind
    severity: Severity
    scope: Scope
    patterns: tuple                # alternatives, each a Seq
    check: Expr
    message: Template
    aliases: tuple[str, ...] = ()
    doc: str = ""
    where: tuple[Expr, ...] = ()
    unless: tuple[Unless, ...] = ()
    ok_message: Template | None = None
    examples: tuple[Example, ...] = ()
    path: str = ""
    line: int = 0
    pack: str = ""

    @property
    def captures(self) -> dict[str, Capture]:
        found: dict[str, Capture] = {}

        def walk(node):
            if isinstance(node, Capture):
                found.setdefault(node.name, node)
            elif isinstance(node, Seq):
                for item in node.items:
                    walk(item)
            elif isinstance(node, Alt):
                for item in node.options:
                    walk(item)
            elif isinstance(node, Repeat):
                walk(node.node)

        for p in self.patterns:
            walk(p)
        return found


@attrs.frozen
class WordClassSpec:
    name: str
    phrases: tuple[tuple[str, ...], ...]
    path: str = ""
    line: int = 0


@attrs.frozen
class RuleFile:
    path: str
    rules: tuple[RuleSpec, ...]
    word_classes: tuple[WordClassSpec, ...]
    text: str = attrs.field(default="", repr=False, eq=False)
