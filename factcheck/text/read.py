"""Files and strings -> Documents. The only place that knows about formats."""
from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sys

from factcheck.errors import InputError
from factcheck.model.document import Document
from factcheck.text import markdown
from factcheck.text.boilerplate import split_boilerplate
from factcheck.text.decode import decode
from factcheck.text.segment import paragraphs

FORMATS = {".md": "md", ".markdown": "md", ".mdx": "md", ".html": "html", ".htm": "html",
           ".txt": "txt", ".text": "txt"}
ARTICLE_SUFFIXES = tuple(FORMATS)
DEFAULT_MAX_BYTES = 5_000_000
_LONE_CR = re.compile(r"\r(?!\n)")


def format_of(path: str, text: str = "") -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext in FORMATS:
        return FORMATS[ext]
    head = text.lstrip()[:200].lower()
    if text.startswith("---"):
        return "md"
    if head.startswith(("<!doctype html", "<html", "<article", "<p>", "<div", "<body")):
        return "html"
    return "txt"


def document_from_text(raw: str, *, path: str = "<string>", fmt: str | None = None,
                       published: dt.date | None = None) -> Document:
    """Build a Document from already-decoded text. `published` overrides the file's own date."""
    fmt = fmt or format_of(path, raw)
    # Old Mac files end lines with a lone \r. Turning it into \n keeps every offset (one
    # character for one) while letting front matter and paragraph breaks be recognised;
    # `raw` itself is never changed, so reported offsets still slice the file as read.
    source = _LONE_CR.sub("\n", raw) if "\r" in raw else raw
    front: dict = {}
    title = None
    offsets = None
    file_date = None
    if fmt == "md" or (fmt == "txt" and source.startswith("---")):
        front, front_len = _front_matter(source, path)
        file_date = markdown.published_from(front, path)
        title = front.get("title")
        text = markdown.analysis_text(source, front_len) if fmt == "md" else markdown.blank(source, 0, front_len)
    elif fmt == "html":
        from factcheck.text import html as html_format     # only HTML articles need the parser

        try:
            text, offsets, title = html_format.visible_text(raw)
        except html_format.UnreadableHTML as exc:
            raise InputError(path, f"HTML the parser cannot read ({exc})") from None
        hint = html_format.published_hint(raw)
        if hint:
            try:
                file_date = dt.date.fromisoformat(hint)
            except ValueError:
                file_date = None
    else:
        text = source
    paras, skipped = split_boilerplate(text, paragraphs(text))
    return Document(
        path=path, raw=raw, text=text, paragraphs=paras, skipped=skipped,
        front_matter=front, published=published or file_date,
        title=_title(title), offsets=offsets,
    )


def _front_matter(source: str, path: str) -> tuple[dict, int]:
    """YAML front matter, refusing the shapes that would make later steps explode: YAML
    aliases can build a small mapping whose `str()` is gigabytes ("billion laughs"), and
    deeply nested flow collections exhaust the YAML composer's recursion."""
    try:
        front, front_len = markdown.split_front_matter(source, path)
    except RecursionError:
        raise InputError(path, "malformed front matter: nested too deeply", line=1) from None
    date = front.get("date")
    if date is not None and not isinstance(date, (str, int, float, dt.date)):
        raise InputError(path, f"malformed front matter: date is a {type(date).__name__}, not YYYY-MM-DD")
    return front, front_len


def _title(value) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, dt.date)) and not isinstance(value, bool):
        return str(value)
    return None      # a list or mapping is not a title (and may be huge when printed)


def read_bytes(data: bytes, *, path: str, published: dt.date | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    if max_bytes and len(data) > max_bytes:
        if len(data) == max_bytes + 1:       # stopped reading there: the true size is unknown
            raise InputError(path, f"file is over the {max_bytes:,}-byte limit (--max-bytes)")
        raise InputError(path, _too_big(len(data), max_bytes))
    raw = decode(data, path)
    return document_from_text(raw, path=path, published=published)


def read_path(path: str, *, published: dt.date | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one article; '-' is standard input. Never writes to the file.

    At most max_bytes + 1 bytes are read, so a device or a pipe that never ends
    (/dev/zero, a FIFO) is reported as too large instead of filling memory."""
    limit = max_bytes + 1 if max_bytes and max_bytes > 0 else -1
    if path == "-":
        data = sys.stdin.buffer.read(limit)
    else:
        try:
            size = os.path.getsize(path)
            if max_bytes and size > max_bytes:
                raise InputError(path, _too_big(size, max_bytes))
            with open(path, "rb") as fh:
                data = fh.read(limit)
        except InputError:
            raise
        except FileNotFoundError:
            if os.path.islink(path):
                raise InputError(path, f"broken symbolic link (to {os.readlink(path)})") from None
            raise InputError(path, "no such file") from None
        except IsADirectoryError:
            raise InputError(path, "is a directory") from None
        except PermissionError:
            raise InputError(path, "permission denied") from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise InputError(path, "symbolic link loop") from None
            raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    return read_bytes(data, path=path, published=published, max_bytes=max_bytes)


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)"
