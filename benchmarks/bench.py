#!/usr/bin/env python3
"""Throughput, memory and cold start of `factcheck check` (a script, not a test).

    python benchmarks/bench.py EVAL_DIR [--set clean] [--limit N] [--jobs 1,2] [--repeat 3]

EVAL_DIR is an evaluation directory laid out like the project's eval sets (a
score.py with render() and file_name(), and dev/<set>.jsonl). The articles are
rendered exactly as score.py renders them, by importing its render(), into a
temporary directory that is deleted afterwards: no article text is copied
anywhere else.

First it checks the articles in this process (`check_file`, rule pack loaded once, one
warm-up article) and reports CPU seconds and articles per CPU-second: the engine's own
speed, unaffected by start-up and by other processes competing for the CPUs (best of
--repeat). `--profile N` instead prints a cProfile of checking the first N articles.

Then it runs --repeat rounds of `python -m factcheck check DIR --format json --jobs N`,
each round every --jobs value in turn, each run in a fresh child. It reports each value's
best wall time, articles per second and peak resident memory
(resource.getrusage(RUSAGE_CHILDREN).ru_maxrss, measured in a wrapper process so runs do
not see each other's peaks; with --jobs > 1 it is the largest single process, not the
sum), the speed-up of the best times, and the median speed-up within a round: two runs
side by side see the same machine, where a shared host's speed drifts from minute to
minute. After each round it measures the machine's own ceiling for N processes (N copies
of a pure-Python loop together against one after another), which the --jobs speed-up
cannot beat. Cold start is the median wall time of `factcheck check` on one short
article, with the package's bytecode compiled first (as an installed package has it);
`python -c pass` is shown beside it.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_MEASURE = "--_measure"


def measure(argv: list[str]) -> dict:
    """Run argv in a child; wall seconds, the child's peak RSS (MiB), exit code, output digest."""
    import resource

    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, cwd=REPO)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss
    peak_mib = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024   # bytes on macOS, KiB elsewhere
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mib": peak_mib, "code": proc.returncode,
            "stdout_sha": hashlib.sha256(proc.stdout).hexdigest()[:12], "stderr": proc.stderr.decode()[-500:]}


def measured(argv: list[str]) -> dict:
    """measure() in a fresh wrapper process, so RUSAGE_CHILDREN covers only this run."""
    out = subprocess.run([sys.executable, os.path.abspath(__file__), _MEASURE, json.dumps(argv)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


_SPIN = "x = 0\nfor i in range(6_000_000): x += i * i"


def machine_ceiling(jobs: int) -> float:
    """What `jobs` processes can gain here at best: the speed-up of `jobs` copies of a
    pure-Python loop run together over the same loops run one after another. On a
    virtual machine whose CPUs share a core or a busy host this is well below `jobs`,
    and no --jobs figure can beat it."""
    argv = [sys.executable, "-c", _SPIN]
    start = time.perf_counter()
    subprocess.run(argv, check=True)
    alone = time.perf_counter() - start
    start = time.perf_counter()
    procs = [subprocess.Popen(argv) for _ in range(jobs)]
    for proc in procs:
        proc.wait()
    together = time.perf_counter() - start
    return jobs * alone / together


def load_scorer(eval_dir: str):
    spec = importlib.util.spec_from_file_location("eval_score", os.path.join(eval_dir, "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render_cases(eval_dir: str, set_name: str, split: str, limit: int | None, target: str) -> int:
    scorer = load_scorer(eval_dir)
    n = 0
    with open(os.path.join(eval_dir, split, f"{set_name}.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and n >= limit:
                break
            case = json.loads(line)
            with open(os.path.join(target, scorer.file_name(set_name, case)), "w", encoding="utf-8",
                      newline="") as out:
                out.write(scorer.render(case))
            n += 1
    return n


def in_process(articles: str, repeat: int, profile: int | None = None) -> tuple[int, float]:
    """(articles, best CPU seconds) for check_file over every article in this process."""
    sys.path.insert(0, REPO)
    from factcheck.engine.batch import check_file
    from factcheck.engine.registry import Registry

    registry = Registry.load([])
    paths = sorted(os.path.join(articles, name) for name in os.listdir(articles))
    check_file(paths[0], registry)                     # warm-up: caches, lazy imports
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for path in paths[:profile]:
            check_file(path, registry)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        return len(paths[:profile]), 0.0
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for path in paths:
            check_file(path, registry)
        best = min(best, time.process_time() - start)
    return len(paths), best


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == _MEASURE:
        print(json.dumps(measure(json.loads(sys.argv[2]))))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_dir")
    ap.add_argument("--set", default="clean", help="which set to render (default: clean)")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per setting; the fastest is kept")
    ap.add_argument("--profile", type=int, metavar="N", help="print a cProfile of checking N articles and stop")
    args = ap.parse_args()
    base = [sys.executable, "-m", "factcheck", "check"]
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        articles = os.path.join(tmp, "articles")
        os.mkdir(articles)
        n = render_cases(args.eval_dir, args.set, args.split, args.limit, articles)
        if args.profile:
            in_process(articles, 1, args.profile)
            return 0
        _, engine_cpu = in_process(articles, args.repeat)
        one = os.path.join(tmp, "one.md")
        with open(one, "w", encoding="utf-8") as fh:
            fh.write("---\ntitle: Cold start\ndate: 2022-04-13\n---\n\nSales rose 12 pct to 45 mln dlrs.\n")

        # What an installed factcheck starts from: pip compiles a wheel's modules at install
        # time, and an editable checkout writes them on its first run, unless
        # PYTHONDONTWRITEBYTECODE is set (then every run would compile all our sources again).
        subprocess.run([sys.executable, "-m", "compileall", "-q", os.path.join(REPO, "factcheck")], check=True)
        python_start = statistics.median(measured([sys.executable, "-c", "pass"])["wall"] for _ in range(5))
        cold_runs = [measured(base + [one, "--format", "json", "--jobs", "1"]) for _ in range(5)]
        cold = statistics.median(r["wall"] for r in cold_runs)

        # Rounds: each --jobs value once per round, one right after the other, so that a
        # speed-up is also measured within a round (the machine's speed drifts between
        # minutes on a shared host; two runs side by side see the same machine).
        job_values = [int(j) for j in args.jobs.split(",")]
        runs: dict[int, list[dict]] = {jobs: [] for jobs in job_values}
        ceilings: dict[int, list[float]] = {}
        for _ in range(args.repeat):
            for jobs in job_values:
                runs[jobs].append(measured(base + [articles, "--format", "json", "--jobs", str(jobs)]))
            for jobs in job_values:
                if jobs > 1:
                    ceilings.setdefault(jobs, []).append(machine_ceiling(jobs))
        rows = []
        for jobs in job_values:
            best = min(runs[jobs], key=lambda r: r["wall"])
            if best["code"] not in (0, 1):
                print(f"jobs {jobs}: exit {best['code']}\n{best['stderr']}", file=sys.stderr)
            rows.append((jobs, best))
    print(f"{n} articles ({args.split}/{args.set}), best of {args.repeat}; {os.cpu_count()} CPUs visible")
    print(f"in process: {engine_cpu:.2f} CPU s, {n / engine_cpu:.1f} articles per CPU-second")
    print(f"{'jobs':>4}  {'wall s':>7}  {'CPU s':>7}  {'articles/s':>10}  {'excl. start':>11}  {'peak MiB':>8}  "
          f"{'speed-up':>8}  output")
    first = rows[0][1]["wall"] if rows else 0
    for jobs, r in rows:
        steady = n / max(r["wall"] - cold, 1e-9)
        print(f"{jobs:>4}  {r['wall']:7.2f}  {r['cpu']:7.2f}  {n / r['wall']:10.1f}  {steady:11.1f}  "
              f"{r['peak_mib']:8.1f}  {first / r['wall']:7.2f}x  {r['stdout_sha']} (exit {r['code']})")
    if len(job_values) > 1:
        first_jobs = job_values[0]
        for jobs in job_values[1:]:
            ratios = sorted(a["wall"] / b["wall"] for a, b in zip(runs[first_jobs], runs[jobs]))
            print(f"speed-up of --jobs {jobs} over --jobs {first_jobs} within each round: "
                  f"{statistics.median(ratios):.2f}x median ({ratios[0]:.2f}-{ratios[-1]:.2f}x over {len(ratios)} rounds)")
    for jobs, values in ceilings.items():
        print(f"machine ceiling for {jobs} processes, measured between those runs: "
              f"{statistics.median(values):.2f}x median ({min(values):.2f}-{max(values):.2f}x): "
              f"{jobs} copies of a pure-Python loop run together against one after another")
    cold_cpu = statistics.median(r["cpu"] for r in cold_runs)
    print(f"cold start, one article: {cold:.3f} s wall, {cold_cpu:.3f} s CPU, median of 5 "
          f"(python -c pass: {python_start:.3f} s)")
    print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())} (wall times suffer when it exceeds the CPUs)")
    shas = {r["stdout_sha"] for _, r in rows}
    if len(shas) > 1:
        print("WARNING: the output differs between --jobs values", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
