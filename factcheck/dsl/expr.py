"""The safe evaluator for rule conditions and message holes.

Only the node types the grammar builds are understood: constants, names bound
by the rule's captures, whitelisted fields of facts, calls to functions the
engine registers, and operators. There is no Python eval, no attribute access
beyond declared data fields, no loops and no powers, and every evaluation has
a step budget, so a rule cannot run away.
"""
from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import operator
from collections.abc import Callable, Mapping

import attrs

from factcheck.errors import Unverifiable
from factcheck.model.rule import Binary, Call, Const, Field, Name, Unary

CONSTANTS = {"none": None, "true": True, "false": False}
MAX_STEPS = 10_000

# Derived fields readable on values that are not attrs classes.
_DATE_FIELDS = {"year", "month", "day"}


class EvalError(Exception):
    """A condition that is wrong in itself (unknown name or field): a rule bug, not a claim problem."""


@functools.cache
def _readable_fields(cls) -> frozenset[str]:
    """A fact class's data fields plus any it declares readable (RULE_FIELDS); once per class,
    since conditions read fields in the engine's inner loop."""
    return frozenset({f.name for f in attrs.fields(cls)} | set(getattr(cls, "RULE_FIELDS", ())))


def context_function(func: Callable) -> Callable:
    """Mark a rule function that needs the evaluation context (document, facts) as first argument."""
    func.needs_context = True
    return func


@attrs.define
class Evaluator:
    env: Mapping[str, object]
    functions: Mapping[str, Callable]
    context: object = None
    coerce: Callable[[object], object] = lambda v: v
    steps: int = 0
    trace: dict = attrs.field(factory=dict)

    def __call__(self, node):
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise Unverifiable("condition too costly to evaluate")
        if isinstance(node, Const):
            return node.value
        if isinstance(node, Name):
            return self._name(node)
        if isinstance(node, Field):
            return self._field(self(node.target), node.name)
        if isinstance(node, Call):
            return self._call(node)
        if isinstance(node, Unary):
            value = self(node.operand)
            if node.op == "not":
                return not value
            return -self._num(value, "-")
        if isinstance(node, Binary):
            return self._binary(node)
        raise EvalError(f"unknown expression node {type(node).__name__}")

    def _name(self, node: Name):
        if node.name in self.env:
            return self.env[node.name]
        if node.name in CONSTANTS:
            return CONSTANTS[node.name]
        raise EvalError(f"unknown name {node.name!r}")

    def _field(self, value, name: str):
        if value is None:
            return None
        if isinstance(value, Mapping):
            return value.get(name)
        if isinstance(value, (dt.date,)) and name in _DATE_FIELDS:
            return getattr(value, name)
        if attrs.has(type(value)):
            if name in _readable_fields(type(value)):
                result = getattr(value, name)
                return result.value if isinstance(result, enum.Enum) else result
        raise EvalError(f"{type(value).__name__} has no field {name!r}")

    def _call(self, node: Call):
        func = self.functions.get(node.func)
        if func is None:
            raise EvalError(f"unknown function {node.func!r}")
        args = [self(a) for a in node.args]
        if getattr(func, "needs_context", False):
            result = func(self.context, *args)
        else:
            result = func(*args)
        if isinstance(result, float) and math.isnan(result):
            raise Unverifiable(f"{node.func}() has no value here")
        return result

    def _num(self, value, op: str):
        if value is None:
            raise Unverifiable(f"a value needed for '{op}' is not known")
        return self.coerce(value)

    def _binary(self, node: Binary):
        op = node.op
        if op == "and":
            return self(node.left) and self(node.right)
        if op == "or":
            return self(node.left) or self(node.right)
        left, right = self(node.left), self(node.right)
        if op in ("==", "!=") and (left is None or right is None or isinstance(left, (str, bool))
                                   or isinstance(right, (str, bool))):
            same = left == right
            return same if op == "==" else not same
        a, b = self._num(left, op), self._num(right, op)
        try:
            if op == "~=":
                result = _approx(a, b)
            elif op in _ARITH:
                if isinstance(a, (str, bytes, bool, tuple, list)) or isinstance(b, (str, bytes, bool, tuple, list)):
                    # Python would repeat or %-format text ("ab" * 10**11): never arithmetic here.
                    raise TypeError
                if op in ("/", "%") and _is_zero(b):
                    raise Unverifiable("division by zero")
                result = _ARITH[op](a, b)
            else:
                result = _COMPARE[op](a, b)
        except TypeError:
            raise Unverifiable(f"cannot compare or combine {_describe(left)} and {_describe(right)}") from None
        if op in _COMPARE or op == "~=":
            self.trace.setdefault("comparisons", []).append({"op": op, "left": left, "right": right})
        return result


def _approx(a, b) -> bool:
    if hasattr(a, "approx_eq"):
        return a.approx_eq(b)
    if hasattr(b, "approx_eq"):
        return b.approx_eq(a)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def _is_zero(value) -> bool:
    if isinstance(value, (int, float)):
        return value == 0
    return bool(getattr(value, "is_zero", lambda: False)())


def _describe(value) -> str:
    return getattr(value, "text", None) or type(value).__name__


_ARITH = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod}
_COMPARE = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
            ">": operator.gt, ">=": operator.ge}


def nodes_in(node):
    """Every node of an expression tree, parents before children."""
    yield node
    if isinstance(node, Field):
        yield from nodes_in(node.target)
    elif isinstance(node, Call):
        for a in node.args:
            yield from nodes_in(a)
    elif isinstance(node, Unary):
        yield from nodes_in(node.operand)
    elif isinstance(node, Binary):
        yield from nodes_in(node.left)
        yield from nodes_in(node.right)


def names_in(node) -> list[Name]:
    """Every Name node in an expression (for checking names against captures)."""
    return [n for n in nodes_in(node) if isinstance(n, Name)]


def calls_in(node) -> list[Call]:
    """Every function call in an expression (for checking them against the known functions)."""
    return [n for n in nodes_in(node) if isinstance(n, Call)]
