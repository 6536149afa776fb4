"""Errors that carry what a user needs to fix the input: the file and, where known, the place."""
from __future__ import annotations


class FactcheckError(Exception):
    """Base class; `str()` is the one-line message shown to users."""


class InputError(FactcheckError):
    """An article that cannot be read or parsed (binary, bad encoding, bad front matter)."""

    def __init__(self, path: str, message: str, *, line: int | None = None) -> None:
        self.path = path
        self.message = message
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class RuleError(FactcheckError):
    """A malformed rule file: path:line:col, the message, the offending line and a caret."""

    def __init__(self, path: str, line: int, col: int, message: str, source_line: str = "") -> None:
        self.path = path
        self.line = line
        self.col = col
        self.message = message
        self.source_line = source_line
        text = f"{path}:{line}:{col}: {message}"
        if source_line:
            text += "\n    " + source_line.rstrip("\n") + "\n    " + " " * max(col - 1, 0) + "^"
        super().__init__(text)


class ConfigError(FactcheckError):
    """A bad configuration file or option."""


class FactPackError(FactcheckError):
    """A malformed reference fact pack: path:line: message."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class BudgetExceeded(FactcheckError):
    """An article exceeded its size or time budget."""


class Unverifiable(FactcheckError):
    """Raised while evaluating a rule condition when the claim cannot be decided
    (an unknown value, units that cannot be reconciled, no publication date).
    The claim is then reported as unverifiable, with this message as the reason."""
