import os
import stat

import pytest

from factcheck import fileio


def test_writes_new_file_with_umask_permissions(tmp_path):
    target = tmp_path / "baseline.json"
    old = os.umask(0o022)
    try:
        fileio.write_text_atomic(str(target), "héllo\n")
    finally:
        os.umask(old)
    assert target.read_bytes() == "héllo\n".encode("utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_replaces_existing_file_and_keeps_its_mode(tmp_path):
    target = tmp_path / "report.sarif"
    target.write_text("old contents that are longer than the new ones")
    os.chmod(target, 0o600)
    fileio.write_text_atomic(str(target), "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_no_temporary_file_is_left_behind(tmp_path):
    fileio.write_text_atomic(str(tmp_path / "a.json"), "{}")
    assert sorted(os.listdir(tmp_path)) == ["a.json"]


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old")
    with pytest.raises(UnicodeEncodeError):
        fileio.write_text_atomic(str(target), "caf\udce9")   # a lone surrogate cannot be encoded
    assert target.read_text() == "old"
    assert sorted(os.listdir(tmp_path)) == ["a.json"]


def test_error_during_write_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "a.json"
    target.write_text("old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        fileio.write_text_atomic(str(target), "new")
    assert target.read_text() == "old"
    assert sorted(os.listdir(tmp_path)) == ["a.json"]


def test_missing_directory_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        fileio.write_text_atomic(str(tmp_path / "no" / "a.json"), "x")
