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
from factcheck.engine.batch import check_file, extract_file, find_articles
from factcheck.engine.budget import DEFAULT_TIMEOUT
from factcheck.engine.registry import Registry
from factcheck.errors import ConfigError, FactcheckError, RuleError
from factcheck.model.verdict import Severity, Verdict
from factcheck.report import json as json_report
from factcheck.report import text as text_report
from factcheck.report.formats import CHECK_FORMATS

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

    def common(p):
        p.add_argument("paths", nargs="+", metavar="PATH", help="article files or directories; '-' reads stdin")
        p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                       help="publication date (overrides the article's own)")
        p.add_argument("--include", action="append", default=[], metavar="GLOB",
                       help="file patterns to check in directories (default: *.md *.markdown *.txt *.html *.htm)")
        p.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="file patterns to skip")
        p.add_argument("--max-bytes", type=int, default=5_000_000, metavar="N",
                       help="skip (and report) articles larger than N bytes (default 5,000,000)")
        p.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                       help=f"give up on (and report) an article after SECONDS (default {DEFAULT_TIMEOUT:g}; 0: no limit)")

    check = sub.add_parser("check", help="check articles and report every claim")
    common(check)
    check.add_argument("--format", default="text", help=f"output format: {', '.join(CHECK_FORMATS)}")
    check.add_argument("--fail-on", default="error", choices=[s.value for s in Severity],
                       help="exit 1 when an inconsistent claim has this severity or higher (default: error)")
    check.add_argument("--rules", action="append", default=[], metavar="PATH", help="an extra rule pack")
    check.add_argument("--enable", action="append", default=[], metavar="RULE", help="check only these rules")
    check.add_argument("--disable", action="append", default=[], metavar="RULE", help="do not check these rules")
    check.add_argument("--verbose", "-v", action="store_true", help="show each claim's evidence")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")

    extract = sub.add_parser("extract", help="show the quantities, dates and quotes the engine sees")
    common(extract)
    extract.add_argument("--format", default="text", choices=["text", "json"])

    rules = sub.add_parser("rules", help="list, show and test rules")
    rsub = rules.add_subparsers(dest="rules_command", metavar="ACTION")
    rlist = rsub.add_parser("list", help="list the rules")
    rlist.add_argument("--format", default="text", choices=["text", "json"])
    rlist.add_argument("--rules", action="append", default=[], metavar="PATH", help="an extra rule pack")
    rshow = rsub.add_parser("show", help="show one rule's documentation and examples")
    rshow.add_argument("rule", metavar="CODE")
    rshow.add_argument("--rules", action="append", default=[], metavar="PATH", help="an extra rule pack")
    rtest = rsub.add_parser("test", help="run rules' own examples")
    rtest.add_argument("packs", nargs="*", metavar="PACK", help="rule packs to test (default: the built-in pack)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
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


def cmd_check(args) -> int:
    if args.format not in CHECK_FORMATS:
        print(f"factcheck: unknown format {args.format!r} (one of: {', '.join(CHECK_FORMATS)})", file=sys.stderr)
        return EXIT_USAGE
    registry = Registry.load(args.rules).select(enable=args.enable, disable=args.disable)
    files, problems = find_articles(args.paths, include=args.include, exclude=args.exclude)
    results = problems + [check_file(f, registry, published=args.published, max_bytes=args.max_bytes,
                                                     timeout=args.timeout)
                          for f in files]
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                        and not os.environ.get("NO_COLOR"))
    output = CHECK_FORMATS[args.format](results, {"colour": colour, "verbose": args.verbose, "registry": registry})
    sys.stdout.write(output if output.endswith("\n") else output + "\n")
    _report_errors(results)
    if any(r.error for r in results):
        return EXIT_USAGE
    threshold = Severity(args.fail_on).rank
    failing = any(c.verdict is Verdict.INCONSISTENT and c.severity.rank >= threshold
                  for r in results for c in r.claims)
    return EXIT_FOUND if failing else EXIT_OK


def cmd_extract(args) -> int:
    files, problems = find_articles(args.paths, include=args.include, exclude=args.exclude)
    results = problems + [extract_file(f, published=args.published, max_bytes=args.max_bytes,
                                                       timeout=args.timeout) for f in files]
    if args.format == "json":
        sys.stdout.write(json_report.dumps(json_report.extract_report(results)) + "\n")
    else:
        sys.stdout.write(text_report.render_extract(results) + "\n")
    _report_errors(results)
    return EXIT_USAGE if any(r.error for r in results) else EXIT_OK
