"""Start-up: a plain `factcheck check` of one article imports only what that run needs.

A cold start is mostly imports, so the modules that only some options need are
imported where those options are handled (cli.py, report/formats.py,
engine/reference.py, facts/__init__.py, config_read.py). These tests run the
command line in a fresh interpreter and look at sys.modules afterwards, so that
a future top-level import cannot silently undo that. No timing is asserted.
"""
import json
import os
import subprocess
import sys

import pytest

from factcheck import cli
from factcheck.engine import suppress
from factcheck.engine.batch import check_file
from factcheck.engine.registry import Registry

# Runs the command line in-process and prints the modules it loaded.
SCRIPT = """
import contextlib, io, json, sys
from factcheck.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    main(sys.argv[1:])
print(json.dumps(sorted(sys.modules)))
"""

# Never needed to check one article without options, whatever the output format.
NEVER_ON_THE_PLAIN_PATH = (
    "factcheck.report.sarif", "factcheck.report.junit", "factcheck.report.html",
    "factcheck.report.claimreview", "factcheck.report.github",
    "factcheck.engine.baseline",        # --baseline / --write-baseline
    "factcheck.engine.changed",         # --changed
    "factcheck.engine.suppress",        # only articles that mention factcheck
    "factcheck.engine.examples", "factcheck.cli_rules",     # `rules` subcommand
    "factcheck.facts.load", "factcheck.facts.pack", "factcheck.facts.answers",
    "factcheck.facts.lookup", "factcheck.facts.tables", "factcheck.facts.manifest",   # --facts
    "factcheck.fileio",                 # --output, and a rule-cache miss
    "factcheck.dsl.grammar", "factcheck.dsl.build",     # a rule-cache miss
    "tomllib", "configparser", "csv",   # no configuration file, no fact pack
    "hashlib",                          # the rule cache keys with importlib.util.source_hash
    "tabulate", "importlib.metadata",   # plain-text tables are laid out by report.text
    "subprocess", "multiprocessing", "concurrent.futures",  # no git, no worker pool
)

ARTICLE = ("The town council approved 12 new parks on 3 May 2021, the mayor said.\n\n"
           "\"We promised green space,\" said Mayor Ada Brennan.\n")


def modules_after(tmp_path, *argv) -> set[str]:
    def run():
        proc = subprocess.run([sys.executable, "-c", SCRIPT, *argv], cwd=tmp_path, capture_output=True,
                              text=True, env=dict(os.environ), check=True)
        return set(json.loads(proc.stdout.splitlines()[-1]))

    run()           # the first run may parse the rule pack into the cache (conftest's cache directory)
    return run()


@pytest.fixture
def article(tmp_path):
    work = tmp_path / "newsroom"
    work.mkdir()
    (work / "parks.md").write_text(ARTICLE, encoding="utf-8")
    return work


@pytest.mark.parametrize("fmt, options", [("json", []), ("text", []), ("text", ["--color", "always", "--verbose"])])
def test_plain_check_imports_only_what_it_needs(article, fmt, options):
    loaded = modules_after(article, "check", "parks.md", "--format", fmt, *options)
    assert "factcheck.engine.run" in loaded          # the script really checked the article
    assert sorted(m for m in NEVER_ON_THE_PLAIN_PATH if m in loaded) == []
    unused_format = "factcheck.report.text" if fmt == "json" else "factcheck.report.json"
    assert unused_format not in loaded


def test_options_still_load_their_modules(article):
    """The lazy imports are reached: a directive and --output pull in their modules."""
    (article / "parks.md").write_text(ARTICLE + "\n<!-- factcheck: ignore DA01 -- checked by the desk -->\n",
                                      encoding="utf-8")
    loaded = modules_after(article, "check", "parks.md", "--format", "json", "--output", "report.json")
    assert {"factcheck.engine.suppress", "factcheck.fileio"} <= loaded
    assert (article / "report.json").exists()


SUPPRESSION_ARTICLES = {
    "plain.md": "The bridge opened on 4 June 2019 after 18 months of work.\n",
    "prose.md": "FactCheck desks counted 40 claims; the bridge opened on 4 June 2019.\n",
    "directive.md": ("<!-- factcheck: disable DA01 -- dates checked by the archive -->\n\n"
                     "The bridge opened on Friday, 4 June 2019.\n"),
    "broken.md": "<!-- factcheck: ignore -->\n\nThe bridge cost 12 million euros.\n",
}


def test_suppression_shortcut_agrees_with_the_suppression_module(tmp_path):
    """cli._apply_suppressions skips importing engine.suppress when no article mentions
    factcheck; whatever the articles, it must return what suppress.apply_to_all returns."""
    registry = Registry.load()
    paths = []
    for name, text in SUPPRESSION_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    results = [check_file(p, registry.select()) for p in paths]
    results.append(check_file(str(tmp_path / "missing.md"), registry))      # an error result
    for subset in ([results[0]], [results[0], results[-1]], results[:2], results, []):
        assert cli._apply_suppressions(list(subset), registry) == suppress.apply_to_all(list(subset), registry)


def test_python_m_factcheck_freezes_the_imports_and_collects_after(article):
    """__main__ pauses the collector for the imports, then freezes what they created."""
    script = ("import gc, runpy, sys\n"
              "sys.argv = ['factcheck', 'check', 'parks.md', '--format', 'json']\n"
              "try:\n"
              "    runpy.run_module('factcheck', run_name='__main__')\n"
              "except SystemExit:\n"
              "    pass\n"
              "print(gc.isenabled(), gc.get_freeze_count() > 10_000)\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=article, capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines()[-1] == "True True"
