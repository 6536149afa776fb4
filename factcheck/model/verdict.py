"""Claims and their verdicts: what the engine found and what it concluded."""
from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs

from factcheck.model.span import Span


class Verdict(enum.Enum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    UNVERIFIABLE = "unverifiable"


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Kind(enum.Enum):
    SUM = "sum"
    PERCENT = "percent"
    CHANGE = "change"
    DATE = "date"
    AGE = "age"
    CONVERSION = "conversion"
    ATTRIBUTION = "attribution"
    CONSISTENCY = "consistency"
    REFERENCE = "reference"


@attrs.frozen
class Claim:
    """One checkable statement, its verdict and the working behind it.

    `span` is in the Document's analysis text; reports map it to the raw file.
    """

    rule: str                 # stable code, "DA01"
    name: str                 # dotted name, "date.weekday-mismatch"
    kind: Kind
    verdict: Verdict
    severity: Severity
    span: Span
    text: str
    message: str
    evidence: Mapping = attrs.field(factory=dict, eq=False)
