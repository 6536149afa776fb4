"""Inputs built to make regular expressions and grammars backtrack: each must be read,
segmented, extracted and checked within the default per-article time budget.

The assertion is that the article completes without an error, not a wall-clock
timing: an input that backtracks exponentially (or quadratically at this size)
runs into the budget and comes back with a "gave up after" error.
"""
from __future__ import annotations

import pytest

from factcheck.engine.batch import check_file, extract_file
from factcheck.engine.budget import DEFAULT_TIMEOUT

N = 50_000
# (name, text). Our own shapes, each aimed at a pattern family.
ADVERSARIAL = [
    ("dots", "." * N),
    ("digit-run", "1" * N),
    ("digits-and-commas", "1," * (N // 2)),
    ("thousands-separators", "1,000," * (N // 6)),
    ("digits-and-dots", "1." * (N // 2)),
    ("straight-quotes", '"' * N),
    ("curly-quotes", "“‘" * (N // 2)),
    ("unclosed-quotes", '"a ' * (N // 3)),
    ("less-than", "<" * 100_000),
    ("unclosed-comment", "<!--" + "a" * N),
    ("backticks", "`" * N),
    ("open-brackets", "[" * (N // 2) + "(" * (N // 2)),
    ("unclosed-link-targets", "[a](" * (N // 8)),
    ("unclosed-tags", "<a" * (N // 8)),
    ("white-space", " \t" * (N // 2)),
    ("newlines", "\n" * N),
    ("one-long-word", "a" * N),
    ("abbreviations", "U.S. " * (N // 5)),
    ("initials", "A. " * (N // 3)),
    ("lower-case-sentences", "word. " * (N // 6)),
    ("hyphens", "-" * N),
    ("control-characters", "\x01\x02\x0b\x0c\x1b" * (N // 5)),
    ("front-matter-unclosed", "---\n" + "a: b\n" * (N // 5)),
]
# Shapes aimed at the extractors (numbers, dates, quotes).
EXTRACTOR_ADVERSARIAL = [
    ("many-numbers", " ".join(str(i) for i in range(5_000))),
    ("many-percentages", "12% " * 5_000),
    ("many-ranges", "from 1 to 2 " * 2_000),
    ("many-dates", "Tuesday, April 13, 2022 " * 1_000),
    ("many-years", "2022 " * 5_000),
    ("number-dash-runs", "1—" * 5_000),
    ("many-months", "April " * 5_000),
    ("many-quotes-and-cues", "“a,” he said. " * 2_000),
]

def _cases(cases, suffixes=(".md", ".txt")):
    for name, text in cases:
        for suffix in suffixes:
            yield pytest.param(name, text, suffix, DEFAULT_TIMEOUT, id=f"{name}{suffix}")


def _write(tmp_path, name, text, suffix):
    path = tmp_path / f"{name}{suffix}"
    path.write_text(text, encoding="utf-8", newline="")
    return str(path)


@pytest.mark.parametrize("name, text, suffix, budget", list(_cases(ADVERSARIAL)))
def test_adversarial_text_completes_within_the_budget(tmp_path, probe_registry, name, text, suffix, budget):
    path = _write(tmp_path, name, text, suffix)
    result = check_file(path, probe_registry, timeout=budget)
    if name == "front-matter-unclosed":
        # Not slow, refused: an opening '---' line with no closing one.
        assert result.error == f"{path}:1: malformed front matter: no closing '---' line"
    else:
        assert result.error is None


@pytest.mark.parametrize("name, text, suffix, budget", list(_cases(EXTRACTOR_ADVERSARIAL, (".txt",))))
def test_extractors_complete_within_the_budget(tmp_path, name, text, suffix, budget):
    result = extract_file(_write(tmp_path, name, text, suffix), timeout=budget)
    assert result.error is None
