"""The command line: options, exit codes, and which report goes where.

Exit status: 0 no inconsistent claim at or above --fail-on; 1 some; 2 usage,
configuration, rule-file or input-file error (a bad file is reported in its
place and the others are still checked).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from factcheck import __version__
from factcheck.config import check_rule_keys, config_start, load_config, merge_options
from factcheck.engine.batch import extract_file, find_articles
from factcheck.engine.budget import DEFAULT_TIMEOUT
from factcheck.engine.parallel import check_files
from factcheck.engine.registry import Registry
from factcheck.errors import ConfigError, FactcheckError, RuleError
from factcheck.model.verdict import Severity, Verdict
from factcheck.report.formats import CHECK_FORMATS, notice_lines

# Start-up time matters for one-article runs (editor hooks, pre-commit), so what only
# some options need is imported where the option is handled: the fact pack reader
# (--facts), baselines (--baseline, --write-baseline), git (--changed), atomic
# writes (--output) and the inline-suppression reader (articles that mention
# factcheck). tests/test_startup.py keeps the plain path free of them.

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from None


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 1e6:       # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds (0 means no limit)")
    return seconds


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factcheck", description="Check the numbers, dates and quotes in news articles.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(p, paths="+"):
        p.add_argument("paths", nargs=paths, metavar="PATH", help="article files or directories; '-' reads stdin")
        p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                       help="publication date (overrides the article's own)")
        p.add_argument("--include", action="append", default=[], metavar="GLOB",
                       help="file patterns to check in directories (default: *.md *.markdown *.txt *.html *.htm)")
        p.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="file patterns to skip")
        p.add_argument("--max-bytes", type=int, default=None, metavar="N",
                       help="skip (and report) articles larger than N bytes (default 5,000,000)")
        p.add_argument("--config", dest="config_file", metavar="FILE",
                       help="configuration file (default: the nearest .factcheck.cfg, pyproject.toml or setup.cfg)")
        p.add_argument("--timeout", type=_seconds, default=None, metavar="SECONDS",
                       help=f"give up on (and report) an article after SECONDS (default {DEFAULT_TIMEOUT:g}; 0: no limit)")

    check = sub.add_parser("check", help="check articles and report every claim")
    common(check, paths="*")
    check.add_argument("--format", default=None, help=f"output format: {', '.join(CHECK_FORMATS)} (default: text)")
    check.add_argument("--fail-on", default=None, choices=[s.value for s in Severity],
                       help="exit 1 when an inconsistent claim has this severity or higher (default: error)")
    check.add_argument("--rules", action="append", default=[], metavar="PATH", help="an extra rule pack")
    check.add_argument("--enable", action="append", default=[], metavar="RULE", help="check only these rules")
    check.add_argument("--disable", action="append", default=[], metavar="RULE", help="do not check these rules")
    check.add_argument("--facts", metavar="PATH",
                       help="a reference fact pack (a directory with a pack.cfg) for the reference rules")
    check.add_argument("--verbose", "-v", action="store_true", help="show each claim's evidence")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    ci = check.add_argument_group("CI options (docs/ci.md)")
    ci.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    ci.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                    help="check in N processes (default: one per CPU; the output is the same)")
    ci.add_argument("--changed", nargs="?", const="", default=None, metavar="REV",
                    help="check only articles changed since REV (default: the merge-base with the default "
                         "branch, or HEAD~1 on it); PATHs, if given, limit it to those directories")
    ci.add_argument("--baseline", metavar="FILE", help="report only claims that are not in this baseline")
    ci.add_argument("--write-baseline", metavar="FILE", help="write the run's claims to FILE as the baseline")

    extract = sub.add_parser("extract", help="show the quantities, dates and quotes the engine sees")
    common(extract)
    extract.add_argument("--format", default="text", choices=["text", "json"])

    rules = sub.add_parser("rules", help="list, show and test rules")
    rsub = rules.add_subparsers(dest="rules_command", metavar="ACTION")
    rlist = rsub.add_parser("list", help="list the rules")
    rlist.add_argument("--format", default="text", choices=["text", "json"])
    rlist.add_argument("--rules", action="append", default=[], metavar="PATH", help="an extra rule pack")
    rlist.add_argument("--config", dest="config_file", metavar="FILE", help="configuration file naming extra rule packs")
    rshow = rsub.add_parser("show", help="show one rule's documentation and examples")
    rshow.add_argument("rule", metavar="CODE")
    rshow.add_argument("--rules", action="append", default=[], metavar="PATH", help="an extra rule pack")
    rshow.add_argument("--config", dest="config_file", metavar="FILE", help="configuration file naming extra rule packs")
    rtest = rsub.add_parser("test", help="run rules' own examples")
    rtest.add_argument("packs", nargs="*", metavar="PACK",
                       help="rule packs to test (default: the configured packs, else the built-in pack)")
    rtest.add_argument("--config", dest="config_file", metavar="FILE", help="configuration file naming extra rule packs")
    rtest.add_argument("--facts", metavar="PATH", help="run the examples against this fact pack (default: the 'facts' pack beside each rule file)")
    rfunc = rsub.add_parser("functions", help="list the functions rule conditions may call")
    rfunc.add_argument("--format", default="text", choices=["text", "json"])
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command in ("check", "extract", "rules"):
            args = merge_options(args, load_config(config_start(args), getattr(args, "config_file", None)))
        if args.command == "check":
            return cmd_check(args)
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "rules":
            from factcheck import cli_rules
            return cli_rules.run(args, parser)
        parser.print_help()
        return EXIT_USAGE
    except RuleError as exc:
        print(f"factcheck: rule error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (ConfigError, FactcheckError) as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _report_errors(results) -> None:
    for r in results:
        if r.error:
            print(f"factcheck: {r.error}", file=sys.stderr)


def _progress_bar(total: int):
    """A one-line progress bar on stderr (only used when stderr is a terminal)."""
    def show(done: int, total: int = total) -> None:
        filled = 30 * done // total
        sys.stderr.write(f"\rfactcheck: [{'#' * filled}{'.' * (30 - filled)}] {done}/{total} files")
        if done == total:
            sys.stderr.write("\r" + " " * 70 + "\r")
        sys.stderr.flush()
    return show


def _timeout(args) -> float:
    return DEFAULT_TIMEOUT if args.timeout is None else args.timeout


def cmd_check(args) -> int:
    if args.format not in CHECK_FORMATS:
        print(f"factcheck: unknown format {args.format!r} (one of: {', '.join(CHECK_FORMATS)})", file=sys.stderr)
        return EXIT_USAGE
    reference = _load_facts(args.facts) if args.facts else None      # a bad pack fails before any parsing
    full_registry = Registry.load(args.rules)
    check_rule_keys(args.config, full_registry)
    registry = full_registry.select(enable=args.enable, disable=args.disable, severity=args.severity)
    baseline = None
    if args.baseline:
        from factcheck.engine.baseline import read_baseline
        baseline = read_baseline(args.baseline)
    paths = list(args.paths)
    if args.changed is not None:
        from factcheck.engine.changed import changed_articles, split_changed_argument
        rev, path = split_changed_argument(args.changed)
        paths += [path] if path else []
        files, problems = changed_articles(rev, paths, include=args.include, exclude=args.exclude), []
    elif not paths:
        print("factcheck: check needs a PATH (or --changed)", file=sys.stderr)
        return EXIT_USAGE
    else:
        files, problems = find_articles(paths, include=args.include, exclude=args.exclude)
    progress = _progress_bar(len(files)) if sys.stderr.isatty() and len(files) > 20 else None
    results = problems + check_files(files, registry, jobs=args.jobs, published=args.published,
                                     max_bytes=args.max_bytes, progress=progress, reference=reference,
                                     timeout=_timeout(args))
    results, suppressed, notices = _apply_suppressions(results, full_registry)
    if args.write_baseline:
        from factcheck.engine.baseline import write_baseline
        write_baseline(args.write_baseline, results)
    baselined = None
    if baseline is not None:
        from factcheck.engine.baseline import filter_results
        results, baselined = filter_results(results, baseline)
    colour = args.color == "always" or (args.color == "auto" and not args.output and sys.stdout.isatty()
                                        and not os.environ.get("NO_COLOR"))
    output = CHECK_FORMATS[args.format](results, {
        "colour": colour, "verbose": args.verbose, "registry": registry, "fail_on": args.fail_on,
        "suppressed": suppressed, "notices": notices, "baselined": baselined})
    output = output if output.endswith("\n") else output + "\n"
    if args.output:
        from factcheck.fileio import write_text_atomic
        try:
            write_text_atomic(args.output, output)
        except OSError as exc:
            raise ConfigError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(output)
    for line in notice_lines(results, notices):
        print(f"factcheck: {line}", file=sys.stderr)
    _report_errors(results)
    if any(r.error for r in results):
        return EXIT_USAGE
    threshold = Severity(args.fail_on).rank
    failing = any(c.verdict is Verdict.INCONSISTENT and c.severity.rank >= threshold
                  for r in results for c in r.claims)
    return EXIT_FOUND if failing else EXIT_OK


def _load_facts(path: str):
    from factcheck.facts import load_pack
    return load_pack(path)


def _apply_suppressions(results, registry):
    """engine.suppress.apply_to_all, without importing it when no article can hold a
    directive. The test must stay the one apply_suppressions starts with (a document
    whose raw text does not mention "factcheck" keeps all its claims and has no notices);
    tests/test_startup.py checks that both ways agree."""
    if not any(r.document is not None and "factcheck" in r.document.raw.lower() for r in results):
        return results, [()] * len(results), []
    from factcheck.engine import suppress
    return suppress.apply_to_all(results, registry)


def cmd_extract(args) -> int:
    files, problems = find_articles(args.paths, include=args.include, exclude=args.exclude)
    results = problems + [extract_file(f, published=args.published, max_bytes=args.max_bytes,
                                       timeout=_timeout(args)) for f in files]
    if args.format == "json":
        from factcheck.report import json as json_report
        sys.stdout.write(json_report.dumps(json_report.extract_report(results)) + "\n")
    else:
        from factcheck.report import text as text_report
        sys.stdout.write(text_report.render_extract(results) + "\n")
    _report_errors(results)
    return EXIT_USAGE if any(r.error for r in results) else EXIT_OK
