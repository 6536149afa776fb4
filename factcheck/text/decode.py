"""Bytes -> text, refusing what is not text, and saying where it broke.

Accepted: UTF-8 (with or without a byte-order mark), and UTF-16 or UTF-32
with a byte-order mark. The BOM is not part of the text, so character offsets
count from the first character after it (as editors show them). Byte offsets
in error messages count from the start of the file, BOM included, so
`head -c N FILE` finds the spot.

Line endings are kept exactly as they are (\\n, \\r\\n or \\r): offsets the engine
reports must slice the file's own text, not a normalised copy.
"""
from __future__ import annotations

import codecs

from factcheck.errors import InputError

# Longest BOM first: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def decode(data: bytes, path: str) -> str:
    """Decode an article's bytes, or raise InputError naming the byte offset of the problem."""
    bom, codec, name = b"", "utf-8", "UTF-8"
    for mark, mark_codec, mark_name in _BOMS:
        if data.startswith(mark):
            bom, codec, name = mark, mark_codec, mark_name
            break
    body = data[len(bom):]
    if codec == "utf-8":
        nul = body.find(b"\x00")
        if nul >= 0:
            raise InputError(path, f"binary file (NUL byte at byte {nul + len(bom)}), not an article")
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        at = exc.start + len(bom)
        if codec == "utf-8":
            raise InputError(path, f"not valid UTF-8: bad byte 0x{data[at]:02x} at byte {at}") from None
        raise InputError(path, f"not valid {name}: bad code unit at byte {at}") from None
    nul = text.find("\x00")
    if nul >= 0:
        # Only reachable for UTF-16/32: a NUL character is still not article text.
        raise InputError(path, f"binary file (NUL character at character {nul}), not an article")
    return text
