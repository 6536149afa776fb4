"""A half-open character range [start, end) into a text."""
from __future__ import annotations

import attrs


@attrs.frozen(order=True, init=False)
class Span:
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # What attrs would generate, written out: spans are made by the hundred thousand, and
        # setting the slots through their descriptors is cheaper than attrs' frozen
        # object.__setattr__ per field. Then the check, as attrs would call it.
        _set_start(self, start)
        _set_end(self, end)
        self.__attrs_post_init__()

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

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
