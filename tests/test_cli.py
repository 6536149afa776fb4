"""The CLI's exit codes and JSON contracts, with a small rule pack of our own so the
assertions do not move when the default pack grows."""
import json
import os
import subprocess
import sys

import pytest

from factcheck.cli import main

PACK = '''
rule TT01 test.typo
  kind consistency
  severity error
  doc "The misspelling 'teh' is flagged (a test rule)."
  match w:word
  where w == "teh"
  check false
  say "'{w}' looks like a typo"
  flag "We saw teh cat."
  flag "Teh end came."
  pass "We saw the cat."
  pass "Tea time."
rule TT02 test.info
  kind consistency
  severity info
  doc "The word 'perhaps' is noted (a test rule)."
  match "perhaps"
  check false
  say "hedged"
  flag "It is perhaps true."
  flag "Perhaps so."
  pass "It is true."
  pass "So be it."
'''


@pytest.fixture
def pack(tmp_path):
    d = tmp_path / "pack"
    d.mkdir()
    (d / "test.rules").write_text(PACK, encoding="utf-8")
    return str(d)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def only(pack):
    return ["--rules", pack, "--enable", "TT01", "--enable", "TT02"]


def test_json_contract_and_offsets(tmp_path, pack, capsys):
    article = tmp_path / "a.md"
    raw = "---\ntitle: Test\ndate: 2022-04-13\n---\n\nWe saw teh cat.\r\nIt is perhaps true.\n"
    article.write_bytes(raw.encode("utf-8"))
    code, out, err = run(capsys, "check", str(article), "--format", "json", *only(pack))
    assert code == 1, err
    data = json.loads(out)
    assert set(data) == {"factcheck", "files", "summary"}
    (f,) = data["files"]
    assert f["path"] == str(article) and f["published"] == "2022-04-13" and f["error"] is None
    first, second = f["claims"]
    assert {k: first[k] for k in ("rule", "name", "kind", "verdict", "severity", "line", "column", "text")} == {
        "rule": "TT01", "name": "test.typo", "kind": "consistency", "verdict": "inconsistent",
        "severity": "error", "line": 6, "column": 8, "text": "teh"}
    assert raw[first["start"]:first["end"]] == "teh"
    assert first["message"] == "'teh' looks like a typo"
    assert second["line"] == 7 and second["severity"] == "info"
    assert data["summary"] == {"files": 1, "claims": 2, "consistent": 0, "inconsistent": 2,
                               "unverifiable": 0, "errors": 0}


def test_fail_on_threshold(tmp_path, pack, capsys):
    article = tmp_path / "a.txt"
    article.write_text("It is perhaps true.\n", encoding="utf-8")
    assert run(capsys, "check", str(article), *only(pack))[0] == 0           # info < error
    assert run(capsys, "check", str(article), "--fail-on", "info", *only(pack))[0] == 1


def test_bad_file_is_reported_and_others_still_checked(tmp_path, pack, capsys):
    good = tmp_path / "good.txt"
    good.write_text("We saw teh cat.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 au lait\n")
    code, out, err = run(capsys, "check", str(bad), str(good), "--format", "json", *only(pack))
    assert code == 2
    data = json.loads(out)
    bad_result, good_result = data["files"]
    assert bad_result["error"] == f"{bad}: not valid UTF-8: bad byte 0xe9 at byte 3"
    assert bad_result["claims"] == []
    assert [c["text"] for c in good_result["claims"]] == ["teh"]
    assert data["summary"]["errors"] == 1
    assert "not valid UTF-8" in err


def test_unknown_format_is_a_usage_error(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Hello.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(article), "--format", "yaml")
    assert code == 2
    assert "unknown format 'yaml'" in err


def test_directory_without_articles(tmp_path, capsys):
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path), "--format", "json")
    assert code == 2
    assert json.loads(out)["files"][0]["error"].endswith("no articles found (looked for *.md, *.markdown, "
                                                         "*.txt, *.html, *.htm)")


def test_malformed_rule_file_is_located(tmp_path, capsys):
    d = tmp_path / "broken"
    d.mkdir()
    (d / "x.rules").write_text('rule XX01 test.x\n  kind sum\n  severity error\n  match a:moeny\n'
                               '  check true\n  say "x"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Hello.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(article), "--rules", str(d))
    assert code == 2
    assert f"{d / 'x.rules'}:4:9: unknown capture type 'moeny'" in err
    assert "    match a:moeny\n            ^" in err


def test_extract_json_contract(tmp_path, capsys):
    article = tmp_path / "a.md"
    article.write_text("---\ndate: 2022-04-13\n---\nHello there.\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(article), "--format", "json")
    assert code == 0
    (f,) = json.loads(out)["files"]
    assert set(f) >= {"path", "published", "quantities", "dates", "quotes"}
    assert f["published"] == "2022-04-13"


def test_text_report_and_stdin(pack):
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "-", *only(pack)],
                          input="We saw teh cat.\n", capture_output=True, text=True,
                          cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert proc.returncode == 1, proc.stderr
    assert "'teh' looks like a typo" in proc.stdout
    assert "1:8" in proc.stdout
    assert proc.stdout.strip().endswith("1 file, 1 claims: 1 inconsistent, 0 unverifiable, 0 consistent")


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("factcheck ")
