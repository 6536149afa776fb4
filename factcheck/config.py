"""Project configuration: where it is found, what it may say, and how it meets the flags.

Layering, lowest first: package defaults < configuration file < command-line
flags. The file is `.factcheck.cfg` or `setup.cfg` (section `[factcheck]`) or
`pyproject.toml` (table `[tool.factcheck]`), searched from the checked file's
directory upward; the search stops at the first file with a factcheck section,
and never climbs past a git repository's root. `--config FILE` replaces the
search. A key factcheck does not know, or a value it cannot use, is an error
naming the file and line: a typo must not silently turn a check off.
"""
from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs

from factcheck import config_values as values
from factcheck.errors import ConfigError
from factcheck.text.read import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from factcheck.config_read import RawSection

# In one directory the most specific file wins.
CANDIDATES = (".factcheck.cfg", "pyproject.toml", "setup.cfg")

# Package defaults: the lowest layer. None means "whatever the option itself does".
DEFAULTS = {"format": "text", "fail_on": "error", "max_bytes": DEFAULT_MAX_BYTES,
            "timeout": None, "jobs": None, "facts": None}

_REFUSED = {
    "published": "the publication date belongs to each article (front matter 'date:') "
                 "or to one run (--published), not to a configuration file",
}


@attrs.frozen
class Config:
    """What one configuration file says; unset values are None or empty."""
    path: str | None = None                        # the file, or None when none was found
    rules: tuple[str, ...] = ()                    # extra rule packs, resolved against the file's directory
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()     # (rule key, severity) overrides, in file order
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: str | None = None
    facts: str | None = None                       # a reference fact pack, resolved like rules
    max_bytes: int | None = None
    timeout: float | None = None
    jobs: int | None = None
    format: str | None = None
    lines: tuple[tuple[str, int], ...] = ()        # (field, line) for messages

    def where(self, field: str) -> str:
        """'path:line' of a field's setting, for messages about it."""
        line = dict(self.lines).get(field)
        return f"{self.path}:{line}" if line else str(self.path)


def _check_formats() -> tuple[str, ...]:
    # Imported late: the report formats are many modules, and only a file that sets
    # `format` needs them.
    from factcheck.report.formats import CHECK_FORMATS
    return tuple(CHECK_FORMATS)


# key -> (Config field, validator(raw, base directory)).
KEYS: dict[str, tuple[str, Callable]] = {
    "rules": ("rules", lambda raw, base: values.paths(raw, base, "rule pack")),
    "enable": ("enable", lambda raw, base: values.rule_keys(raw)),
    "disable": ("disable", lambda raw, base: values.rule_keys(raw)),
    "severity": ("severity", lambda raw, base: values.severities(raw)),
    "include": ("include", lambda raw, base: values.globs(raw)),
    "exclude": ("exclude", lambda raw, base: values.globs(raw)),
    "fail_on": ("fail_on", lambda raw, base: values.severity(raw)),
    "facts": ("facts", lambda raw, base: values.path(raw, base, "fact pack")),
    "max_bytes": ("max_bytes", lambda raw, base: values.positive_int(raw)),
    "timeout": ("timeout", lambda raw, base: values.seconds(raw)),
    "jobs": ("jobs", lambda raw, base: values.positive_int(raw, minimum=0)),      # 0: one per CPU, as --jobs
    "format": ("format", lambda raw, base: values.choice(raw, _check_formats())),
}


def load_config(start: str, explicit: str | None = None) -> Config:
    """The configuration for checking files at `start` (a file or directory): the file named by
    `explicit`, else the nearest one found upward. An empty Config when there is none.
    Raises ConfigError naming the file (and line) for anything it cannot use."""
    if explicit is not None:
        if not os.path.isfile(explicit):
            raise ConfigError(f"{explicit}: no such configuration file")
        section = _read(explicit)
        if section is None:
            wanted = "[tool.factcheck]" if explicit.endswith(".toml") else "[factcheck]"
            raise ConfigError(f"{explicit}: no {wanted} section")
        return config_from_section(section)
    for section in _search(start):
        return config_from_section(section)
    return Config()


def find_config(start: str) -> str | None:
    """The path of the configuration file that applies at `start`, or None."""
    for section in _search(start):
        return section.path
    return None


def _search(start: str) -> Iterable[RawSection]:
    here = os.path.abspath(start)
    if not os.path.isdir(here):
        here = os.path.dirname(here)
    while True:
        for name in CANDIDATES:
            candidate = os.path.join(here, name)
            if os.path.isfile(candidate):
                section = _read(candidate)
                if section is not None:
                    yield section
                    return
        parent = os.path.dirname(here)
        if parent == here or os.path.exists(os.path.join(here, ".git")):
            return
        here = parent


def _read(path: str) -> RawSection | None:
    # Imported here: most runs find no configuration file, and need no file readers.
    from factcheck.config_read import read_section, read_text
    return read_section(path, read_text(path))


def config_from_section(section: RawSection) -> Config:
    base = os.path.dirname(os.path.abspath(section.path))
    found: dict = {}
    lines: list[tuple[str, int]] = []
    for entry in section.entries:
        where = f"{section.path}:{entry.line}" if entry.line else section.path
        key = entry.key.replace("-", "_")
        if key in _REFUSED:
            raise ConfigError(f"{where}: '{entry.key}' cannot be configured: {_REFUSED[key]}")
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key '{entry.key}' (known: {', '.join(sorted(KEYS))})")
        field, validate = KEYS[key]
        if field in found:
            raise ConfigError(f"{where}: '{entry.key}' is given twice")
        try:
            found[field] = validate(entry.value, base)
        except ValueError as exc:
            raise ConfigError(f"{where}: {entry.key}: {exc}") from None
        if entry.line:
            lines.append((field, entry.line))
    return Config(path=section.path, lines=tuple(lines), **found)


# ------------------------------------------------------------------ meeting the flags

def config_start(args: argparse.Namespace) -> str:
    """Where to search from: the first checked path's directory; the current directory for
    stdin and for commands without paths."""
    paths = [p for p in getattr(args, "paths", None) or () if p != "-"]
    return paths[0] if paths else os.getcwd()


def merge_options(args: argparse.Namespace, config: Config) -> argparse.Namespace:
    """A copy of the parsed flags with the configuration and package defaults filled in under them.

    Scalars: a flag given on the command line (not None) wins over the file, the file over the
    package default. Lists: extra rule packs and exclude patterns add up (file first);
    include and enable given as flags replace the file's; disable adds up, except that a rule
    enabled by a flag is never disabled by the file. Per-rule severities come from the file.
    Options a command does not have are left alone, except that `config` (the Config itself)
    and `severity` are always set, so other parts can read what the file said."""
    merged = argparse.Namespace(**vars(args))
    merged.config = config

    def scalar(name: str, file_value) -> None:
        if hasattr(args, name) and getattr(args, name) is None:
            setattr(merged, name, file_value if file_value is not None else DEFAULTS.get(name))

    if getattr(args, "command", None) == "check":
        scalar("format", config.format)
        scalar("fail_on", config.fail_on)
    scalar("max_bytes", config.max_bytes)
    scalar("timeout", config.timeout)
    scalar("jobs", config.jobs)
    scalar("facts", config.facts)
    if hasattr(args, "rules"):
        merged.rules = [*config.rules, *args.rules]
    if hasattr(args, "exclude"):
        merged.exclude = [*config.exclude, *args.exclude]
    if hasattr(args, "include"):
        merged.include = list(args.include) or list(config.include)
    if hasattr(args, "enable"):
        merged.enable = list(args.enable) or list(config.enable)
    if hasattr(args, "disable"):
        flagged = set(args.enable or ())
        merged.disable = [k for k in config.disable if k not in flagged] + list(args.disable)
    merged.severity = dict(config.severity)
    return merged


def check_rule_keys(config: Config, registry) -> None:
    """Every rule the file names must exist; the error names the file and line, not just the rule."""
    named = [("enable", k) for k in config.enable] + [("disable", k) for k in config.disable] \
        + [("severity", k) for k, _ in config.severity]
    for field, key in named:
        if registry.find(key) is None:
            raise ConfigError(f"{config.where(field)}: {field}: unknown rule {key!r} (see 'factcheck rules list')")
