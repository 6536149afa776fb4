"""Reading articles: size limits, line endings and hostile front matter."""
from __future__ import annotations

import datetime as dt
import os

import pytest

from factcheck.errors import InputError
from factcheck.text.read import document_from_text, read_bytes, read_path


def _error(func, *args, **kwargs) -> str:
    with pytest.raises(InputError) as exc:
        func(*args, **kwargs)
    return str(exc.value)


def test_lone_cr_front_matter_and_paragraphs_are_recognised():
    raw = "---\rtitle: T\rdate: 2022-04-13\r---\r\rFirst one.\r\rSecond one.\r"
    doc = document_from_text(raw, path="a.md")
    assert doc.raw == raw                                   # never rewritten
    assert len(doc.text) == len(raw)                        # offsets stay one for one
    assert (doc.published, doc.title) == (dt.date(2022, 4, 13), "T")
    assert [p.span.of(raw) for p in doc.paragraphs] == ["First one.", "Second one."]


def test_crlf_text_keeps_offsets():
    raw = "One total.\r\n\r\nTwo said.\r\n"
    doc = document_from_text(raw, path="a.txt")
    assert doc.text == raw
    assert [p.span.of(raw) for p in doc.paragraphs] == ["One total.", "Two said."]


def test_yaml_alias_bomb_is_refused_before_it_is_printed():
    levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    raw = "---\n" + "\n".join(levels) + "\ndate: *i\n---\n\nText.\n"
    assert _error(document_from_text, raw, path="bomb.md") == \
        "bomb.md: malformed front matter: date is a list, not YYYY-MM-DD"


def test_alias_bomb_as_title_is_no_title():
    raw = '---\na: &a ["x","x"]\nb: &b [*a,*a]\ntitle: *b\n---\n\nText.\n'
    assert document_from_text(raw, path="t.md").title is None


def test_deeply_nested_front_matter_is_refused():
    raw = "---\na: " + "[" * 5000 + "]" * 5000 + "\n---\n\nText.\n"
    assert _error(document_from_text, raw, path="deep.md") == "deep.md:1: malformed front matter: nested too deeply"


def test_size_limit_on_a_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1001)
    assert _error(read_path, str(path), max_bytes=1000) == \
        f"{path}: file is 1,001 bytes, over the 1,000-byte limit (--max-bytes)"
    assert read_path(str(path), max_bytes=0).raw == "a" * 1001         # 0: no limit


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_device_is_refused_after_the_limit():
    # getsize() is 0 for a device: only a bounded read stops it.
    assert _error(read_path, "/dev/zero", max_bytes=1000) == \
        "/dev/zero: file is over the 1,000-byte limit (--max-bytes)"


def test_size_limit_on_bytes():
    assert _error(read_bytes, b"abcd", path="x.txt", max_bytes=2) == \
        "x.txt: file is 4 bytes, over the 2-byte limit (--max-bytes)"


def test_symlink_problems_are_named(tmp_path):
    os.symlink("loop.md", tmp_path / "loop.md")
    os.symlink("gone.md", tmp_path / "broken.md")
    assert _error(read_path, str(tmp_path / "loop.md")) == f"{tmp_path}/loop.md: symbolic link loop"
    assert _error(read_path, str(tmp_path / "broken.md")) == f"{tmp_path}/broken.md: broken symbolic link (to gone.md)"
    assert _error(read_path, str(tmp_path)) == f"{tmp_path}: is a directory"


def test_reading_never_writes(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ndate: 2022-04-13\n---\n\nA total.\n", encoding="utf-8")
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    read_path(str(path))
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_front_matter_nested_deeper_than_the_pure_yaml_loader_reads_is_still_refused():
    # libyaml would read 600 levels; the pure-Python loader, which the reader uses, cannot.
    raw = "---\na: " + "[" * 600 + "]" * 600 + "\n---\n\nText.\n"
    assert _error(document_from_text, raw, path="deep.md") == "deep.md:1: malformed front matter: nested too deeply"
