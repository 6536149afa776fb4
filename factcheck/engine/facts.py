"""Run every extractor over a Document once and keep the facts together."""
from __future__ import annotations

import importlib

import attrs

from factcheck.model.document import Document

# (module, function, field): each extractor is a pure function Document -> tuple of facts.
EXTRACTORS = (
    ("factcheck.extract.quantities", "extract_quantities", "quantities"),
    ("factcheck.extract.dates", "extract_dates", "dates"),
    ("factcheck.extract.quotes", "extract_quotes", "quotes"),
    ("factcheck.extract.people", "extract_people", "people"),
)


@attrs.frozen
class Facts:
    quantities: tuple = ()
    dates: tuple = ()
    quotes: tuple = ()
    people: tuple = ()

    @property
    def all(self) -> tuple:
        return tuple(sorted((*self.quantities, *self.dates, *self.quotes, *self.people),
                            key=lambda f: (f.span.start, -f.span.end)))


def _extractor(module: str, func: str):
    try:
        return getattr(importlib.import_module(module), func)
    except ModuleNotFoundError as exc:
        if exc.name == module:        # that extractor is not part of this build
            return None
        raise


def gather_facts(doc: Document) -> Facts:
    found = {}
    for module, func, field in EXTRACTORS:
        extractor = _extractor(module, func)
        found[field] = tuple(extractor(doc)) if extractor else ()
    return Facts(**found)
