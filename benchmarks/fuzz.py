"""The long fuzz run, for local use (CI runs the short, derandomized one in tests/robustness/).

    python benchmarks/fuzz.py --minutes 5
    python benchmarks/fuzz.py --minutes 2 --seed 7 --only articles

Generates articles (arbitrary unicode, news-shaped fragments, long repetitive text;
as bytes in several encodings and line endings) and mutated rule files, runs them
through the whole pipeline under the time budget, and prints what it tried and
every distinct failure. The first input of each failure is saved under --out
(default fuzz-failures/) so it can be replayed:

    python -m factcheck check fuzz-failures/<signature>.md --format json

A failure is: an exception that is not a factcheck error, a span outside its text
or not slicing back to its text, a report that breaks the JSON contract, two runs
that differ, an article over the time budget, a rule-file error that is not located.
"""
from __future__ import annotations

import argparse
import codecs
import glob
import json
import os
import random
import sys
import tempfile
import time
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from factcheck.dsl.loader import DEFAULT_PACK, parse_rule_file, validate
from factcheck.engine.batch import check_file, extract_file
from factcheck.engine.budget import DEFAULT_TIMEOUT
from factcheck.engine.functions import all_functions
from factcheck.engine.registry import Registry
from factcheck.errors import RuleError
from factcheck.report import json as json_report
from factcheck.text.decode import decode
from tests.robustness.contract import check_contract, check_extract_contract
from tests.robustness.strategies import FRAGMENTS

PROBE_PACK = os.path.join(ROOT, "tests", "robustness", "rules")
SUFFIXES = (".md", ".txt", ".html")
RULE_SNIPPETS = ("rule", "match", "check", "where", "unless", "say", "flag", "pass", "words", "(", ")", "[",
                 "]", "{", "}", "{2,", ":", "@", "...", "|", "+", "*", "?", "~=", "==", "and", "not", '"',
                 "\n", "#", "\\", "__import__", ".__class__", "**", "9" * 30, "\x00", "é", "\r")


# ---------------------------------------------------------------- generators

def random_unicode(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            out.append(chr(rng.randrange(32, 127)))
        elif r < 0.6:
            out.append(chr(rng.randrange(0, 32)))
        else:
            cp = rng.randrange(0x80, 0x30000)
            out.append(chr(cp) if not 0xD800 <= cp < 0xE000 else "?")
    return "".join(out)


def article(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.15:
        return random_unicode(rng, rng.randrange(0, 3000))
    if shape < 0.3:
        return rng.choice(FRAGMENTS) * rng.randrange(10, 5000)
    if shape < 0.4:
        return " ".join(f"{rng.randrange(10 ** rng.randrange(1, 9)):,}" for _ in range(rng.randrange(10, 2000)))
    parts = []
    for _ in range(rng.randrange(1, 400)):
        parts.append(rng.choice(FRAGMENTS) if rng.random() < 0.8 else random_unicode(rng, rng.randrange(1, 8)))
    return "".join(parts)


def encode(rng: random.Random, text: str) -> bytes:
    ending = rng.choice(("\n", "\r\n", "\r", None))
    if ending:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", ending)
    choice = rng.random()
    if choice < 0.75:
        return text.encode("utf-8", "replace")
    if choice < 0.85:
        return codecs.BOM_UTF8 + text.encode("utf-8", "replace")
    if choice < 0.95:
        return text.encode("utf-16")
    data = bytearray(text.encode("utf-8", "replace"))       # corrupt a few bytes
    for _ in range(rng.randrange(1, 4)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def mutate_rules(rng: random.Random, text: str) -> str:
    for _ in range(rng.randrange(1, 6)):
        at = rng.randrange(len(text) + 1)
        kind = rng.randrange(4)
        if kind == 0:
            text = text[:at] + text[at + rng.randrange(1, 30):]
        elif kind == 1:
            text = text[:at] + rng.choice(RULE_SNIPPETS) + text[at:]
        elif kind == 2:
            text = text[:at] + random_unicode(rng, rng.randrange(1, 6)) + text[at:]
        else:
            lines = text.splitlines(keepends=True) or [""]
            i = rng.randrange(len(lines))
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
    return text


# ---------------------------------------------------------------- oracles

def article_problems(path: str, registry, timeout: float) -> list[str]:
    results = []
    for _ in range(2):
        results.append(check_file(path, registry, timeout=timeout))
    first, second = results
    problems = []
    if second.error and "gave up after" in second.error and not first.error:
        first = second
    if first.error and ("gave up after" in first.error or "internal error" in first.error
                        or "nested too deeply" in first.error or "out of memory" in first.error):
        problems.append(first.error.replace(path, "<article>").split(" (please report")[0][:160])
    raw = None
    if first.document is not None:
        with open(path, "rb") as fh:
            raw = decode(fh.read(), path)
    report = json.loads(json_report.dumps(json_report.check_report([first])))
    problems += check_contract(report, {path: raw} if raw is not None else {})
    over_budget = any(r.error and "gave up after" in r.error for r in results)
    # A run that hit the time budget differs from one that did not: that is the budget, reported above.
    if not over_budget and (json_report.dumps(json_report.check_report([second]))
                            != json_report.dumps(json_report.check_report([first]))):
        problems.append("check is not deterministic")
    extracted = extract_file(path, timeout=timeout)
    if extracted.document is not None:
        problems += check_extract_contract(json.loads(json_report.dumps(json_report.extract_report([extracted]))),
                                           {path: raw} if raw is not None else {})
    return problems


def rule_problems(files: dict, name: str, text: str, functions: set) -> list[str]:
    try:
        validate([parse_rule_file(n, text if n == name else t) for n, t in files.items()], functions=functions)
    except RuleError as exc:
        ok = exc.line >= 1 and exc.col >= 1 and str(exc).startswith(f"{exc.path}:{exc.line}:{exc.col}: ")
        return [] if ok else [f"unlocated rule error: {exc!s:.100}"]
    return []


# ---------------------------------------------------------------- run

def signature(problem: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in problem)[:80].strip("-")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=None, help="default: a new seed each run (printed)")
    ap.add_argument("--only", choices=["articles", "rules"], default=None)
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="per-article budget (seconds)")
    ap.add_argument("--out", default="fuzz-failures")
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    packs = [p for p in (DEFAULT_PACK, PROBE_PACK) if glob.glob(os.path.join(p, "**", "*.rules"), recursive=True)]
    registry = Registry.load(packs, default_pack=False)
    functions = set(all_functions())
    rule_packs = []
    for p in packs:
        files = {}
        for f in sorted(glob.glob(os.path.join(p, "**", "*.rules"), recursive=True)):
            with open(f, encoding="utf-8") as fh:
                files[os.path.relpath(f, p)] = fh.read()
        rule_packs.append(files)
    os.environ.setdefault("FACTCHECK_NO_CACHE", "1")
    tried = {"articles": 0, "rule files": 0}
    failures: dict[str, tuple[str, bytes]] = {}
    counts: dict[str, int] = {}
    end = time.monotonic() + args.minutes * 60
    print(f"factcheck fuzz: seed {seed}, {args.minutes:g} minutes, budget {args.timeout:g}s per article", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        while time.monotonic() < end:
            do_rules = args.only == "rules" or (args.only is None and rng.random() < 0.3)
            try:
                if do_rules:
                    files = rng.choice(rule_packs)
                    name = rng.choice(sorted(files))
                    text = mutate_rules(rng, files[name])
                    found, data, suffix = rule_problems(files, name, text, functions), text.encode(), ".rules"
                    tried["rule files"] += 1
                else:
                    suffix = rng.choice(SUFFIXES)
                    data = encode(rng, article(rng))
                    path = os.path.join(tmp, "article" + suffix)
                    with open(path, "wb") as fh:
                        fh.write(data)
                    found = article_problems(path, registry, args.timeout)
                    tried["articles"] += 1
            except Exception as exc:  # noqa: BLE001 - a crash is exactly what we are looking for
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                found = [f"{type(exc).__name__} at {os.path.relpath(frame.filename, ROOT)}:{frame.lineno}"]
            for problem in found:
                counts[problem] = counts.get(problem, 0) + 1
                if problem not in failures:
                    failures[problem] = (suffix, data)
                    print(f"  new failure: {problem}", flush=True)
    print(f"tried {tried['articles']} articles and {tried['rule files']} rule files; "
          f"{len(failures)} distinct failures")
    if failures:
        os.makedirs(args.out, exist_ok=True)
        for problem, (suffix, data) in failures.items():
            target = os.path.join(args.out, signature(problem) + suffix)
            with open(target, "wb") as fh:
                fh.write(data)
            print(f"  {counts[problem]:5d} x {problem}\n          saved {target}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
