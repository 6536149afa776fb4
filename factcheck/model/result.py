"""What a run produced for one file: the document, its facts or claims, or the error that stopped it."""
from __future__ import annotations

import datetime as dt

import attrs

from factcheck.model.document import Document
from factcheck.model.verdict import Claim


@attrs.frozen
class FileResult:
    path: str
    document: Document | None = None
    claims: tuple[Claim, ...] = ()
    facts: object = None            # engine.facts.Facts, for `extract`
    error: str | None = None

    @property
    def published(self) -> dt.date | None:
        return self.document.published if self.document else None
