"""Bytes -> text: what is accepted, and the exact byte offset named when it is not."""
from __future__ import annotations

import codecs

import pytest

from factcheck.errors import InputError
from factcheck.text.decode import decode


@pytest.mark.parametrize("data, text", [
    (b"A total.\n", "A total.\n"),
    (codecs.BOM_UTF8 + b"A total.\r\n", "A total.\r\n"),                      # BOM dropped, CRLF kept
    (codecs.BOM_UTF16_LE + "Caf\u00e9\r\nok".encode("utf-16-le"), "Caf\u00e9\r\nok"),
    (codecs.BOM_UTF16_BE + "a\rb".encode("utf-16-be"), "a\rb"),                # lone CR kept
    (codecs.BOM_UTF32_LE + "a\r\nb".encode("utf-32-le"), "a\r\nb"),            # not mistaken for UTF-16
    (codecs.BOM_UTF32_BE + "\U0001F600".encode("utf-32-be"), "\U0001F600"),
    (b"", ""),
])
def test_accepted_encodings(data, text):
    assert decode(data, "f.txt") == text


@pytest.mark.parametrize("data, message", [
    (b"caf\xe9 au lait", "not valid UTF-8: bad byte 0xe9 at byte 3"),
    (codecs.BOM_UTF8 + b"ab\xff", "not valid UTF-8: bad byte 0xff at byte 5"),   # offset counts the BOM
    ("\u00e9".encode()[:1], "not valid UTF-8: bad byte 0xc3 at byte 0"),          # truncated sequence
    (b"ab\xc0\xaf", "not valid UTF-8: bad byte 0xc0 at byte 2"),                 # overlong form
    (b"a\xed\xa0\x80", "not valid UTF-8: bad byte 0xed at byte 1"),              # encoded surrogate
    (b"PK\x03\x04\x00\x00", "binary file (NUL byte at byte 4), not an article"),
    (codecs.BOM_UTF8 + b"ab\x00", "binary file (NUL byte at byte 5), not an article"),
    (codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"x", "not valid UTF-16: bad code unit at byte 6"),
    (codecs.BOM_UTF16_LE + b"a\x00\x00\xd8b\x00", "not valid UTF-16: bad code unit at byte 4"),
    (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), "binary file (NUL character at character 1), not an article"),
])
def test_refused_bytes_name_the_offset(data, message):
    with pytest.raises(InputError) as exc:
        decode(data, "f.txt")
    assert str(exc.value) == f"f.txt: {message}"
