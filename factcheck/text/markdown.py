"""Markdown: YAML front matter, and markup blanked so prose offsets stay exact.

Blanking (replacing characters by spaces, keeping newlines) rather than
stripping keeps the analysis text the same length as the file, so every offset
the engine finds is already an offset into the raw file.
"""
from __future__ import annotations

import datetime as dt
import re

from factcheck.errors import InputError

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?(?:^[ \t]{0,3}\1[^\n]*$|\Z)", re.S | re.M)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_LINK_OPEN = re.compile(r"!?\[(?=[^\[\]\n]*\]\()")   # "[" excluded: linear on "[[[[..."
_LINK_TARGET = re.compile(r"\]\([^()\n]*\)")
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]", re.M)
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M)
# (?=[*_]): every alternative starts so; checked first, it spares the look-behinds elsewhere.
_EMPHASIS = re.compile(r"(?=[*_])(?:\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_RULE_LINE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping line breaks."""
    piece = re.sub(r"[^\r\n]", " ", text[start:end])
    return text[:start] + piece + text[end:]


_NOT_NEWLINE = re.compile(r"[^\r\n]")


def _blank_match(m: re.Match) -> str:
    return _NOT_NEWLINE.sub(" ", m.group())


def _blank_all(text: str, pattern: re.Pattern) -> str:
    # sub() visits the same matches finditer() would, all against the original text.
    return pattern.sub(_blank_match, text)


def split_front_matter(raw: str, path: str) -> tuple[dict, int]:
    """Parse YAML front matter; return (mapping, length of the front-matter block)."""
    if not raw.startswith("---"):
        return {}, 0
    m = _FRONT.match(raw)
    if not m:
        first = raw.split("\n", 1)[0].strip()
        if first == "---":
            raise InputError(path, "malformed front matter: no closing '---' line", line=1)
        return {}, 0
    simple = simple_front_matter(m.group(1))
    if simple is not None:
        return simple, m.end()
    import yaml     # here, not at import: most files' front matter is read without it

    try:
        data = yaml.safe_load(m.group(1)) if m.group(1).strip() else {}
    except yaml.YAMLError as exc:
        line = None
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            line = mark.line + 2  # +1 for 1-based, +1 for the opening '---'
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(path, f"malformed front matter: {problem}", line=line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, "malformed front matter: expected 'key: value' lines", line=2)
    return data, m.end()


# The front matter nearly every article has: `title: "..."` and `date: YYYY-MM-DD`, one line
# each.  For exactly that shape the YAML value is known without a YAML parser: a
# double-quoted scalar without escapes, line breaks or characters YAML refuses or treats
# specially (tabs, NEL, line and paragraph separators, BOM) is its text, and a plain
# YYYY-MM-DD is a date.  Anything else, an impossible date included, goes to YAML.
# The title's characters: YAML's printable ones, less '"', '\\', tab, NEL, U+2028/2029 and BOM
# (written as what is excluded: a class of ranges up to U+10FFFF takes milliseconds to compile).
_SIMPLE_LINE = re.compile(
    r'(?:(?P<key>title): "(?P<title>[^\x00-\x1f"\\\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]*)"'
    r'|(?P<date_key>date): (?P<date>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2}))\Z')


def simple_front_matter(source: str) -> dict | None:
    """What yaml.safe_load(source) gives when source is one or two lines of that shape
    (different keys), else None."""
    lines = source.split("\n")
    if len(lines) > 2:
        return None
    data: dict = {}
    for line in lines:
        m = _SIMPLE_LINE.match(line)
        if m is None:
            return None
        if m.group("key"):
            key, value = "title", m.group("title")
        else:
            key = "date"
            try:
                value = dt.date(int(m.group("date")), int(m.group("month")), int(m.group("day")))
            except ValueError:
                return None
        if key in data:
            return None
        data[key] = value
    return data


def published_from(front: dict, path: str) -> dt.date | None:
    value = front.get("date")
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(path, f"malformed front matter: date {text!r} is not YYYY-MM-DD") from None


# What _RULE_LINE and _LIST_MARK cannot match without: a line that starts, after spaces and
# tabs, with one of their marks or a list number.  Searched from each "\n" (a literal the
# engine finds in C) and at the start, it is far cheaper than their re.M scans, which stop
# at every character to try "^".
_MARK_AT_LINE_START = re.compile(r"[ \t]*(?:[-*_+]|\d{1,3}[.)])")
_MARK_AFTER_NEWLINE = re.compile(r"\n[ \t]*(?:[-*_+]|\d{1,3}[.)])")


def _may_have_marked_line(text: str) -> bool:
    return _MARK_AT_LINE_START.match(text) is not None or _MARK_AFTER_NEWLINE.search(text) is not None


# The markup patterns in the order they are blanked, each with the strings it cannot match
# without (any one of them), or a test it cannot match without: most articles have no code,
# links or tags, and a str `in` test is far cheaper than a regex scan that finds nothing.
# The tests run on the text as blanked so far (blanking can make a line start with a mark).
_MARKUP = (
    (_FENCE, ("```", "~~~")), (_COMMENT, ("<!--",)), (_IMAGE, ("![",)), (_INLINE_CODE, ("`",)),
    (_LINK_OPEN, ("](",)), (_LINK_TARGET, ("](",)), (_TAG, ("<",)), (_RULE_LINE, _may_have_marked_line),
    (_HEADING, ("#",)), (_QUOTE_MARK, (">",)), (_LIST_MARK, _may_have_marked_line), (_EMPHASIS, ("*", "__")),
)


def code_spans(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each fenced code block, as analysis_text finds them (fences are the
    first markup it blanks, read on the text with its front matter blanked), then of each
    inline code span outside them. Text in code is shown, not meant: a comment written
    there is an example of one."""
    if "`" not in raw and "~~~" not in raw:
        return []
    front = _FRONT.match(raw) if raw.startswith("---") else None
    text = blank(raw, 0, front.end()) if front else raw
    spans = [(m.start(), m.end()) for m in _FENCE.finditer(text)]
    for start, end in spans:
        text = blank(text, start, end)
    return spans + [(m.start(), m.end()) for m in _INLINE_CODE.finditer(text)]


def analysis_text(raw: str, front_len: int) -> str:
    """The prose of a Markdown file, same length as `raw`, markup blanked."""
    text = blank(raw, 0, front_len) if front_len else raw
    for pattern, needs in _MARKUP:
        if needs(text) if callable(needs) else any(n in text for n in needs):
            text = _blank_all(text, pattern)
    return text
