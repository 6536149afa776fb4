"""The report an editor reads: per file, every claim with its place, verdict and working."""
from __future__ import annotations

import json
import re
import textwrap

from factcheck.model.result import FileResult
from factcheck.model.verdict import Verdict
from factcheck.report.positions import LineIndex, raw_position
from factcheck.report.summary import summarise

_COLOURS = {Verdict.INCONSISTENT: "\033[31m", Verdict.CONSISTENT: "\033[32m", Verdict.UNVERIFIABLE: "\033[33m"}
_RESET = "\033[0m"


def _trim(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _wrap(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        # What textwrap gives a line that fits (and it has no white space to drop at its
        # ends), without its chunking: half the cells of a report, most of its time.
        return text
    return "\n".join(textwrap.wrap(text, width))


def render_check(results: list[FileResult], *, colour: bool = False, verbose: bool = False) -> str:
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(f"{r.path}: error: {_strip_path(r.error, r.path)}")
            out.append("")
            continue
        doc = r.document
        published = f"published {doc.published.isoformat()}" if doc.published else "no publication date"
        out.append(f"{r.path} ({published})")
        index = LineIndex(doc.raw)
        if r.claims:
            rows = []
            for c in r.claims:
                pos = raw_position(doc, c.span, index)
                verdict = c.verdict.value
                if colour:
                    verdict = _COLOURS[c.verdict] + verdict + _RESET
                rows.append([f"{pos['line']}:{pos['column']}", c.rule, c.kind.value, verdict,
                             _wrap(_trim(doc.raw[pos['start']:pos['end']], 160), 40), _wrap(c.message, 60)])
                if verbose:
                    rows.append(["", "", "", "", "evidence:", _wrap(json.dumps(c.evidence, ensure_ascii=False,
                                                                               default=str), 60)])
            out.append(table(rows, ["where", "rule", "kind", "verdict", "claim", "working"]))
        else:
            out.append("  no checkable claims found")
        for block in doc.skipped:
            pos = raw_position(doc, block.span, index)
            out.append(f"  skipped lines {pos['line']}-{pos['end_line']}: {block.reason}")
        out.append("")
    s = summarise(results)
    out.append(f"{s['files']} file{'s' if s['files'] != 1 else ''}, {s['claims']} claims: "
               f"{s['inconsistent']} inconsistent, {s['unverifiable']} unverifiable, "
               f"{s['consistent']} consistent" + (f"; {s['errors']} file errors" if s["errors"] else ""))
    return "\n".join(out)


def _strip_path(error: str, path: str) -> str:
    return error[len(path) + 2:] if error.startswith(path + ": ") else error


def render_extract(results: list[FileResult]) -> str:
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(f"{r.path}: error: {_strip_path(r.error, r.path)}")
            continue
        doc, facts = r.document, r.facts
        index = LineIndex(doc.raw)
        out.append(f"{r.path} (published {doc.published.isoformat() if doc.published else 'unknown'})")
        rows = []
        for q in facts.quantities:
            rows.append(_row(doc, index, q.span, "quantity", f"{q.value:g} {q.unit or ''} ({q.kind.value})"))
        for d in facts.dates:
            rows.append(_row(doc, index, d.span, "date", str(d.value or d.problem or "unresolved")))
        for q in facts.quotes:
            who = q.speaker or "no speaker"
            rows.append(_row(doc, index, q.span, "quote", who + (" (anonymous)" if q.anonymous else "")))
        for p in facts.people:
            rows.append(_row(doc, index, p.span, "person", p.name + (f", {p.title}" if p.title else "")))
        rows.sort(key=lambda row: row[-1])
        out.append(table([row[:-1] for row in rows], ["where", "fact", "text", "value"]))
        out.append("")
    return "\n".join(out)


def _row(doc, index, span, what, value):
    pos = raw_position(doc, span, index)
    return [f"{pos['line']}:{pos['column']}", what, _trim(doc.raw[pos['start']:pos['end']], 60), value, pos["start"]]


# ------------------------------------------------------------------ tables

def table(rows: list[list[str]], headers: list[str]) -> str:
    """`tabulate(rows, headers=headers, tablefmt="simple")`, byte for byte.

    Importing tabulate costs more than checking a short article (it reads package
    metadata through importlib.metadata), so the tables a report usually holds, all
    plain text, are laid out here, and tabulate is imported only for the others."""
    simple = _plain_text_table(rows, headers)
    if simple is not None:
        return simple
    from tabulate import tabulate
    return tabulate(rows, headers=headers, tablefmt="simple")


# Characters one column wide for tabulate whether or not wcwidth is installed (ASCII, Latin-1
# and Latin Extended letters but the soft hyphen, typographic dashes, quotes and ellipsis, the
# euro sign), and the newline of a wrapped cell. Anything else goes to tabulate.
_NARROW_TEXT = re.compile("[\n\x20-\x7e\xa0-\xac\xae-\u024f\u2010-\u2027\u2030-\u203a\u20ac]*")
# The colour codes of a coloured verdict: tabulate measures a cell without them.
_COLOUR_CODE = re.compile(r"\x1b\[[0-9;]*m")
# A superset of what tabulate reads as a number with thousands separators ("1,000.5");
# an empty cell matches too, and tabulate lets the other cells decide its column's type.
_NUMBER_LIKE = re.compile(r"[\s0-9,.+-]*")


def _is_text(cell: str) -> bool:
    """True when tabulate reads the cell as a string: not empty, no number, no boolean."""
    if cell == "" or cell in ("True", "False") or _NUMBER_LIKE.fullmatch(cell):
        return False
    for convert in (float, int):
        try:
            convert(cell)
        except ValueError:
            continue
        return False
    return True


def _plain_text_table(rows: list[list[str]], headers: list[str]) -> str | None:
    """tabulate's "simple" layout when every cell and header is made of narrow characters
    (and colour codes, which take no room) and every column holds at least one string (so
    tabulate makes it a column of strings, and prints even its number-like cells as they
    are), else None.

    For such tables tabulate left-aligns every column, strips each cell, makes a column
    as wide as its widest line or its header plus two, pads a cell's missing lines with
    blanks, joins cells with two spaces and strips each line's right end."""
    if not rows or any(len(row) != len(headers) for row in rows):
        return None
    if not all(isinstance(cell, str) and _NARROW_TEXT.fullmatch(_visible(cell))
               for row in [headers, *rows] for cell in row):
        return None
    if any("\n" in h for h in headers) \
            or not all(any(_is_text(_visible(row[i])) for row in rows) for i in range(len(headers))):
        return None
    # With a line break anywhere tabulate lays out every cell as lines, and an empty cell
    # has none (a row of empty cells then prints no line at all); otherwise a cell is one line.
    multiline = any("\n" in cell for row in rows for cell in row)
    cells = [[_cell_lines(cell.strip(), multiline) for cell in row] for row in rows]
    widths = [len(h) + 2 for h in headers]
    for row in cells:
        for i, lines in enumerate(row):
            widths[i] = max(widths[i], *(len(_visible(line)) for line in lines)) if lines else widths[i]

    def line(parts) -> str:
        return "  ".join(part + " " * (width - len(_visible(part))) for part, width in zip(parts, widths)).rstrip()

    out = [line(headers), line("-" * width for width in widths)]
    for row in cells:
        for n in range(max(map(len, row))):
            out.append(line(lines[n] if n < len(lines) else "" for lines in row))
    return "\n".join(out)


def _cell_lines(cell: str, multiline: bool) -> list[str]:
    if not multiline:
        return [cell]
    return cell.split("\n") if cell else []


def _visible(cell: str) -> str:
    """The cell as the terminal shows it: without colour codes."""
    return _COLOUR_CODE.sub("", cell) if "\x1b" in cell else cell
