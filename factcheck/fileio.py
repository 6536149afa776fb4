"""Writing files so that a reader never sees half of one.

Everything factcheck writes (baselines, reports written to a file) goes
through here: the text goes to a temporary file in the same directory, is
flushed to disk, and then replaces the target in one `os.replace`, which is
atomic on POSIX and Windows when both names are on the same file system (the
reason the temporary file lives next to the target, not in /tmp).
"""
from __future__ import annotations

import os
import stat
import tempfile


def write_bytes_atomic(path: str, data: bytes) -> None:
    """Replace `path` with `data` atomically; an existing file keeps its permissions."""
    directory = os.path.dirname(os.path.abspath(path))
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix="." + os.path.basename(path) + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        # Never leave the temporary file behind, whatever went wrong (a full disk, Ctrl-C).
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_text_atomic(path: str, text: str, *, encoding: str = "utf-8") -> None:
    """Replace `path` with `text` atomically. Newlines are written as given ("\\n"), on every OS,
    so a file written on Windows and one written on Linux are byte-identical."""
    write_bytes_atomic(path, text.encode(encoding))


def _mode_for(path: str) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        # mkstemp creates 0600; a new file should get what open() would give it (0666 minus umask).
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
