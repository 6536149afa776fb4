"""Raw offsets -> 1-based line and column (in characters)."""
from __future__ import annotations

import bisect
import re

from factcheck.model.document import Document
from factcheck.model.span import Span


_LINE_END = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Line and column of offsets into one text. A line ends at \n, \r\n or a lone \r, as
    editors count them."""

    def __init__(self, raw: str) -> None:
        self._raw = raw
        # A report asks for a few positions per article: without a \r, counting the newlines
        # before each one (in C) is cheaper than listing where every line starts.
        self._starts = [0] + [m.end() for m in _LINE_END.finditer(raw)] if "\r" in raw else None

    def line_col(self, offset: int) -> tuple[int, int]:
        if self._starts is None:
            return self._raw.count("\n", 0, offset) + 1, offset - self._raw.rfind("\n", 0, offset)
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1


def raw_position(doc: Document, span: Span, index: LineIndex | None = None) -> dict:
    raw = doc.raw_span(span)
    index = index or LineIndex(doc.raw)
    line, col = index.line_col(raw.start)
    end_line, end_col = index.line_col(raw.end)
    return {"start": raw.start, "end": raw.end, "line": line, "column": col,
            "end_line": end_line, "end_column": end_col}
