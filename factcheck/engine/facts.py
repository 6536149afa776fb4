"""Run every extractor over a Document once and keep the facts together."""
from __future__ import annotations

import attrs

from factcheck.extract.dates import extract_dates
from factcheck.extract.people import extract_people
from factcheck.extract.quantities import extract_quantities
from factcheck.extract.quotes import extract_quotes
from factcheck.model.document import Document


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


def gather_facts(doc: Document) -> Facts:
    """Every extractor is a pure function Document -> tuple of facts."""
    return Facts(quantities=tuple(extract_quantities(doc)), dates=tuple(extract_dates(doc)),
                 quotes=tuple(extract_quotes(doc)), people=tuple(extract_people(doc)))
