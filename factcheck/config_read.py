"""Reading a configuration file's factcheck section into raw (key, value, line) entries.

Three homes are understood: `[factcheck]` in setup.cfg or .factcheck.cfg (INI)
and `[tool.factcheck]` in pyproject.toml (TOML). Values stay raw here (INI
strings, TOML values); config_values.py validates them. Line numbers are kept
so every complaint can point at the spot.
"""
from __future__ import annotations

import re

import attrs

from factcheck.errors import ConfigError

INI_SECTION = "factcheck"
TOML_TABLE = ("tool", "factcheck")


@attrs.frozen
class RawEntry:
    key: str            # as written, e.g. "fail-on"
    value: object       # str from INI; any TOML value
    line: int | None    # 1-based line of the key, when it can be found


@attrs.frozen
class RawSection:
    path: str
    entries: tuple[RawEntry, ...]


def is_toml(path: str) -> bool:
    return path.endswith(".toml")


def read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: configuration file is not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration file: {exc.strerror or exc}") from None


def read_section(path: str, text: str) -> RawSection | None:
    """The factcheck section of a configuration file, or None when the file has none.
    Raises ConfigError for a file that cannot be parsed."""
    return _read_toml(path, text) if is_toml(path) else _read_ini(path, text)


# ------------------------------------------------------------------ INI

def _read_ini(path: str, text: str) -> RawSection | None:
    import configparser     # here, not at import: most runs find no configuration file at all
    # No interpolation: a '%' in a glob or a message must stay a '%'.
    parser = configparser.ConfigParser(interpolation=None, strict=True, delimiters=("=", ":"),
                                       comment_prefixes=("#", ";"), inline_comment_prefixes=(" #", " ;"))
    parser.optionxform = str      # keep keys as written, so messages quote them exactly
    try:
        parser.read_string(text, source=path)
    except configparser.DuplicateOptionError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: {exc.option!r} is given twice in [{exc.section}]") from None
    except configparser.DuplicateSectionError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: section [{exc.section}] is given twice") from None
    except configparser.MissingSectionHeaderError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: expected a [section] header before {exc.line.strip()!r}") from None
    except configparser.ParsingError as exc:
        lineno, line = exc.errors[0] if exc.errors else (None, "")
        where = f"{path}:{lineno}" if lineno else path
        raise ConfigError(f"{where}: cannot parse line {str(line).strip()!r}") from None
    except configparser.Error as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if not parser.has_section(INI_SECTION):
        return None
    lines = _key_lines(text, re.compile(r"^\[\s*factcheck\s*\]\s*$"), re.compile(r"^([A-Za-z0-9_.-]+)\s*[=:]"))
    entries = tuple(RawEntry(key, value, lines.get(key)) for key, value in parser.items(INI_SECTION))
    return RawSection(path, entries)


# ------------------------------------------------------------------ TOML

def _read_toml(path: str, text: str) -> RawSection | None:
    import tomllib          # here, not at import: only a pyproject.toml needs it
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message already ends with "(at line N, column M)".
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    table = data
    for part in TOML_TABLE:
        table = table.get(part) if isinstance(table, dict) else None
        if table is None:
            return None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: 'tool.factcheck' must be a table ([tool.factcheck])")
    lines = _key_lines(text, re.compile(r"^\[\s*tool\s*\.\s*factcheck\s*\]\s*$"),
                       re.compile(r"^\"?([A-Za-z0-9_.-]+)\"?\s*="))
    # A sub-table such as [tool.factcheck.severity] is reported at its header line.
    for match in re.finditer(r"^\[\s*tool\s*\.\s*factcheck\s*\.\s*([A-Za-z0-9_-]+)\s*\]", text, re.M):
        lines.setdefault(match.group(1), text.count("\n", 0, match.start()) + 1)
    entries = tuple(RawEntry(key, value, lines.get(key)) for key, value in table.items())
    return RawSection(path, entries)


# ------------------------------------------------------------------ lines

def _key_lines(text: str, header: re.Pattern, key: re.Pattern) -> dict[str, int]:
    """Line of each key inside the factcheck section(s): configparser and tomllib do not keep them."""
    lines: dict[str, int] = {}
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = bool(header.match(stripped))
            continue
        if inside and line[:1] not in (" ", "\t"):
            found = key.match(stripped)
            if found:
                lines.setdefault(found.group(1), number)
    return lines
