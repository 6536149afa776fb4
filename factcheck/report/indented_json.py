"""`json.dumps(value, ensure_ascii=False, indent=2)`, byte for byte, in half the time.

The reports' JSON (check, SARIF, ClaimReview) is indented for people and diffs.
The standard library writes indented JSON with its pure-Python encoder (its C
accelerator only writes compact JSON), a generator per nesting level and a chunk
per token: 3.5 ms per hundred articles' report, which `--jobs` cannot share
out because the report is written after the last result. Here each scalar is
written by the same functions the standard library uses (its C string escaper,
int and float repr) and each container by one loop, so the text is the same.
tests/report/test_indented_json.py compares the two on every kind of value.

Only JSON's own types are written (dict, list, tuple, str, int, float, bool,
None); anything else raises the standard library's TypeError.
"""
from __future__ import annotations

from json.encoder import encode_basestring as _string     # the C escaper where it is built, as json uses it

_INFINITY = float("inf")
_float_repr = float.__repr__
_int_repr = int.__repr__


def dumps(value) -> str:
    out: list[str] = []
    _write(value, "\n", out)
    return "".join(out)


def _float(value: float) -> str:
    # json.dumps' allow_nan spellings
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return _float_repr(value)


def _scalar(value) -> str | None:
    """The JSON text of a scalar, or None for a container (or a value JSON cannot hold).
    The order of the tests is json's: bool before int, since True is an int."""
    if type(value) is str:              # the commonest value first
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return _int_repr(value)          # as json: an int subclass (IntEnum) is written as its number
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, str):
        return _string(value)
    return None


def _key(key) -> str:
    """What json.dumps makes of a dict key (skipkeys=False): a string as it is, a number,
    boolean or null as its JSON text (then quoted like any key)."""
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, (int, float)):        # bool is an int
        return _scalar(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")


def _write(value, newline: str, out: list[str]) -> None:
    """Append value's text; `newline` is a newline and the current indentation."""
    text = _scalar(value)
    if text is not None:
        out.append(text)
        return
    if isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            text = _scalar(item)
            if text is None:
                out.append(separator)
                _write(item, inner, out)
            else:
                out.append(separator + text)
            separator = "," + inner
        out.append(newline + "]")
        return
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            name = _string(key if type(key) is str else _key(key))
            text = _scalar(item)
            if text is None:
                out.append(separator + name + ": ")
                _write(item, inner, out)
            else:
                out.append(separator + name + ": " + text)
            separator = "," + inner
        out.append(newline + "}")
        return
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")
