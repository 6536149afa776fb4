"""Bytes -> text, refusing what is not text, and saying where it broke."""
from __future__ import annotations

import codecs

from factcheck.errors import InputError


def decode(data: bytes, path: str) -> str:
    """Decode an article's bytes.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a BOM are
    accepted. The BOM itself is not part of the text, so offsets count from
    the first character after it.
    """
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-16 at byte {exc.start}") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(path, f"binary file (NUL byte at byte {nul}), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8: bad byte 0x{data[exc.start]:02x} at byte {exc.start}") from None
