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
        return compiled(node)(self)

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
        func = self._function(node)
        return self._result(node, func, [self(a) for a in node.args])

    def _function(self, node: Call):
        func = self.functions.get(node.func)
        if func is None:
            raise EvalError(f"unknown function {node.func!r}")
        return func

    def _result(self, node: Call, func, args: list):
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
        return self._combine(op, self(node.left), self(node.right))

    def _combine(self, op: str, left, right):
        """A binary operator other than and/or, on its evaluated operands."""
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


# ---------------------------------------------------------------- compiled expressions
#
# Evaluator.__call__ runs an expression compiled once into one closure per node (no
# isinstance dispatch per node). Each closure must do exactly what the interpreter this
# replaced did for its node: count one step on entry (so the MAX_STEPS budget runs out at
# the same point), evaluate operands in the same order, and raise the same errors at the
# same moment (an unknown name or function only when reached).

_COMPILED: dict[int, tuple] = {}


def compiled(node) -> Callable[[Evaluator], object]:
    """The node's compiled form, remembered by identity (rule expressions live as long as their rule set)."""
    hit = _COMPILED.get(id(node))
    if hit is None or hit[0] is not node:
        if len(_COMPILED) > 20_000:      # expressions built by tests come and go
            _COMPILED.clear()
        hit = _COMPILED[id(node)] = (node, _compile(node))
    return hit[1]


def _step(ev: Evaluator) -> None:
    ev.steps += 1
    if ev.steps > MAX_STEPS:
        raise Unverifiable("condition too costly to evaluate")


def _compile(node) -> Callable[[Evaluator], object]:
    if isinstance(node, Const):
        value = node.value

        def const(ev):
            ev.steps += 1
            if ev.steps > MAX_STEPS:
                raise Unverifiable("condition too costly to evaluate")
            return value
        return const
    if isinstance(node, Name):
        name = node.name

        def lookup(ev):
            ev.steps += 1
            if ev.steps > MAX_STEPS:
                raise Unverifiable("condition too costly to evaluate")
            env = ev.env
            if name in env:
                return env[name]
            return ev._name(node)
        return lookup
    if isinstance(node, Field):
        target, field_name = compiled(node.target), node.name

        def field(ev):
            ev.steps += 1
            if ev.steps > MAX_STEPS:
                raise Unverifiable("condition too costly to evaluate")
            return ev._field(target(ev), field_name)
        return field
    if isinstance(node, Call):
        return _compile_call(node)
    if isinstance(node, Unary):
        operand, negate = compiled(node.operand), node.op != "not"

        def unary(ev):
            ev.steps += 1
            if ev.steps > MAX_STEPS:
                raise Unverifiable("condition too costly to evaluate")
            value = operand(ev)
            if not negate:
                return not value
            return -ev._num(value, "-")
        return unary
    if isinstance(node, Binary):
        return _compile_binary(node)

    def unknown(ev):
        _step(ev)
        raise EvalError(f"unknown expression node {type(node).__name__}")
    return unknown


def _compile_call(node: Call) -> Callable[[Evaluator], object]:
    """Evaluator._call: the function is looked up before its arguments are evaluated."""
    args = tuple(compiled(a) for a in node.args)
    fname = node.func
    if len(args) == 1:
        only = args[0]

        def call_one(ev):
            ev.steps += 1
            if ev.steps > MAX_STEPS:
                raise Unverifiable("condition too costly to evaluate")
            func = ev.functions.get(fname)
            if func is None:
                raise EvalError(f"unknown function {fname!r}")
            value = only(ev)
            if getattr(func, "needs_context", False):
                result = func(ev.context, value)
            else:
                result = func(value)
            if isinstance(result, float) and math.isnan(result):
                raise Unverifiable(f"{fname}() has no value here")
            return result
        return call_one

    def call(ev):
        ev.steps += 1
        if ev.steps > MAX_STEPS:
            raise Unverifiable("condition too costly to evaluate")
        func = ev._function(node)
        return ev._result(node, func, [a(ev) for a in args])
    return call


def _compile_binary(node: Binary) -> Callable[[Evaluator], object]:
    op, left, right = node.op, compiled(node.left), compiled(node.right)
    if op == "and":
        def both(ev):
            ev.steps += 1
            if ev.steps > MAX_STEPS:
                raise Unverifiable("condition too costly to evaluate")
            return left(ev) and right(ev)
        return both
    if op == "or":
        def either(ev):
            ev.steps += 1
            if ev.steps > MAX_STEPS:
                raise Unverifiable("condition too costly to evaluate")
            return left(ev) or right(ev)
        return either

    def binary(ev):
        ev.steps += 1
        if ev.steps > MAX_STEPS:
            raise Unverifiable("condition too costly to evaluate")
        a = left(ev)
        return ev._combine(op, a, right(ev))
    return binary

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
