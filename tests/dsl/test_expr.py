"""The safe evaluator: arithmetic and logic, unverifiable on unknowns, whitelisted fields
only, no Python eval, and a step budget."""
from __future__ import annotations

import datetime as dt
import enum

import attrs
import pytest

from factcheck.dsl.build import Builder
from factcheck.dsl.expr import MAX_STEPS, EvalError, Evaluator, calls_in, context_function, names_in
from factcheck.dsl.grammar import parse_expression
from factcheck.errors import Unverifiable
from factcheck.model.rule import Binary, Const


def node(text: str):
    return Builder("<test>", text).node(parse_expression(text), 0)


def evaluate(text: str, functions=None, context=None, **env):
    return Evaluator(env, functions or {}, context)(node(text))


@pytest.mark.parametrize("text, value", [
    ("1 + 2 * 3", 7),
    ("(1 + 2) * 3", 9),
    ("10 - 4 - 3", 3),
    ("10 / 4", 2.5),
    ("7 % 4", 3),
    ("-2 * 3", -6),
    ("1.5 + 1.5 == 3", True),
    ("1 < 2 and not 2 < 1", True),
    ("1 > 2 or 3 >= 3", True),
    ("2 <= 1", False),
    ("0.1 + 0.2 ~= 0.3", True),      # ~= on plain numbers forgives float noise only
    ("1 ~= 1.001", False),
    ('"pct" == "pct"', True),
    ('"pct" != "%"', True),
    ("none == none", True),
    ("true and not false", True),
    ("2022-04-13 < 2022-04-14", True),
])
def test_values(text, value):
    assert evaluate(text) == value


def test_captures_fields_and_date_parts():
    @attrs.frozen
    class Fact:
        value: float
        kind: enum.Enum

    class Kind(enum.Enum):
        MONEY = "money"

    fact = Fact(2.5, Kind.MONEY)
    assert evaluate("q.value * 2", q=fact) == 5.0
    assert evaluate('q.kind == "money"', q=fact) is True          # enums read as their value
    assert evaluate("d.year + 1", d=dt.date(2022, 4, 13)) == 2023
    assert evaluate("m.unit", m={"unit": "USD"}) == "USD"
    assert evaluate("m.missing == none", m={"unit": "USD"}) is True
    assert evaluate("q.value == none", q=None) is True             # a field of nothing is nothing


@pytest.mark.parametrize("text, env, reason", [
    ("a + 1", {"a": None}, "a value needed for '+' is not known"),
    ("a < 1", {"a": None}, "a value needed for '<' is not known"),
    ("-a", {"a": None}, "a value needed for '-' is not known"),
    ("1 / 0", {}, "division by zero"),
    ("5 % 0", {}, "division by zero"),
    ('"a" < 1', {}, "cannot compare or combine str and int"),
])
def test_undecidable_conditions_are_unverifiable(text, env, reason):
    with pytest.raises(Unverifiable) as exc:
        evaluate(text, **env)
    assert str(exc.value) == reason


def test_and_or_do_not_evaluate_what_they_do_not_need():
    assert evaluate("false and 1 / 0 > 1") is False
    assert evaluate("true or unknown_name") is True
    with pytest.raises(EvalError):
        evaluate("true and unknown_name")


@pytest.mark.parametrize("text, env, message", [
    ("totl + 1", {}, "unknown name 'totl'"),
    ("__builtins__", {}, "unknown name '__builtins__'"),
    ("nosuch(1)", {}, "unknown function 'nosuch'"),
    ("d.weekday", {"d": dt.date(2022, 4, 13)}, "date has no field 'weekday'"),
    ("s.upper", {"s": "text"}, "str has no field 'upper'"),
    ("n.real", {"n": 3}, "int has no field 'real'"),
])
def test_only_captures_functions_and_declared_fields_are_reachable(text, env, message):
    with pytest.raises(EvalError) as exc:
        evaluate(text, **env)
    assert str(exc.value) == message


def test_attrs_objects_expose_only_their_fields_and_rule_fields():
    @attrs.frozen
    class Answer:
        total: int
        RULE_FIELDS = ("summary",)

        @property
        def summary(self) -> str:
            return f"{self.total} in all"

        def secret(self):
            raise AssertionError("never called")

    assert evaluate("a.summary", a=Answer(3)) == "3 in all"
    for name in ("secret", "__class__", "__init__", "__dict__"):
        with pytest.raises(EvalError):
            evaluate(f"a.{name}", a=Answer(3))


def test_strings_are_data_never_code():
    text = '"__import__(\'os\').system(\'false\')"'
    assert evaluate(text) == "__import__('os').system('false')"
    with pytest.raises(EvalError):
        evaluate("__import__(1)")


def test_functions_and_context_functions():
    seen = []

    @context_function
    def in_article(context, word):
        seen.append(context)
        return word in context

    functions = {"double": lambda x: 2 * x, "in_article": in_article, "nan": lambda: float("nan")}
    assert evaluate("double(21)", functions) == 42
    assert evaluate('in_article("deficit")', functions, context="the deficit grew") is True
    assert seen == ["the deficit grew"]
    with pytest.raises(Unverifiable) as exc:
        evaluate("nan() > 1", functions)
    assert str(exc.value) == "nan() has no value here"


def test_a_runaway_condition_is_stopped_by_the_step_budget():
    def balanced(depth):
        if depth == 0:
            return Const(1)
        return Binary("+", balanced(depth - 1), balanced(depth - 1))

    small = Evaluator({}, {})
    assert small(balanced(12)) == 4096 and small.steps == 2 ** 13 - 1 < MAX_STEPS
    with pytest.raises(Unverifiable) as exc:
        Evaluator({}, {})(balanced(14))
    assert str(exc.value) == "condition too costly to evaluate"


def test_comparisons_are_traced_for_the_evidence():
    evaluator = Evaluator({"a": 3}, {})
    assert evaluator(node("a + 1 > 3 and a ~= 3")) is True
    assert evaluator.trace["comparisons"] == [{"op": ">", "left": 4, "right": 3},
                                              {"op": "~=", "left": 3, "right": 3}]


def test_approximate_equality_defers_to_values_that_know_their_precision():
    class Stated:
        def __init__(self, low, high):
            self.low, self.high = low, high

        def approx_eq(self, other):
            return self.low <= other <= self.high

    assert evaluate("x ~= 10.4", x=Stated(9.5, 10.5)) is True
    assert evaluate("10.6 ~= x", x=Stated(9.5, 10.5)) is False


def test_names_and_calls_in_an_expression():
    tree = node('sum(parts) ~= total.value and weekday(d) != 2 or "x" == name')
    assert [n.name for n in names_in(tree)] == ["parts", "total", "d", "name"]
    assert [c.func for c in calls_in(tree)] == ["sum", "weekday"]


def test_compiled_expressions_count_one_step_per_node_reached():
    # Evaluation runs each expression compiled into closures; the step budget must still count
    # exactly the nodes reached, short-circuits included, as the node-by-node interpreter did.
    evaluator = Evaluator({"a": 3}, {"half": lambda x: x / 2})
    assert evaluator(node("half(a) > 1 and not a == 4")) is True
    assert evaluator.steps == 9
    evaluator = Evaluator({"a": 3}, {})
    assert evaluator(node("a > 1 or missing_name")) is True    # the unknown name is never reached
    assert evaluator.steps == 4


def test_an_unknown_function_is_reported_before_its_arguments_are_evaluated():
    evaluated = []

    def note(x):
        evaluated.append(x)
        return x

    with pytest.raises(EvalError, match="unknown function 'nope'"):
        evaluate("nope(note(1))", {"note": note})
    assert evaluated == []
    assert evaluate("note(2) + 1", {"note": note}) == 3 and evaluated == [2]


def test_one_expression_object_is_compiled_once_and_reused():
    from factcheck.dsl.expr import compiled
    expr = node("1 + 2 > 2")
    assert compiled(expr) is compiled(expr)
    assert Evaluator({}, {})(expr) is True and Evaluator({}, {})(expr) is True
