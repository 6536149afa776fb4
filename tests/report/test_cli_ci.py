"""The CI options of `factcheck check`, end to end through main()."""
import json
import os
import shutil
import subprocess

import pytest

from factcheck.cli import main
from factcheck.engine.registry import Registry
from tests.report.ci_pack import registry


@pytest.fixture(autouse=True)
def test_pack(monkeypatch):
    # The test pack instead of the default one: loading the real rules is slow and they change.
    monkeypatch.setattr(Registry, "load", classmethod(lambda cls, packs=(), **kw: registry()))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path, body, date="2022-04-13"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: T\ndate: {date}\n---\n\n{body}\n", encoding="utf-8")
    return str(path)


def test_baseline_round_trip(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "news" / "a.md", "A wrong figure and an odd date.")
    code, out, err = run(capsys, "check", "news", "--write-baseline", "fc-baseline.json", "--format", "json")
    assert code == 1
    assert [e["rule"] for e in json.loads((tmp_path / "fc-baseline.json").read_text())["claims"]] == ["TS01", "TS02"]

    code, out, err = run(capsys, "check", "news", "--baseline", "fc-baseline.json", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["files"][0]["claims"] == []
    assert data["summary"]["baselined"] == 2

    write(tmp_path / "news" / "a.md", "A new paragraph.\n\nA wrong figure and an odd date.\n\nA new wrong figure.")
    code, out, err = run(capsys, "check", "news", "--baseline", "fc-baseline.json", "--format", "json")
    assert code == 1
    claims = json.loads(out)["files"][0]["claims"]
    assert [(c["rule"], c["line"], c["column"]) for c in claims] == [("TS01", 10, 7)]


def test_bad_baseline_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "b.json").write_text("[]")
    code, out, err = run(capsys, "check", write(tmp_path / "a.md", "x"), "--baseline", str(tmp_path / "b.json"))
    assert code == 2 and out == ""
    assert "is not a factcheck baseline" in err


def test_output_file_is_written_and_stdout_is_empty(tmp_path, capsys):
    target = tmp_path / "out" / "report.sarif"
    target.parent.mkdir()
    code, out, err = run(capsys, "check", write(tmp_path / "a.md", "A wrong figure."), "--format", "sarif",
                         "--output", str(target))
    assert (code, out, err) == (1, "", "")
    assert json.loads(target.read_text())["runs"][0]["results"][0]["ruleId"] == "TS01"
    code, out, err = run(capsys, "check", str(tmp_path / "a.md"), "--output", str(tmp_path / "no" / "r.txt"))
    assert code == 2 and "cannot write" in err


def test_suppression_notices_go_to_stderr_and_do_not_fail(tmp_path, capsys):
    path = write(tmp_path / "a.md", "<!-- factcheck: ignore TS02 -->\nAn odd date.\n\n"
                                    "<!-- factcheck: ignore TS01 -- the desk checked -->\nA wrong figure.")
    code, out, err = run(capsys, "check", path, "--format", "json")
    assert code == 0                      # the error-severity claim is suppressed; TS02 is a warning
    data = json.loads(out)
    assert [c["rule"] for c in data["files"][0]["claims"]] == ["TS02"]
    assert data["files"][0]["suppressed"] == [{"rule": "TS01", "verdict": "inconsistent", "text": "wrong figure",
                                               "reason": "the desk checked"}]
    assert data["summary"]["suppressed"] == 1
    assert err == (f"factcheck: {path}:6:1: warning: factcheck: ignore without a reason is ignored; "
                   "add one after '--'\n")


def test_every_format_is_reachable(tmp_path, capsys):
    path = write(tmp_path / "a.md", "A wrong figure.")
    for fmt, probe in [("github", "::error file="), ("junit", "<testsuites"), ("claimreview", '"ClaimReview"'),
                       ("html", "<!DOCTYPE html>"), ("sarif", '"version": "2.1.0"')]:
        code, out, err = run(capsys, "check", path, "--format", fmt)
        assert code == 1 and probe in out and err == "", fmt


def test_check_without_paths_needs_changed(capsys):
    code, out, err = run(capsys, "check")
    assert code == 2 and "needs a PATH (or --changed)" in err


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_changed_checks_only_changed_articles(tmp_path, capsys, monkeypatch):
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull}
    for k, v in env.items():
        monkeypatch.setenv(k, v)

    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    write(tmp_path / "news" / "old.md", "A wrong figure.")
    write(tmp_path / "other" / "old.md", "A wrong figure.")
    git("add", ".")
    git("commit", "-q", "-m", "one")
    git("checkout", "-q", "-b", "story")
    write(tmp_path / "news" / "new.md", "An odd date.")
    write(tmp_path / "other" / "new.md", "An odd date.")
    (tmp_path / "news" / "notes.csv").write_text("a,b\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "check", "--changed", "--format", "json")
    assert [f["path"] for f in json.loads(out)["files"]] == ["news/new.md", "other/new.md"]
    code, out, err = run(capsys, "check", "--changed", "news", "--format", "json")   # a path, not a revision
    assert [f["path"] for f in json.loads(out)["files"]] == ["news/new.md"]
    code, out, err = run(capsys, "check", "--changed=HEAD~0", "other", "--format", "json")
    assert [f["path"] for f in json.loads(out)["files"]] == ["other/new.md"]
    code, out, err = run(capsys, "check", "--changed", "nonsense")
    assert code == 2 and "neither a revision nor a path" in err


def test_changed_outside_git_is_a_usage_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "check", "--changed")
    assert code == 2
    assert "works inside a git repository" in err


def test_progress_bar_only_on_a_terminal_and_for_many_files(tmp_path, capsys, monkeypatch):
    for i in range(25):
        write(tmp_path / f"a{i:02d}.md", "A fine total.")
    code, out, err = run(capsys, "check", str(tmp_path), "--format", "json", "--jobs", "1")
    assert err == ""
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    code, out, err = run(capsys, "check", str(tmp_path), "--format", "json", "--jobs", "1")
    assert "\rfactcheck: [" in err and "25/25 files" in err
    assert err.endswith("\r" + " " * 70 + "\r")
    json.loads(out)
    code, out, err = run(capsys, "check", *[str(tmp_path / f"a{i:02d}.md") for i in range(20)], "--format", "json")
    assert err == ""                         # 20 files: no bar


def test_text_report_says_what_was_left_out(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.md", "<!-- factcheck: ignore TS01 -- checked -->\nA wrong figure.\n\nAn odd date. A vague claim.")
    run(capsys, "check", "a.md", "--write-baseline", "b.json")
    code, out, err = run(capsys, "check", "a.md", "--baseline", "b.json")
    assert code == 0
    assert out.splitlines()[-1] == "1 claim suppressed in the articles; 2 claims accepted by the baseline"
