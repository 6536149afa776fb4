"""Rule functions for `reference` rules: claims checked against the fact pack
the run was given (RuleContext.reference), never a global one.

Each check function returns an answer object that cites the pack, table, rows
and sources; `answer ~= stated` decides the claim, and the answer lands in the
claim's evidence. Answers that need judgement raise Unverifiable with the
answer attached as evidence, so an editor still sees the working.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from factcheck.dsl.expr import EvalError, context_function
from factcheck.engine.evidence import number, to_evidence, with_unit
from factcheck.engine.values import Measured, as_measured
from factcheck.errors import Unverifiable
from factcheck.facts.kinds import TableKind
from factcheck.model.facts import DateRef, Mention, Quantity

# The fact-pack modules are imported inside the functions that use a pack, after their
# "no pack loaded" exits: a check without --facts never needs them, and they cost a
# noticeable share of a cold start.
if TYPE_CHECKING:
    from factcheck.facts.answers import KeyDateAnswer, TitleAnswer
    from factcheck.facts.pack import FactPack, Table

# "an additional $800 million" reported on the day of the announcement or the day after.
PACKAGE_WINDOW = dt.timedelta(days=1)


def _money(amount: float, currency: str | None) -> str:
    return with_unit(number(amount), currency)


def _entries(n: int) -> str:
    return f"{n} entry" if n == 1 else f"{n} entries"


def _pack(ctx) -> FactPack:
    pack = getattr(ctx, "reference", None)
    if pack is None:
        raise Unverifiable("no fact pack is loaded (use --facts)")
    return pack


def _sentence(ctx, fact) -> tuple[int, str]:
    sentence = ctx.doc.sentence_at(fact.span.start)
    span = sentence.span if sentence is not None else fact.span
    return span.start, ctx.doc.text[span.start:span.end]


def _published(ctx) -> dt.date:
    if ctx.doc.published is None:
        raise Unverifiable("the article has no publication date to check it against")
    return ctx.doc.published


def _complete_on(table: Table, day: dt.date) -> None:
    if table.as_of is not None and day > table.as_of:
        raise Unverifiable(f"table {table.name} of the fact pack is complete only to {table.as_of.isoformat()}; "
                           f"the article is dated {day.isoformat()}")


def _cite_rows(table: Table, rows) -> tuple[dict, ...]:
    out = []
    for row in rows:
        cited = table.cite(row)
        if hasattr(row, "amount"):
            cited = {"date": row.date.isoformat(), "amount": row.amount, "currency": row.currency,
                     "label": row.label, **cited}
        out.append(cited)
    return tuple(out)


@context_function
def has_facts(ctx, kind: str | None = None) -> bool:
    """A fact pack is loaded (and has a table of `kind`: ledger, roster, key_dates)."""
    try:
        wanted = TableKind(kind) if kind else None
    except ValueError:          # a typo in a rule file is the rule's bug, not the article's
        raise EvalError(f"has_facts(): unknown table kind {kind!r} "
                        f"(one of: {', '.join(k.value for k in TableKind)})") from None
    pack = getattr(ctx, "reference", None)
    return pack is not None and pack.has(wanted)


# ---------------------------------------------------------------- ledgers

@context_function
def about_ledger(ctx, amount) -> bool:
    """The amount's sentence is about a ledger of the pack that holds its currency."""
    pack = getattr(ctx, "reference", None)
    if pack is None or not isinstance(amount, Quantity) or not amount.unit:
        return False
    from factcheck.facts.lookup import ledgers_about
    return bool(ledgers_about(pack, _sentence(ctx, amount)[1], amount.unit))


def _ledger(ctx, amount) -> tuple[FactPack, Table, str, int]:
    pack = _pack(ctx)
    if not isinstance(amount, Quantity) or not amount.unit:
        raise Unverifiable("the amount has no currency to look up")
    from factcheck.facts.lookup import ledgers_about
    start, text = _sentence(ctx, amount)
    tables = ledgers_about(pack, text, amount.unit)
    if not tables:
        raise Unverifiable(f"no ledger in the fact pack is about this sentence in {amount.unit}")
    if len(tables) > 1:
        raise Unverifiable("several ledgers could be meant: " + ", ".join(t.name for t in tables))
    return pack, tables[0], text, start


class _LedgerAnswer:
    """What a ledger lookup found: its `summary` is readable in conditions and messages,
    and the whole answer, rows and sources included, is the claim's evidence."""
    __slots__ = ()
    RULE_FIELDS = ("summary",)

    def evidence(self) -> dict:
        return to_evidence(self)


@attrs.frozen
class LedgerSum(_LedgerAnswer):
    pack: str
    table: str
    counts: str
    complete: bool
    period: str                  # what the sentence's "since ..." was read as
    start: dt.date
    end: dt.date
    total: Measured
    rows: tuple
    sources: tuple

    @property
    def summary(self) -> str:
        counts = f" (it counts {self.counts})" if self.counts else ""
        return (f"ledger {self.table} of fact pack {self.pack}{counts} sums {_entries(len(self.rows))} from "
                f"{self.start.isoformat()} ({self.period}) to {self.end.isoformat()} to "
                f"{_money(self.total.value, self.total.unit)}")

    def approx_eq(self, stated) -> bool:
        stated = as_measured(stated)
        if self.total.approx_eq(stated):
            return True
        if not self.complete and stated.low > self.total.high:
            from factcheck.facts.answers import UnverifiableWithEvidence
            raise UnverifiableWithEvidence(
                f"the stated {stated.text or _money(stated.value, stated.unit)} is more than the "
                f"{self.summary}; the total may count money this ledger does not hold", self)
        return False


def _period_start(ctx, pack: FactPack, sentence_start: int, text: str) -> tuple[dt.date, str]:
    from factcheck.facts.lookup import key_dates_about
    from factcheck.facts.phrases import event_after, normalise, since_phrases
    phrases = since_phrases(text)
    if not phrases:
        raise Unverifiable("the sentence names no period ('since ...') to sum the ledger over")
    events = [row for _, row in key_dates_about(pack, text)]
    for _, words, end in phrases:
        for date in ctx.facts.dates:
            if date.span.start == sentence_start + words and date.value is not None:
                if date.date is not None:
                    return date.date, date.text
                year, _, month = date.value.partition("-")
                return dt.date(int(year), int(month or 1), 1), date.text
        row = event_after(text[words:end], events)
        if row is not None:
            return row.date, f"{row.event}"
    since = text[phrases[0][0]:phrases[0][2]]
    raise Unverifiable(f"the fact pack has no key date for '{normalise(since)}'")


@context_function
def running_total(ctx, amount) -> LedgerSum:
    """The ledger summed from the start of the period the sentence names ("since the
    war erupted") up to the publication date, both days included."""
    pack, table, text, start_offset = _ledger(ctx, amount)
    from factcheck.facts.answers import sources
    from factcheck.facts.lookup import rows_between
    published = _published(ctx)
    start, period = _period_start(ctx, pack, start_offset, text)
    _complete_on(table, published)
    if start > published:
        raise Unverifiable(f"the period starts on {start.isoformat()}, after the publication date")
    rows = rows_between(table, start, published)
    if any(r.currency != amount.unit for r in rows):
        raise Unverifiable(f"ledger {table.name} holds other currencies than {amount.unit} in this period")
    cited = _cite_rows(table, rows)
    total = Measured.exact(sum(r.amount for r in rows), amount.unit)
    return LedgerSum(pack.name, table.name, table.counts, table.complete, period, start, published,
                     total, cited, sources(cited))


@attrs.frozen
class LedgerEntry(_LedgerAnswer):
    pack: str
    table: str
    counts: str
    entry: dict                  # the row cited, with its amount and source
    sources: tuple

    @property
    def summary(self) -> str:
        e = self.entry
        return (f"ledger {self.table} of fact pack {self.pack} records {_money(e['amount'], e['currency'])} "
                f"on {e['date']} ({e['label'] or 'no label'}; {e['file']} line {e['line']})")

    def approx_eq(self, stated) -> bool:
        return Measured.exact(self.entry["amount"], self.entry["currency"]).approx_eq(as_measured(stated))


@context_function
def package(ctx, amount) -> LedgerEntry:
    """The one ledger entry of the publication date (or the day before) that an
    'additional $800 million' announced then must be."""
    pack, table, _, _ = _ledger(ctx, amount)
    from factcheck.facts.answers import sources
    from factcheck.facts.lookup import rows_between
    published = _published(ctx)
    _complete_on(table, published)
    rows = [r for r in rows_between(table, published - PACKAGE_WINDOW, published) if r.currency == amount.unit]
    days = f"{(published - PACKAGE_WINDOW).isoformat()} or {published.isoformat()}"
    if not rows:
        raise Unverifiable(f"ledger {table.name} has no entry dated {days}")
    cited = _cite_rows(table, rows)
    if len(rows) > 1:
        if any(as_measured(amount).approx_eq(Measured.exact(r.amount, r.currency)) for r in rows):
            rows = [next(r for r in rows if as_measured(amount).approx_eq(Measured.exact(r.amount, r.currency)))]
            cited = _cite_rows(table, rows)
        else:
            raise Unverifiable(f"ledger {table.name} has {len(rows)} entries dated {days} and none is "
                               f"{amount.text}; cannot tell which package is meant")
    return LedgerEntry(pack.name, table.name, table.counts, cited[0], sources(cited))


# ---------------------------------------------------------------- people and events

@context_function
def known_person(ctx, who) -> bool:
    """A named person with a stated title whom the pack's roster lists, and about whom it
    can say something on the publication date: a title held that day, or the stated
    title held at another time. Otherwise the roster is silent and there is no claim."""
    pack = getattr(ctx, "reference", None)
    if pack is None or not isinstance(who, Mention) or who.anonymous or not who.title:
        return False
    from factcheck.facts.lookup import find_person, roster_organisations
    from factcheck.facts.titles import TitleMatch, compare
    found = find_person(pack, who.name)
    day = ctx.doc.published
    if not found or day is None:
        return False
    if any(row.held_on(day) for _, row in found):
        return True
    organisations = roster_organisations(pack)
    return any(compare(who.title, row, organisations) is TitleMatch.SAME for _, row in found)


@context_function
def roster_title(ctx, who) -> TitleAnswer:
    """What the roster lists the person as on the publication date."""
    pack = _pack(ctx)
    if not isinstance(who, Mention):
        raise Unverifiable("not a named person")
    from factcheck.facts.answers import title_answer
    from factcheck.facts.lookup import find_person, roster_organisations
    found = find_person(pack, who.name)
    if not found:
        raise Unverifiable(f"the fact pack's roster does not list {who.name}")
    return title_answer(pack, found, _published(ctx), roster_organisations(pack))


def _event_at(ctx, when) -> tuple | None:
    pack = getattr(ctx, "reference", None)
    if pack is None or not isinstance(when, DateRef):
        return None
    from factcheck.facts.lookup import key_dates_about
    from factcheck.facts.phrases import event_after, event_before
    start, text = _sentence(ctx, when)
    events = key_dates_about(pack, text)
    if not events:
        return None
    rows = [row for _, row in events]
    row = event_before(text[:when.span.start - start], rows) or event_after(text[when.span.end - start:], rows)
    if row is None:
        return None
    table = next(t for t, r in events if r is row)
    return pack, table, row


@context_function
def names_key_event(ctx, when) -> bool:
    """The date stands right next to an event of the pack's key dates
    ("Russia invaded Ukraine back in February", "On February 24, Russia invaded")."""
    return _event_at(ctx, when) is not None


@context_function
def key_date(ctx, when) -> KeyDateAnswer:
    """The key date of the event named next to `when`; `key_date(when) ~= when` at the stated precision."""
    found = _event_at(ctx, when)
    if found is None:
        raise Unverifiable("no event of the fact pack's key dates is named next to this date")
    from factcheck.facts.answers import key_date_answer
    return key_date_answer(*found)


FUNCTIONS = {"has_facts": has_facts, "about_ledger": about_ledger, "running_total": running_total,
             "package": package, "known_person": known_person, "roster_title": roster_title,
             "names_key_event": names_key_event, "key_date": key_date}
