"""A pack's manifest, pack.cfg: one [section] per table naming its kind, file,
source and as-of date. An INI file because editors can write one by hand and
the standard library reads it; errors still point at file:line."""
from __future__ import annotations

import configparser
import datetime as dt
import os
import re

import attrs

from factcheck.errors import FactPackError
from factcheck.facts.pack import TableKind

MANIFEST = "pack.cfg"
PACK_SECTION = "pack"
PACK_KEYS = {"name", "description"}
TABLE_KEYS = {"kind", "file", "source", "as_of", "counts", "complete", "about", "unless"}
REQUIRED_TABLE_KEYS = ("kind", "file", "source")
_YES = {"yes", "true", "1"}
_NO = {"no", "false", "0"}


@attrs.frozen
class TableSpec:
    name: str
    kind: TableKind
    file: str                      # path of the table, relative to the pack directory
    source: str
    line: int                      # the [section] line, for errors about the whole table
    as_of: dt.date | None = None
    counts: str = ""
    complete: bool = True
    about: tuple[tuple[str, ...], ...] = ()
    unless: tuple[str, ...] = ()


@attrs.frozen
class Manifest:
    path: str
    name: str
    description: str
    tables: tuple[TableSpec, ...]


def manifest_path(pack: str) -> str:
    """The manifest of a pack given as its directory or as the manifest file itself."""
    if os.path.isdir(pack):
        path = os.path.join(pack, MANIFEST)
        if not os.path.isfile(path):
            raise FactPackError(pack, None, f"not a fact pack: no {MANIFEST} in this directory")
        return path
    if os.path.isfile(pack):
        return pack
    raise FactPackError(pack, None, "no such fact pack (a directory with a pack.cfg, or the pack.cfg itself)")


def read_manifest(path: str) -> Manifest:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read()
    except UnicodeDecodeError as exc:
        raise FactPackError(path, None, f"manifest is not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise FactPackError(path, None, f"cannot read manifest: {exc.strerror or exc}") from None
    # "# ..." after a value is a comment (after whitespace, so "No. #2" in a source survives).
    parser = configparser.ConfigParser(interpolation=None, default_section="\x00no-defaults",
                                       inline_comment_prefixes=("#",))
    parser.optionxform = str.lower
    try:
        parser.read_string(text, source=path)
    except (configparser.DuplicateSectionError, configparser.DuplicateOptionError) as exc:
        raise FactPackError(path, exc.lineno, exc.message.split(": ", 1)[-1].split(" in ")[0]) from None
    except configparser.MissingSectionHeaderError as exc:
        raise FactPackError(path, exc.lineno, "expected a [section] line before any setting") from None
    except configparser.ParsingError as exc:
        lineno, line = exc.errors[0]
        raise FactPackError(path, lineno, f"cannot read this line: {line.strip()}") from None
    lines = _key_lines(text)
    name = os.path.basename(os.path.dirname(os.path.abspath(path)))
    description = ""
    tables = []
    for section in parser.sections():
        values = dict(parser[section])
        where = lines.get((section, None), None)
        if section.lower() == PACK_SECTION:
            _unknown_keys(path, lines, section, values, PACK_KEYS)
            name = values.get("name", name).strip() or name
            description = values.get("description", "").strip()
            continue
        tables.append(_table(path, lines, section, values, where))
    if not tables:
        raise FactPackError(path, None, "the manifest names no tables (add a [section] per table)")
    return Manifest(path, name, description, tuple(tables))


def _key_lines(text: str) -> dict:
    """(section, key) -> line number, and (section, None) -> the section header's line."""
    out: dict = {}
    section = None
    for number, line in enumerate(text.splitlines(), start=1):
        head = re.match(r"\s*\[([^\]]+)\]", line)
        if head:
            section = head.group(1).strip()
            out[(section, None)] = number
            continue
        key = re.match(r"([^\s:=#;][^:=]*?)\s*[:=]", line)
        if key and section is not None:
            out.setdefault((section, key.group(1).strip().lower()), number)
    return out


def _unknown_keys(path: str, lines: dict, section: str, values: dict, allowed: set) -> None:
    for key in values:
        if key not in allowed:
            raise FactPackError(path, lines.get((section, key)),
                                f"unknown setting {key!r} in [{section}] (one of: {', '.join(sorted(allowed))})")


def _table(path: str, lines: dict, section: str, values: dict, where: int | None) -> TableSpec:
    _unknown_keys(path, lines, section, values, TABLE_KEYS)
    for key in REQUIRED_TABLE_KEYS:
        if not values.get(key, "").strip():
            raise FactPackError(path, where, f"table [{section}] needs a '{key}' setting")

    def at(key: str) -> int | None:
        return lines.get((section, key), where)

    kind_text = values["kind"].strip().lower().replace(" ", "_").replace("-", "_")
    try:
        kind = TableKind(kind_text)
    except ValueError:
        kinds = ", ".join(k.value for k in TableKind)
        raise FactPackError(path, at("kind"), f"unknown table kind {values['kind'].strip()!r} (one of: {kinds})") from None
    as_of = None
    if values.get("as_of", "").strip():
        try:
            as_of = dt.date.fromisoformat(values["as_of"].strip())
        except ValueError:
            raise FactPackError(path, at("as_of"), f"bad date {values['as_of'].strip()!r} (expected YYYY-MM-DD)") from None
    complete_text = values.get("complete", "yes").strip().lower()
    if complete_text not in _YES | _NO:
        raise FactPackError(path, at("complete"), f"'complete' must be yes or no, not {complete_text!r}")
    about = tuple(_alternatives(line) for line in values.get("about", "").splitlines() if line.strip())
    unless = _alternatives(values.get("unless", ""))
    if kind is TableKind.LEDGER and not about:
        raise FactPackError(path, where, f"ledger [{section}] needs an 'about' setting: the words a sentence "
                                         "must use to be about this ledger (e.g. 'about = Ukraine | Kyiv')")
    return TableSpec(name=section, kind=kind, file=values["file"].strip(), source=values["source"].strip(),
                     line=where or 0, as_of=as_of, counts=" ".join(values.get("counts", "").split()),
                     complete=complete_text in _YES, about=about, unless=unless)


def _alternatives(text: str) -> tuple[str, ...]:
    return tuple(" ".join(t.split()) for t in text.replace("\n", "|").split("|") if t.strip())
