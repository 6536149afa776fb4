"""What a pack says about a stated title or event date, as answer objects the
rule language compares with `answer ~= stated`. They cite the pack, table,
rows and sources; when the answer is a judgement rather than a fact they raise
Unverifiable with themselves attached, so the report still shows the working."""
from __future__ import annotations

import datetime as dt

import attrs

from factcheck.errors import Unverifiable
from factcheck.facts.pack import FactPack, KeyDateRow, RosterRow, Table
from factcheck.facts.titles import TitleMatch, compare, read_title
from factcheck.model.facts import DateRef, Granularity


def plain(value):
    """A JSON-able copy of an answer for a claim's evidence."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if attrs.has(type(value)):
        return {k: plain(v) for k, v in attrs.asdict(value, recurse=False).items()}
    return value


class UnverifiableWithEvidence(Unverifiable):
    """Unverifiable, with what was looked up, so the report can still cite it."""

    def __init__(self, message: str, answer) -> None:
        super().__init__(message)
        self.evidence = {"reference": answer.evidence() if hasattr(answer, "evidence") else plain(answer)}


def cite(table: Table, rows) -> tuple[dict, ...]:
    return tuple(table.cite(r) for r in rows)


def sources(cited) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c["source"] for c in cited if c["source"]))


@attrs.frozen
class TitleAnswer:
    """The roster's titles for one person on the publication date."""
    pack: str
    person: str
    on: dt.date
    held: tuple[str, ...]            # titles held that day, described with their dates
    other: tuple[str, ...]           # titles held at other times
    rows: tuple
    sources: tuple
    _entries: tuple = attrs.field(default=(), repr=False)       # ((RosterRow, held that day), ...)
    _organisations: tuple = attrs.field(default=(), repr=False)

    RULE_FIELDS = ("summary",)

    @property
    def summary(self) -> str:
        held = "; ".join(self.held) if self.held else "holding no title it lists"
        other = f" (and {'; '.join(self.other)})" if self.other else ""
        return f"on {self.on.isoformat()} fact pack {self.pack} lists {self.person} as {held}{other}"

    def evidence(self) -> dict:
        return {k: plain(v) for k, v in attrs.asdict(self, recurse=False).items() if not k.startswith("_")}

    def approx_eq(self, stated) -> bool:
        if not isinstance(stated, str) or not stated.strip():
            raise Unverifiable("no title is stated")
        reading = read_title(stated)
        if reading.skip:
            raise Unverifiable(f"a '{reading.skip}' title is not checked against the roster")
        matches = [(row, held, compare(stated, row, self._organisations)) for row, held in self._entries]
        if reading.past:
            if any(held and m is TitleMatch.SAME for _, held, m in matches):
                return False
            if any(not held and row.start <= self.on and m is TitleMatch.SAME for row, held, m in matches):
                return True
            raise Unverifiable(f"cannot tell from the roster whether '{stated}' describes a past title")
        if any(held and m is TitleMatch.SAME for _, held, m in matches):
            return True
        loose = [row for row, held, m in matches if held and m is TitleMatch.LOOSE]
        if loose:
            raise UnverifiableWithEvidence(
                f"a judgement: {self.summary}; '{stated}' is a looser description of that title, "
                f"so it is not reported as an error", self)
        if any(not held and m is TitleMatch.SAME for _, held, m in matches):
            return False
        held_matches = [m for _, held, m in matches if held]
        if held_matches and all(m is TitleMatch.DIFFERENT for m in held_matches):
            return False
        raise Unverifiable(f"cannot tell whether '{stated}' is a title the roster lists ({self.summary})")


def title_answer(pack: FactPack, found: tuple[tuple[Table, RosterRow], ...], on: dt.date,
                 organisations: tuple[str, ...]) -> TitleAnswer:
    for table, _ in found:
        if table.as_of is not None and on > table.as_of:
            raise Unverifiable(f"roster {table.name} of the fact pack is complete only to "
                               f"{table.as_of.isoformat()}; the article is dated {on.isoformat()}")
    entries = tuple((row, row.held_on(on)) for _, row in found)
    cited = tuple(c for table, row in found for c in cite(table, (row,)))
    return TitleAnswer(pack.name, found[0][1].person, on,
                       tuple(r.describe() for r, held in entries if held),
                       tuple(r.describe() for r, held in entries if not held),
                       cited, sources(cited), entries, organisations)


@attrs.frozen
class KeyDateAnswer:
    pack: str
    table: str
    event: str
    date: dt.date
    row: dict
    sources: tuple

    RULE_FIELDS = ("summary",)

    @property
    def summary(self) -> str:
        return (f"fact pack {self.pack} dates {self.event} to {self.date:%B} {self.date.day}, {self.date.year} "
                f"({self.row['file']} line {self.row['line']})")

    def evidence(self) -> dict:
        return plain(self)

    def approx_eq(self, stated) -> bool:
        if not isinstance(stated, DateRef) or stated.value is None:
            raise Unverifiable("the stated date is not resolved")
        gran = stated.granularity
        if gran is Granularity.DECADE:
            raise Unverifiable("a decade is too coarse to check")
        year, _, rest = stated.value.partition("-")
        month = int(rest[:2]) if rest else None
        day = stated.date.day if stated.date is not None else None
        if month is not None and month != self.date.month or day is not None and day != self.date.day:
            return False
        if int(year) == self.date.year:
            return True
        if not stated.year_stated and month is not None:
            raise UnverifiableWithEvidence(f"the year is not stated and was taken as {year}; {self.summary}", self)
        return False


def key_date_answer(pack: FactPack, table: Table, row: KeyDateRow) -> KeyDateAnswer:
    cited = cite(table, (row,))
    return KeyDateAnswer(pack.name, table.name, row.event, row.date, cited[0], sources(cited))
