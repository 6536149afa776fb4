"""End to end, as docs/facts.md tells a newsroom to do it: spreadsheet exports plus
a manifest in a directory, `factcheck check ... --facts DIR --format json`."""
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

MANIFEST = """[pack]
name = riverside-budget

[grants]
kind = ledger
file = exports/grants.csv
source = Riverside council finance reports
as_of = 2023-12-31
about = Riverside
        library | libraries
counts = council capital grants to libraries

[council]
kind = roster
file = exports/council.tsv
source = Riverside council website

[dates]
kind = key_dates
file = exports/dates.csv
source = Riverside council minutes
about = library | libraries | North branch
"""
GRANTS = ("Date,Amount,Currency,Category,Label,Source\n"
          "2023-02-01,\"1,500,000\",USD,capital,East branch roof,Minutes of 2023-02-01\n"
          "2023-05-10,2500000,USD,capital,North branch wing,Minutes of 2023-05-10\n")
COUNCIL = "Person\tAliases\tTitle\tOrganisation\tFrom\tTo\nMara Quinn\tQuinn\tMayor\tRiverside\t2021-01-04\t\n"
DATES = "event,aliases,date\nthe opening of the North branch,the North branch opened,2023-01-20\n"
ARTICLE = """---
title: Library money
date: 2023-06-01
---

Riverside Mayor Mara Quinn said library grants in Riverside now total $5 million since the North branch opened.

The North branch opened on January 20, 2023.
"""


def make_newsroom(tmp_path):
    (tmp_path / "pack" / "exports").mkdir(parents=True)
    (tmp_path / "pack" / "pack.cfg").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "pack" / "exports" / "grants.csv").write_text(GRANTS, encoding="utf-8")
    (tmp_path / "pack" / "exports" / "council.tsv").write_text(COUNCIL, encoding="utf-8")
    (tmp_path / "pack" / "exports" / "dates.csv").write_text(DATES, encoding="utf-8")
    (tmp_path / "story.md").write_text(ARTICLE, encoding="utf-8")


def factcheck(tmp_path, *args):
    env = {**os.environ, "PYTHONPATH": REPO}
    return subprocess.run([sys.executable, "-m", "factcheck", "check", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_pack_made_from_spreadsheet_exports_gives_cited_verdicts(tmp_path):
    make_newsroom(tmp_path)
    done = factcheck(tmp_path, "story.md", "--facts", "pack", "--format", "json", "--enable", "RF01",
                     "--enable", "RF02", "--enable", "RF03", "--enable", "RF04")
    assert done.returncode == 1, done.stderr
    claims = json.loads(done.stdout)["files"][0]["claims"]
    got = [(c["rule"], c["text"], c["verdict"]) for c in claims]
    assert got == [("RF02", "Mara Quinn", "consistent"),
                   ("RF01", "total $5 million since", "inconsistent"),
                   ("RF03", "January 20, 2023", "consistent")]
    total = claims[1]
    assert total["message"] == ("the stated total is $5 million, but the ledger grants of fact pack riverside-budget "
                                "(it counts council capital grants to libraries) sums 2 entries from 2023-01-20 "
                                "(the opening of the North branch) to 2023-06-01 to $4 million")
    ledger = total["evidence"]["compared"][0]["left"]
    assert (ledger["pack"], ledger["table"], ledger["start"]) == ("riverside-budget", "grants", "2023-01-20")
    assert [(r["line"], r["amount"], r["source"], r["file"]) for r in ledger["rows"]] == [
        (2, 1.5e6, "Minutes of 2023-02-01", os.path.join("pack", "exports", "grants.csv")),
        (3, 2.5e6, "Minutes of 2023-05-10", os.path.join("pack", "exports", "grants.csv"))]
    assert claims[0]["evidence"]["compared"][0]["left"]["sources"] == ["Riverside council website"]


def test_a_bad_pack_stops_the_run_with_its_file_and_line(tmp_path):
    make_newsroom(tmp_path)
    (tmp_path / "pack" / "exports" / "grants.csv").write_text(GRANTS.replace("2500000", "2.5m dollars"),
                                                               encoding="utf-8")
    done = factcheck(tmp_path, "story.md", "--facts", "pack", "--format", "json")
    assert done.returncode == 2
    assert done.stdout == ""
    where = os.path.join("pack", "exports", "grants.csv")
    assert f"{where}:3: non-numeric amount '2.5m dollars'" in done.stderr
