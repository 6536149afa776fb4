"""Validating configuration values: one function per kind of value.

Each validator takes the raw value (an INI string or a TOML value) and returns
the typed value, or raises ValueError with a message for the user; config.py
adds the file and line. Nothing is silently ignored or coerced past recognition.
"""
from __future__ import annotations

import math
import os
import re

from factcheck.model.verdict import Severity

RULE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
SEVERITIES = tuple(s.value for s in Severity)


def text_list(raw: object) -> tuple[str, ...]:
    """A list: a TOML array of strings, or a string of items separated by commas or new lines."""
    if isinstance(raw, str):
        items = re.split(r"[,\n]", raw)
    elif isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        items = raw
    else:
        raise ValueError(f"expected a list of strings, got {_show(raw)}")
    return tuple(item.strip() for item in items if item.strip())


def rule_keys(raw: object) -> tuple[str, ...]:
    keys = text_list(raw)
    for key in keys:
        if not RULE_KEY.match(key):
            raise ValueError(f"{key!r} is not a rule code, name or alias")
    return keys


def globs(raw: object) -> tuple[str, ...]:
    return text_list(raw)


def severities(raw: object) -> tuple[tuple[str, str], ...]:
    """Per-rule severities: `DA01:warning, SU01:info`, or a TOML table {DA01 = "warning"}."""
    if isinstance(raw, dict):
        pairs = []
        for key, value in raw.items():
            if not isinstance(value, str):
                raise ValueError(f"severity of {key} must be a string, got {_show(value)}")
            pairs.append((key, value.strip()))
    else:
        pairs = []
        for item in text_list(raw):
            key, sep, value = item.partition(":")
            if not sep:
                raise ValueError(f"{item!r} should be RULE:SEVERITY, e.g. DA01:warning")
            pairs.append((key.strip(), value.strip()))
    seen = set()
    for key, value in pairs:
        if not RULE_KEY.match(key):
            raise ValueError(f"{key!r} is not a rule code, name or alias")
        if value not in SEVERITIES:
            raise ValueError(f"unknown severity {value!r} for {key} (one of: {', '.join(SEVERITIES)})")
        if key in seen:
            raise ValueError(f"severity of {key} is given twice")
        seen.add(key)
    return tuple(pairs)


def severity(raw: object) -> str:
    value = _string(raw)
    if value not in SEVERITIES:
        raise ValueError(f"unknown severity {value!r} (one of: {', '.join(SEVERITIES)})")
    return value


def positive_int(raw: object, minimum: int = 1) -> int:
    if isinstance(raw, bool):
        raise ValueError(f"expected a whole number, got {_show(raw)}")
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, str):
        try:
            value = int(raw.strip())
        except ValueError:
            raise ValueError(f"expected a whole number, got {raw.strip()!r}") from None
    else:
        raise ValueError(f"expected a whole number, got {_show(raw)}")
    if value < minimum:
        raise ValueError(f"must be at least {minimum}, got {value}")
    return value


def seconds(raw: object) -> float:
    if isinstance(raw, bool):
        raise ValueError(f"expected a number of seconds, got {_show(raw)}")
    if isinstance(raw, (int, float)):
        value = float(raw)
    elif isinstance(raw, str):
        try:
            value = float(raw.strip())
        except ValueError:
            raise ValueError(f"expected a number of seconds, got {raw.strip()!r}") from None
    else:
        raise ValueError(f"expected a number of seconds, got {_show(raw)}")
    # As --timeout: 0 means no limit; nan and inf are refused.
    if not math.isfinite(value) or not 0 <= value < 1e6:
        raise ValueError(f"must be a number of seconds from 0 (no limit) to 999999, got {raw!r}")
    return value


def choice(raw: object, choices) -> str:
    value = _string(raw)
    if value not in choices:
        raise ValueError(f"unknown value {value!r} (one of: {', '.join(choices)})")
    return value


def paths(raw: object, base: str, what: str) -> tuple[str, ...]:
    """Paths relative to the configuration file's directory; each must exist."""
    return tuple(path(item, base, what) for item in text_list(raw))


def path(raw: object, base: str, what: str) -> str:
    value = _string(raw)
    full = os.path.normpath(os.path.join(base, os.path.expanduser(value)))
    if not os.path.exists(full):
        raise ValueError(f"{what} {value!r} does not exist (looked for {full})")
    return full


def _string(raw: object) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(f"expected a single value, got {_show(raw)}")
    return raw.strip()


def _show(raw: object) -> str:
    if isinstance(raw, str):
        return repr(raw)
    kind = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a table"}
    return kind.get(type(raw), type(raw).__name__)
