"""report.indented_json writes exactly what json.dumps(value, ensure_ascii=False, indent=2) writes."""
import enum
import json
import random

import pytest

from factcheck.report.indented_json import dumps


def reference(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


class Level(enum.IntEnum):
    LOW = 1


class Name(str):
    pass


AWKWARD = [
    {}, [], (), "", 0, -0.0, 0.1, 1e16, 1e-7, 2 ** 70, -(2 ** 70), True, False, None,
    float("nan"), float("inf"), float("-inf"), Level.LOW, Name("sub"),
    "quote \" backslash \\ slash / tab \t newline \n bell \x07 del \x7f",
    "é ñ 中文 emoji 😀 line sep \u2028 lone surrogate \ud800",
    {"a": {}, "b": [], "c": [{}], "d": {"e": [[]]}},
    {1: "int key", 2.5: "float key", True: "bool key", None: "none key", Name("k"): "str subclass key"},
    {"rows": [(1, 2), [3, [4, {"five": (6,)}]]], "nested": {"x": {"y": {"z": [None, True, "w"]}}}},
    [[[[[]]]], {"": ""}, [{}, {"k": []}]],
]


@pytest.mark.parametrize("value", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_values_match_the_standard_library(value):
    assert dumps(value) == reference(value)


def random_value(rng: random.Random, depth: int = 0):
    scalars = [lambda: rng.choice(["", "a", "naïve", "x\ny", '"q"', "\\", "€"]) + str(rng.random()),
               lambda: rng.randint(-10 ** 6, 10 ** 6), lambda: rng.uniform(-1e6, 1e6), lambda: None,
               lambda: rng.random() < 0.5, lambda: rng.choice([0.5, 1e300, 123456789.0, 1 / 3])]
    if depth > 4 or rng.random() < 0.4:
        return rng.choice(scalars)()
    if rng.random() < 0.5:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(["rule", "text", "start", "évidence", "", "k" + str(i)]): random_value(rng, depth + 1)
            for i in range(rng.randint(0, 4))}


def test_random_documents_match_the_standard_library():
    rng = random.Random(20261206)
    for _ in range(400):
        value = random_value(rng)
        assert dumps(value) == reference(value)


@pytest.mark.parametrize("value", [{1, 2}, object(), {"k": b"bytes"}, [complex(1, 2)], {(1, 2): "tuple key"}])
def test_what_json_cannot_hold_raises_the_same_type_error(value):
    with pytest.raises(TypeError) as ours:
        dumps(value)
    with pytest.raises(TypeError) as theirs:
        reference(value)
    assert str(ours.value) == str(theirs.value)
