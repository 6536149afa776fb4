"""Configuration: discovery, the three file formats, validation with file:line, and layering."""
from __future__ import annotations

import argparse
import os
import textwrap

import pytest

from factcheck.config import Config, check_rule_keys, config_start, find_config, load_config, merge_options
from factcheck.errors import ConfigError
from factcheck.text.read import DEFAULT_MAX_BYTES


def write(path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return str(path)


@pytest.fixture
def repo(tmp_path):
    """A repository root (it has .git) with an article two folders down and a local rule pack."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "rules" / "local").mkdir(parents=True)
    write(tmp_path / "news" / "2024" / "story.md", "---\ndate: 2024-05-01\n---\nText.\n")
    return tmp_path


def article(repo) -> str:
    return str(repo / "news" / "2024" / "story.md")


# ------------------------------------------------------------------ discovery

def test_no_configuration_gives_empty_config(repo):
    assert load_config(article(repo)) == Config()
    assert find_config(article(repo)) is None


def test_setup_cfg_at_the_repository_root_is_found_from_a_nested_article(repo):
    path = write(repo / "setup.cfg", """
        [metadata]
        name = newsroom
        [factcheck]
        rules = rules/local
        fail_on = warning
    """)
    config = load_config(article(repo))
    assert config.path == path
    assert config.rules == (str(repo / "rules" / "local"),)
    assert config.fail_on == "warning"
    assert config.lines == (("rules", 4), ("fail_on", 5))


def test_pyproject_tool_table(repo):
    write(repo / "pyproject.toml", """
        [project]
        name = "newsroom"

        [tool.factcheck]
        rules = ["rules/local"]
        disable = ["DA01", "sum.parts-total"]
        severity = {SU01 = "info"}
        max_bytes = 1_000
        timeout = 2.5
        jobs = 3
    """)
    config = load_config(article(repo))
    assert config.rules == (str(repo / "rules" / "local"),)
    assert config.disable == ("DA01", "sum.parts-total")
    assert config.severity == (("SU01", "info"),)
    assert (config.max_bytes, config.timeout, config.jobs) == (1000, 2.5, 3)
    assert config.where("jobs") == f"{repo / 'pyproject.toml'}:10"


def test_pyproject_severity_subtable_and_string_forms(repo):
    write(repo / "pyproject.toml", """
        [tool.factcheck]
        enable = "DA01, SU01"
        [tool.factcheck.severity]
        DA01 = "warning"
    """)
    config = load_config(article(repo))
    assert config.enable == ("DA01", "SU01")
    assert config.severity == (("DA01", "warning"),)
    assert config.where("severity") == f"{repo / 'pyproject.toml'}:3"


def test_files_without_a_factcheck_section_are_passed_over(repo):
    write(repo / "news" / "pyproject.toml", '[project]\nname = "x"\n')
    write(repo / "news" / "setup.cfg", "[metadata]\nname = x\n")
    root = write(repo / ".factcheck.cfg", "[factcheck]\nexclude = drafts/*\n")
    assert find_config(article(repo)) == root
    assert load_config(article(repo)).exclude == ("drafts/*",)


def test_the_nearest_file_wins_and_dot_factcheck_cfg_beats_its_neighbours(repo):
    write(repo / "setup.cfg", "[factcheck]\nfail_on = info\n")
    write(repo / "news" / "setup.cfg", "[factcheck]\nfail_on = warning\n")
    nearest = write(repo / "news" / ".factcheck.cfg", "[factcheck]\nfail_on = error\n")
    assert find_config(article(repo)) == nearest
    assert load_config(article(repo)).fail_on == "error"


def test_search_starts_in_a_directory_given_as_start(repo):
    nearest = write(repo / "news" / "2024" / ".factcheck.cfg", "[factcheck]\njobs = 2\n")
    assert find_config(str(repo / "news" / "2024")) == nearest


def test_search_stops_at_the_git_root(tmp_path):
    write(tmp_path / "setup.cfg", "[factcheck]\nfail_on = info\n")
    (tmp_path / "project" / ".git").mkdir(parents=True)
    story = write(tmp_path / "project" / "story.txt", "Text.\n")
    assert load_config(story) == Config()


def test_explicit_file_replaces_discovery(repo, tmp_path_factory):
    write(repo / "setup.cfg", "[factcheck]\nfail_on = info\n")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    explicit = write(elsewhere / "ci.cfg", "[factcheck]\nfail_on = warning\n")
    config = load_config(article(repo), explicit)
    assert (config.path, config.fail_on) == (explicit, "warning")


def test_explicit_toml_file(tmp_path):
    explicit = write(tmp_path / "factcheck.toml", '[tool.factcheck]\nformat = "json"\n')
    assert load_config(str(tmp_path), explicit).format == "json"


@pytest.mark.parametrize("name, text, message", [
    ("missing.cfg", None, "missing.cfg: no such configuration file"),
    ("other.cfg", "[metadata]\nname = x\n", "other.cfg: no [factcheck] section"),
    ("other.toml", '[project]\nname = "x"\n', "other.toml: no [tool.factcheck] section"),
])
def test_explicit_file_must_exist_and_have_the_section(tmp_path, name, text, message):
    if text is not None:
        write(tmp_path / name, text)
    with pytest.raises(ConfigError) as exc:
        load_config(str(tmp_path), str(tmp_path / name))
    assert str(exc.value) == f"{tmp_path}/{message}"


# ------------------------------------------------------------------ values

def test_ini_lists_split_on_commas_and_new_lines_with_hyphenated_keys(repo):
    write(repo / ".factcheck.cfg", """
        [factcheck]
        exclude =
            drafts/*,
            *.tmp
        include = *.md, *.txt
        severity = DA01:warning, SU01 : info
        max-bytes = 200_000
    """)
    config = load_config(article(repo))
    assert config.exclude == ("drafts/*", "*.tmp")
    assert config.include == ("*.md", "*.txt")
    assert config.severity == (("DA01", "warning"), ("SU01", "info"))
    assert config.max_bytes == 200_000


def test_paths_are_relative_to_the_configuration_file_not_the_working_directory(repo, monkeypatch):
    write(repo / "facts" / "ledger.csv", "item,amount\n")
    write(repo / ".factcheck.cfg", "[factcheck]\nrules = rules/local\nfacts = facts/ledger.csv\n")
    monkeypatch.chdir(repo / "news")
    config = load_config(article(repo))
    assert config.rules == (str(repo / "rules" / "local"),)
    assert config.facts == str(repo / "facts" / "ledger.csv")


BAD_VALUES = [
    ("rulez = rules/local", 2, "unknown key 'rulez' (known: disable, enable, exclude, facts, fail_on, format, "
                               "include, jobs, max_bytes, rules, severity, timeout)"),
    ("published = 2024-01-01", 2, "'published' cannot be configured: the publication date belongs to each "
                                  "article (front matter 'date:') or to one run (--published), not to a "
                                  "configuration file"),
    ("rules = rules/nowhere", 2, "rules: rule pack 'rules/nowhere' does not exist (looked for {repo}/rules/nowhere)"),
    ("facts = ledger.csv", 2, "facts: fact pack 'ledger.csv' does not exist (looked for {repo}/ledger.csv)"),
    ("severity = DA01:loud", 2, "severity: unknown severity 'loud' for DA01 (one of: error, warning, info)"),
    ("severity = DA01", 2, "severity: 'DA01' should be RULE:SEVERITY, e.g. DA01:warning"),
    ("severity = DA01:info, DA01:error", 2, "severity: severity of DA01 is given twice"),
    ("fail_on = critical", 2, "fail_on: unknown severity 'critical' (one of: error, warning, info)"),
    ("max_bytes = lots", 2, "max_bytes: expected a whole number, got 'lots'"),
    ("max_bytes = 0", 2, "max_bytes: must be at least 1, got 0"),
    ("jobs = -2", 2, "jobs: must be at least 0, got -2"),
    ("timeout = soon", 2, "timeout: expected a number of seconds, got 'soon'"),
    ("timeout = nan", 2, "timeout: must be a number of seconds from 0 (no limit) to 999999, got 'nan'"),
    ("timeout = -1", 2, "timeout: must be a number of seconds from 0 (no limit) to 999999, got '-1'"),
    ("format = pdf", 2, "format: unknown value 'pdf' (one of: text, json"),
    ("disable = DA01, !!", 2, "disable: '!!' is not a rule code, name or alias"),
    ("fail_on = error\nfail-on = info", 3, "'fail-on' is given twice"),
]


@pytest.mark.parametrize("line, lineno, message", BAD_VALUES, ids=[b[0].split(" =")[0] + str(i)
                                                                    for i, b in enumerate(BAD_VALUES)])
def test_bad_ini_values_name_file_and_line(repo, line, lineno, message):
    path = write(repo / ".factcheck.cfg", f"[factcheck]\n{line}\n")
    with pytest.raises(ConfigError) as exc:
        load_config(article(repo))
    assert str(exc.value).startswith(f"{path}:{lineno}: " + message.format(repo=repo))


@pytest.mark.parametrize("body, lineno, message", [
    ('jobs = true', 3, "jobs: expected a whole number, got true/false"),
    ('rules = [1, 2]', 3, "rules: expected a list of strings, got a list"),
    ('severity = {DA01 = 3}', 3, "severity: severity of DA01 must be a string, got a number"),
    ('colour = "always"', 3, "unknown key 'colour'"),
])
def test_bad_toml_values_name_file_and_line(repo, body, lineno, message):
    path = write(repo / "pyproject.toml", f'[project]\n[tool.factcheck]\n{body}\n')
    with pytest.raises(ConfigError) as exc:
        load_config(article(repo))
    assert str(exc.value).startswith(f"{path}:{lineno}: {message}")


def test_unparseable_files_are_errors_with_a_line(repo):
    toml = write(repo / "pyproject.toml", '[tool.factcheck]\nrules = ]\njobs = 2\n')
    with pytest.raises(ConfigError) as exc:
        load_config(article(repo))
    assert str(exc.value).startswith(f"{toml}: invalid TOML: ")
    assert str(exc.value).endswith("(at line 2, column 9)")
    os.remove(toml)
    ini = write(repo / "setup.cfg", "[factcheck]\nrules = a\nrules = b\n")
    with pytest.raises(ConfigError) as exc:
        load_config(article(repo))
    assert str(exc.value) == f"{ini}:3: 'rules' is given twice in [factcheck]"


def test_a_file_that_is_not_utf8_is_an_error(repo):
    path = repo / ".factcheck.cfg"
    path.write_bytes(b"[factcheck]\nexclude = caf\xe9\n")
    with pytest.raises(ConfigError) as exc:
        load_config(article(repo))
    assert str(exc.value) == f"{path}: configuration file is not UTF-8 (byte 25)"


# ------------------------------------------------------------------ layering

def check_args(**given) -> argparse.Namespace:
    """What `factcheck check` parses when no flag is given, with `given` flags on top."""
    base = dict(command="check", paths=["story.md"], format=None, fail_on=None, max_bytes=None,
                rules=[], enable=[], disable=[], include=[], exclude=[], published=None)
    base.update(given)
    return argparse.Namespace(**base)


def test_package_defaults_fill_what_neither_file_nor_flags_say():
    merged = merge_options(check_args(), Config())
    assert (merged.format, merged.fail_on, merged.max_bytes) == ("text", "error", DEFAULT_MAX_BYTES)
    assert (merged.rules, merged.enable, merged.disable, merged.include, merged.exclude) == ([], [], [], [], [])
    assert merged.severity == {}
    assert merged.config == Config()


def test_file_beats_defaults_and_flags_beat_the_file():
    config = Config(path="setup.cfg", format="json", fail_on="warning", max_bytes=10)
    merged = merge_options(check_args(), config)
    assert (merged.format, merged.fail_on, merged.max_bytes) == ("json", "warning", 10)
    merged = merge_options(check_args(format="text", fail_on="info", max_bytes=20), config)
    assert (merged.format, merged.fail_on, merged.max_bytes) == ("text", "info", 20)


def test_list_options_layer_as_documented():
    config = Config(path="setup.cfg", rules=("/r/a",), enable=("SU01",), disable=("DA01", "AT01"),
                    include=("*.md",), exclude=("drafts/*",), severity=(("SU01", "info"),))
    merged = merge_options(check_args(rules=["b"], exclude=["*.tmp"], disable=["CH01"], enable=["AT01"],
                                      include=["*.txt"]), config)
    assert merged.rules == ["/r/a", "b"]                    # packs add up, the file's first
    assert merged.exclude == ["drafts/*", "*.tmp"]          # exclusions add up
    assert merged.include == ["*.txt"]                      # flags replace the file's includes
    assert merged.enable == ["AT01"]                        # ... and its enable list
    assert merged.disable == ["DA01", "CH01"]               # a rule enabled by a flag is not disabled by the file
    assert merged.severity == {"SU01": "info"}
    merged = merge_options(check_args(), config)
    assert (merged.enable, merged.include) == (["SU01"], ["*.md"])


def test_merge_leaves_the_parsed_flags_untouched_and_skips_options_a_command_lacks():
    args = argparse.Namespace(command="rules", rules_command="test", packs=[], format="text")
    merged = merge_options(args, Config(path="x.cfg", format="json", rules=("/p",), facts="/f.csv"))
    assert merged.format == "text"                # only `check` takes its format from the file
    assert not hasattr(merged, "rules") and not hasattr(merged, "facts")
    assert merged.config.rules == ("/p",) and merged.config.facts == "/f.csv"
    assert not hasattr(args, "config")


def test_config_start_is_the_first_path_or_the_working_directory(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert config_start(check_args(paths=["-", "a/b.md"])) == "a/b.md"
    assert config_start(check_args(paths=["-"])) == str(tmp_path)
    assert config_start(argparse.Namespace(command="rules")) == str(tmp_path)


class FakeRegistry:
    def __init__(self, *keys):
        self.keys = keys

    def find(self, key):
        return key if key in self.keys else None


def test_unknown_rules_in_the_file_are_reported_at_their_line():
    config = Config(path="setup.cfg", disable=("DA01", "XX99"), lines=(("disable", 7),))
    check_rule_keys(Config(), FakeRegistry())
    check_rule_keys(config, FakeRegistry("DA01", "XX99"))
    with pytest.raises(ConfigError) as exc:
        check_rule_keys(config, FakeRegistry("DA01"))
    assert str(exc.value) == "setup.cfg:7: disable: unknown rule 'XX99' (see 'factcheck rules list')"
