"""A half-open character range [start, end) into a text."""
from __future__ import annotations

import attrs


@attrs.frozen(order=True, init=False)
class Span:
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out rather than generated: spans are made by the hundred thousand, and
        # attrs' frozen __init__ plus a post-init check cost half as much again. Fields
        # are set through their slots, as a frozen class forbids plain assignment.
        if start < 0 or end < start:
            raise ValueError(f"bad span [{start}, {end})")
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def shift(self, by: int) -> Span:
        return Span(self.start + by, self.end + by)

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def cover(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))

    def of(self, text: str) -> str:
        return text[self.start:self.end]


_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
