"""Files and strings -> Documents. The only place that knows about formats."""
from __future__ import annotations

import datetime as dt
import os
import sys

from factcheck.errors import InputError
from factcheck.model.document import Document
from factcheck.text import html as html_format
from factcheck.text import markdown
from factcheck.text.boilerplate import split_boilerplate
from factcheck.text.decode import decode
from factcheck.text.segment import paragraphs

FORMATS = {".md": "md", ".markdown": "md", ".mdx": "md", ".html": "html", ".htm": "html",
           ".txt": "txt", ".text": "txt"}
ARTICLE_SUFFIXES = tuple(FORMATS)
DEFAULT_MAX_BYTES = 5_000_000


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
    front: dict = {}
    title = None
    offsets = None
    file_date = None
    if fmt == "md" or (fmt == "txt" and raw.startswith("---")):
        front, front_len = markdown.split_front_matter(raw, path)
        file_date = markdown.published_from(front, path)
        title = front.get("title")
        text = markdown.analysis_text(raw, front_len) if fmt == "md" else markdown.blank(raw, 0, front_len)
    elif fmt == "html":
        text, offsets, title = html_format.visible_text(raw)
        hint = html_format.published_hint(raw)
        if hint:
            try:
                file_date = dt.date.fromisoformat(hint)
            except ValueError:
                file_date = None
    else:
        text = raw
    paras, skipped = split_boilerplate(text, paragraphs(text))
    return Document(
        path=path, raw=raw, text=text, paragraphs=paras, skipped=skipped,
        front_matter=front, published=published or file_date,
        title=str(title) if title is not None else None, offsets=offsets,
    )


def read_bytes(data: bytes, *, path: str, published: dt.date | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    if max_bytes and len(data) > max_bytes:
        raise InputError(path, f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
    raw = decode(data, path)
    return document_from_text(raw, path=path, published=published)


def read_path(path: str, *, published: dt.date | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one article; '-' is standard input. Never writes to the file."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            if max_bytes and os.path.getsize(path) > max_bytes:
                raise InputError(path, f"file is {os.path.getsize(path):,} bytes, over the "
                                       f"{max_bytes:,}-byte limit (--max-bytes)")
            with open(path, "rb") as fh:
                data = fh.read()
        except InputError:
            raise
        except FileNotFoundError:
            raise InputError(path, "no such file") from None
        except IsADirectoryError:
            raise InputError(path, "is a directory") from None
        except PermissionError:
            raise InputError(path, "permission denied") from None
        except OSError as exc:
            raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    return read_bytes(data, path=path, published=published, max_bytes=max_bytes)
