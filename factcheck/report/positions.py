"""Raw offsets -> 1-based line and column (in characters)."""
from __future__ import annotations

import bisect
import re

from factcheck.model.document import Document
from factcheck.model.span import Span


class LineIndex:
    def __init__(self, raw: str) -> None:
        # A line ends at \n, \r\n or a lone \r, as editors count them.
        self.starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", raw)]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def raw_position(doc: Document, span: Span, index: LineIndex | None = None) -> dict:
    raw = doc.raw_span(span)
    index = index or LineIndex(doc.raw)
    line, col = index.line_col(raw.start)
    end_line, end_col = index.line_col(raw.end)
    return {"start": raw.start, "end": raw.end, "line": line, "column": col,
            "end_line": end_line, "end_column": end_col}
