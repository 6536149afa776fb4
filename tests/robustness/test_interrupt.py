"""Nothing lost: an interrupted run exits 130 and writes nothing, and a run never
modifies the articles it checks."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.robustness.conftest import PROBE_PACK

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The CLI with the probe pack as its default pack (the built-in pack may not exist yet).
LAUNCH = ("import sys, factcheck.engine.registry as r; r.DEFAULT_PACK = sys.argv.pop(1); "
          "from factcheck.cli import main; raise SystemExit(main(sys.argv[1:]))")


def _factcheck(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-c", LAUNCH, PROBE_PACK, *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "output-file"])
def test_sigint_exits_130_and_writes_nothing(tmp_path, to_file):
    (tmp_path / "a.md").write_text("A total zero.\n", encoding="utf-8")
    fifo = tmp_path / "b.md"
    os.mkfifo(fifo)
    before = sorted(os.listdir(tmp_path))
    output = ["--output", tmp_path / "report.json"] if to_file else []
    proc = _factcheck("check", tmp_path / "a.md", fifo, "--format", "json", "--timeout", "0", *output)
    # Opening the FIFO for writing returns only once factcheck has opened it for reading:
    # from then on it is mid-run (a.md already checked, blocked reading b.md).
    with open(fifo, "wb"):
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert out == b""                                   # no partial report
    assert err == b"factcheck: interrupted\n"
    assert sorted(os.listdir(tmp_path)) == before        # no partial or temporary files


def _snapshot(folder):
    out = {}
    for root, _, names in os.walk(folder):
        for name in names:
            p = os.path.join(root, name)
            st = os.stat(p)
            with open(p, "rb") as fh:
                out[p] = (hashlib.sha256(fh.read()).hexdigest(), st.st_mtime_ns, st.st_size, st.st_mode)
    return out


@pytest.mark.parametrize("command", ["check", "extract"])
def test_articles_are_never_modified(tmp_path, command):
    (tmp_path / "a.md").write_text("---\ndate: 2022-04-13\n---\n\nA total zero.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"She said nothing.\r\nA total win.\r")
    (tmp_path / "c.html").write_text("<p>A total zero &amp; more.</p>", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.md").write_text("In all zero ways.\n", encoding="utf-8")
    before = _snapshot(tmp_path)
    names = sorted(os.listdir(tmp_path))
    proc = _factcheck(command, tmp_path, "--format", "json")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, err                    # bad.md is reported
    assert _snapshot(tmp_path) == before
    assert sorted(os.listdir(tmp_path)) == names


@pytest.mark.parametrize("to_group", [True, False], ids=["ctrl-c-to-the-group", "kill-INT-to-the-parent"])
def test_sigint_with_workers_exits_130_promptly_and_quietly(tmp_path, to_group):
    for i in range(12):
        (tmp_path / f"a{i:02}.md").write_text("A total zero.\n", encoding="utf-8")
    fifo = tmp_path / "zz.md"
    os.mkfifo(fifo)
    # Named explicitly: a walk skips FIFOs, an explicitly named one is read.
    proc = _factcheck("check", *sorted(tmp_path.iterdir()), "--jobs", "2", "--format", "json", "--timeout", "0",
                      start_new_session=True)
    with open(fifo, "wb"):                              # a worker is now blocked reading it
        time.sleep(0.5)                                 # and the other has finished the rest: idle
        if to_group:
            os.killpg(proc.pid, signal.SIGINT)          # what Ctrl-C in a terminal does
        else:
            proc.send_signal(signal.SIGINT)             # `kill -INT PID`
        try:
            out, err = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            pytest.fail("factcheck kept waiting for a blocked worker after SIGINT")
    assert (proc.returncode, out, err) == (130, b"", b"factcheck: interrupted\n")


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
def test_a_ctrl_c_while_workers_start_is_held_then_raised_in_the_parent():
    from factcheck.engine.parallel import _sigint_blocked

    reached_end_of_block = False
    with pytest.raises(KeyboardInterrupt):
        with _sigint_blocked():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)                     # delivered now if it were not blocked
            reached_end_of_block = True
    assert reached_end_of_block
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
