"""Bad input files through the CLI: each is reported in its own place with an exact
message, the run goes on, the other files' results are intact, and the exit code is 2."""
from __future__ import annotations

import json
import os

import pytest

from factcheck.cli import main
from tests.robustness.conftest import PROBE_PACK
from tests.robustness.contract import check_contract

GOOD = "---\ntitle: Good\ndate: 2022-04-13\n---\n\nIt was a total zero. She said nothing.\n"
GOOD_CLAIMS = [("PR01", 47, 57, 6, 10, "total zero"), ("PR02", 63, 75, 6, 26, "said nothing")]


@pytest.fixture(autouse=True)
def probe_pack(monkeypatch):
    from factcheck.engine import registry
    monkeypatch.setattr(registry, "DEFAULT_PACK", PROBE_PACK)


def _check(capsys, *args):
    code = main(["check", *map(str, args), "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def _by_path(report):
    return {os.path.basename(f["path"]): f for f in report["files"]}


def _claims(entry):
    return [(c["rule"], c["start"], c["end"], c["line"], c["column"], c["text"]) for c in entry["claims"]]


def _raw(path) -> str:
    from factcheck.text.decode import decode
    with open(path, "rb") as fh:
        return decode(fh.read(), str(path))


@pytest.fixture
def mixed(tmp_path):
    """A directory of good and bad articles."""
    d = tmp_path / "articles"
    d.mkdir()
    (d / "good.md").write_text(GOOD, encoding="utf-8", newline="")
    (d / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (d / "latin1.md").write_bytes(b"caf\xe9 total zero.\n")
    (d / "bom.md").write_bytes(b"\xef\xbb\xbfA total zero.\r\n")
    (d / "utf16.txt").write_bytes("A total zero.\r\nShe said nothing.\r\n".encode("utf-16"))
    (d / "crlf.md").write_bytes(b"---\r\ndate: 2022-04-13\r\n---\r\n\r\nA total zero.\r\n")
    (d / "cr.md").write_bytes(b"---\rdate: 2022-04-13\r---\r\rA total zero.\rShe said nothing.\r")
    (d / "big.txt").write_bytes(b"a" * 3000)
    os.symlink("loop.md", d / "loop.md")
    os.symlink("missing.md", d / "broken.md")
    (d / "sub").mkdir()
    os.symlink("..", d / "sub" / "up")          # a directory loop the walk must not follow
    os.mkfifo(d / "fifo.md")                   # would block a run that opened it
    return d


EXPECTED_ERRORS = {
    "fifo.md": "fifo.md: not a regular file, skipped",
    "big.txt": "big.txt: file is 3,000 bytes, over the 2,000-byte limit (--max-bytes)",
    "binary.txt": "binary.txt: binary file (NUL byte at byte 4), not an article",
    "broken.md": "broken.md: broken symbolic link (to missing.md)",
    "latin1.md": "latin1.md: not valid UTF-8: bad byte 0xe9 at byte 3",
    "loop.md": "loop.md: symbolic link loop",
}
EXPECTED_CLAIMS = {
    "good.md": GOOD_CLAIMS,
    "bom.md": [("PR01", 2, 12, 1, 3, "total zero")],
    "utf16.txt": [("PR01", 2, 12, 1, 3, "total zero"), ("PR02", 19, 31, 2, 5, "said nothing")],
    "crlf.md": [("PR01", 32, 42, 5, 3, "total zero")],
    "cr.md": [("PR01", 28, 38, 5, 3, "total zero"), ("PR02", 44, 56, 6, 5, "said nothing")],
}


def test_every_bad_file_is_reported_and_the_others_are_checked(mixed, capsys):
    code, report, err = _check(capsys, mixed, "--max-bytes", "2000")
    assert code == 2
    files = _by_path(report)
    assert set(files) == set(EXPECTED_ERRORS) | set(EXPECTED_CLAIMS)
    for name, message in EXPECTED_ERRORS.items():
        assert files[name]["error"] == f"{mixed}/{message}", name
        assert files[name]["claims"] == []
    for name, claims in EXPECTED_CLAIMS.items():
        assert files[name]["error"] is None, name
        assert _claims(files[name]) == claims, name
    assert report["summary"] == {"files": 11, "claims": 8, "consistent": 0, "inconsistent": 8,
                                 "unverifiable": 0, "errors": 6}
    # Each error also goes to stderr, once, in the same words.
    assert sorted(err.splitlines()) == sorted(f"factcheck: {mixed}/{m}" for m in EXPECTED_ERRORS.values())
    assert check_contract(report, {f["path"]: _raw(f["path"]) for f in report["files"] if not f["error"]}) == []


def test_good_results_are_the_same_alone_and_among_bad_files(mixed, capsys):
    _, together, _ = _check(capsys, mixed, "--max-bytes", "2000")
    for name in EXPECTED_CLAIMS:
        code, alone, _ = _check(capsys, mixed / name)
        assert code == 0          # the probe rules are warnings and info, under --fail-on error
        assert alone["files"][0] == _by_path(together)[name]


@pytest.mark.parametrize("name", ["bom.md", "utf16.txt", "crlf.md", "cr.md"])
def test_offsets_slice_the_file_as_read(mixed, capsys, name):
    # Line endings are kept; a BOM is not text. start/end index the decoded file exactly.
    _, report, _ = _check(capsys, mixed / name)
    raw = _raw(mixed / name)
    for c in report["files"][0]["claims"]:
        assert raw[c["start"]:c["end"]] == c["text"]


def test_published_date_is_read_from_crlf_and_cr_front_matter(mixed, capsys):
    _, report, _ = _check(capsys, mixed / "crlf.md", mixed / "cr.md")
    assert [f["published"] for f in report["files"]] == ["2022-04-13", "2022-04-13"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway; "
                                               "test_permission_denied_is_reported_in_place simulates it")
def test_unreadable_file_is_reported(tmp_path, capsys):
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked.md"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        code, report, _ = _check(capsys, tmp_path)
    finally:
        locked.chmod(0o644)
    files = _by_path(report)
    assert code == 2
    assert files["locked.md"]["error"] == f"{locked}: permission denied"
    assert _claims(files["good.md"]) == GOOD_CLAIMS


def test_permission_denied_is_reported_in_place(tmp_path, capsys, monkeypatch):
    # Simulated, so it runs as root too: open() of this one file raises EACCES.
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked.md"
    locked.write_text(GOOD, encoding="utf-8")
    import builtins
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    code, report, _ = _check(capsys, tmp_path)
    files = _by_path(report)
    assert code == 2
    assert files["locked.md"]["error"] == f"{locked}: permission denied"
    assert _claims(files["good.md"]) == GOOD_CLAIMS


def test_file_that_vanishes_mid_run(tmp_path, capsys, monkeypatch):
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    from factcheck.engine import parallel
    real_check_file = parallel.check_file

    def check_then_delete(path, *args, **kwargs):
        result = real_check_file(path, *args, **kwargs)
        if path.endswith("a.md"):
            os.remove(tmp_path / "b.md")        # found by the walk, gone before it is read
        return result

    monkeypatch.setattr(parallel, "check_file", check_then_delete)
    code, report, err = _check(capsys, tmp_path)
    files = _by_path(report)
    assert code == 2
    assert files["b.md"]["error"] == f"{tmp_path}/b.md: no such file"
    assert _claims(files["a.md"]) == GOOD_CLAIMS and _claims(files["c.md"]) == GOOD_CLAIMS
    assert err == f"factcheck: {tmp_path}/b.md: no such file\n"


def test_missing_path_and_empty_directory(tmp_path, capsys):
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    code, report, _ = _check(capsys, tmp_path / "nope.md", tmp_path / "empty", tmp_path / "good.md")
    files = report["files"]
    assert code == 2
    assert [f["error"] for f in files] == [
        f"{tmp_path}/nope.md: no such file or directory",
        f"{tmp_path}/empty: no articles found (looked for *.md, *.markdown, *.txt, *.html, *.htm)",
        None,
    ]
    assert _claims(files[2]) == GOOD_CLAIMS


def test_timeout_option_is_validated(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "x.md", "--timeout", "-1"])
    assert exc.value.code == 2
    assert "argument --timeout: '-1' is not a number of seconds (0 means no limit)" in capsys.readouterr().err


def test_slow_article_is_reported_and_the_run_goes_on(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "slow.md").write_text(GOOD, encoding="utf-8")
    from factcheck.engine import batch
    real_gather = batch.gather_facts

    def gather(doc):
        if doc.path.endswith("slow.md"):
            while True:       # an extractor that never returns
                pass
        return real_gather(doc)

    monkeypatch.setattr(batch, "gather_facts", gather)
    code, report, _err = _check(capsys, tmp_path, "--timeout", "0.5")
    files = _by_path(report)
    assert code == 2
    assert files["slow.md"]["error"] == (f"{tmp_path}/slow.md: gave up after the 0.5-second time budget "
                                         "(--timeout) while extracting facts")
    assert _claims(files["a.md"]) == GOOD_CLAIMS
