"""A cache of parsed rule files, so that starting factcheck does not re-parse the pack.

Parsing the default pack with pyparsing costs most of a cold start; a parsed
RuleFile is plain frozen values, so it is kept in memory for the life of the
process and pickled to the user's cache directory, keyed by a hash of the
file's path, text, factcheck's version and the source of the rule language
itself (any edit, upgrade or change to the grammar misses the cache). The hash
is importlib.util.source_hash, the one Python uses to tell whether a .pyc still
matches its source: it needs no OpenSSL (importing hashlib loads it, 1% of a
cold start), and it is keyed by the interpreter's bytecode version, so each
Python version keeps entries of its own. Beside the entries, an empty file
`validated-KEY` records that one combination of rule files and function names
passed loader.validate's walk. The cache is private to the user
(0700), written atomically, and never needed: any failure to read or write it
just means parsing again.
`FACTCHECK_NO_CACHE=1` turns the disk cache off.
"""
from __future__ import annotations

import functools
import glob
import io
import os
import pickle
from importlib.util import source_hash

from factcheck import __version__
from factcheck.model.pickling import as_call
from factcheck.model.rule import RuleFile

_memory: dict[str, RuleFile] = {}
_validated: set[str] = set()


def cache_dir() -> str | None:
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    base = os.environ.get("FACTCHECK_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "factcheck")
    return base


@functools.cache
def _language_digest() -> str:
    """A digest of the modules that decide what a parsed rule file is."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sources = []
    for path in sorted(glob.glob(os.path.join(package, "dsl", "*.py"))
                       + glob.glob(os.path.join(package, "model", "*.py"))):
        with open(path, "rb") as fh:
            sources.append(fh.read())
    return source_hash(b"\0".join(sources)).hex()


def key_of(path: str, text: str) -> str:
    parts = (__version__, _language_digest(), os.path.abspath(path), text)
    return source_hash(b"\0".join(part.encode("utf-8", "surrogatepass") for part in parts)).hex()


def get(key: str) -> RuleFile | None:
    if key in _memory:
        return _memory[key]
    directory = cache_dir()
    if directory is None:
        return None
    try:
        with open(os.path.join(directory, f"rules-{key}.pickle"), "rb") as fh:
            value = pickle.load(fh)
    except Exception:       # absent, stale format, unreadable: parse again
        return None
    if not isinstance(value, RuleFile):
        return None
    _memory[key] = value
    return value


def put(key: str, value: RuleFile) -> None:
    _memory[key] = value
    directory = cache_dir()
    if directory is None:
        return
    from factcheck.fileio import write_bytes_atomic     # tempfile: only a cache miss writes
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        write_bytes_atomic(os.path.join(directory, f"rules-{key}.pickle"), dumps(value))
    except OSError:
        pass                # a read-only home or full disk only costs speed


def validation_key(file_keys: list[str], functions: set[str]) -> str:
    """The key of one combination of rule files (by their keys, in order) and function names."""
    parts = [*file_keys, "functions:", *sorted(functions)]
    return source_hash("\0".join(parts).encode("utf-8", "surrogatepass")).hex()


def was_validated(key: str) -> bool:
    if key in _validated:
        return True
    directory = cache_dir()
    return directory is not None and os.path.exists(os.path.join(directory, f"validated-{key}"))


def mark_validated(key: str) -> None:
    """Remember that this combination passed validation: an empty file whose name is the key."""
    _validated.add(key)
    directory = cache_dir()
    if directory is None:
        return
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        with open(os.path.join(directory, f"validated-{key}"), "wb"):
            pass
    except OSError:
        pass                # a read-only home or full disk only costs speed


def dumps(value: RuleFile) -> bytes:
    buffer = io.BytesIO()
    _RulePickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


class _RulePickler(pickle.Pickler):
    """Pickles the rule model's attrs values as calls of their class (model.pickling):
    a cache hit loads in about 60% of the time."""

    def reducer_override(self, obj):
        return as_call(obj)
