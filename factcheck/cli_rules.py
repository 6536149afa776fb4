"""`factcheck rules list|show|test|functions`: the rules' documentation and their self-tests."""
from __future__ import annotations

import inspect
import json
import os

from tabulate import tabulate

from factcheck.dsl.loader import DEFAULT_PACK
from factcheck.engine.examples import ExampleResult, run_example
from factcheck.engine.registry import Registry
from factcheck.facts import load_pack

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


def rule_dict(rule) -> dict:
    return {"code": rule.code, "name": rule.name, "aliases": list(rule.aliases), "kind": rule.kind.value,
            "severity": rule.severity.value, "scope": rule.scope.value, "pack": rule.pack, "doc": rule.doc,
            "examples_flag": [e.text for e in rule.examples if e.flag and not e.review],
            "examples_review": [e.text for e in rule.examples if e.review],
            "examples_pass": [e.text for e in rule.examples if not e.flag]}


def run(args, parser) -> int:
    action = args.rules_command
    if action == "list":
        return list_rules(Registry.load(args.rules), args.format)
    if action == "show":
        return show_rule(Registry.load(args.rules), args.rule)
    if action == "test":
        config = getattr(args, "config", None)
        packs = list(args.packs) or list(config.rules if config is not None else ())
        return test_packs(packs, reference=load_pack(args.facts) if args.facts else None)
    if action == "functions":
        return list_functions(Registry.load(()).functions, args.format)
    parser.parse_args(["rules", "--help"])
    return EXIT_USAGE


def list_rules(registry: Registry, fmt: str) -> int:
    if fmt == "json":
        print(json.dumps({"rules": [rule_dict(r) for r in registry.rules]}, ensure_ascii=False, indent=2))
    else:
        rows = [[r.code, r.name, r.kind.value, r.severity.value, r.pack, r.doc] for r in registry.rules]
        print(tabulate(rows, headers=["code", "name", "kind", "severity", "pack", "what it checks"],
                       maxcolwidths=[None, None, None, None, None, 60]))
    return EXIT_OK


def show_rule(registry: Registry, key: str) -> int:
    rule = registry.resolve(key)
    print(f"{rule.code} {rule.name}" + (f" (aliases: {', '.join(rule.aliases)})" if rule.aliases else ""))
    print(f"kind {rule.kind.value}, severity {rule.severity.value}, scope {rule.scope.value}, "
          f"pack {rule.pack} ({rule.path}:{rule.line})")
    if rule.doc:
        print("\n" + rule.doc)
    print(f"\ncheck: {rule.check.source}")
    print(f"message: {rule.message.source}")
    for e in rule.examples:
        when = f" (published {e.published.isoformat()})" if e.published else ""
        print(f"  {e.kind}: {e.text}{when}")
    return EXIT_OK


def test_packs(packs: list[str], *, reference=None) -> int:
    """Run the examples of the rules in `packs` (all rules when none is named). The built-in pack
    is always loaded too, so a user's rules can use its word classes and clashing codes are found.
    Examples run against `reference` when given, else against the `facts` pack beside their rule
    file, if any (see engine/examples.py)."""
    extra = [p for p in packs if not _same_path(p, DEFAULT_PACK)]
    registry = Registry.load(extra)
    tested = [r for r in registry.rules if not packs or any(_inside(r.path, p) for p in packs)]
    rows, failures = [], []
    totals = [0, 0, 0, 0]
    for rule in tested:
        results = [example_result(registry, rule, ex, reference) for ex in rule.examples]
        misses = [r for r in results if r.example.flag and not r.ok]
        alarms = [r for r in results if not r.example.flag and not r.ok]
        passed = sum(1 for r in results if r.ok)
        rows.append([rule.code, rule.name, f"{passed}/{len(results)}", len(alarms), len(misses)])
        failures.extend(misses + alarms)
        for i, n in enumerate((len(results), passed, len(alarms), len(misses))):
            totals[i] += n
    print(tabulate(rows, headers=["code", "name", "examples passed", "false alarms", "misses"]))
    for f in failures:
        print("FAILED " + f.describe())
    no_examples = [r.code for r in tested if not r.examples]
    if no_examples:
        print("FAILED rules without examples: " + ", ".join(no_examples))
    print(f"{len(tested)} rules, {totals[0]} examples: {totals[1]} passed, "
          f"{totals[2]} false alarms, {totals[3]} misses")
    return EXIT_FOUND if failures or no_examples else EXIT_OK


def example_result(registry: Registry, rule, example, reference=None) -> ExampleResult:
    """A rule example's result, against `reference` when given (`rules test --facts`)."""
    return run_example(registry, rule, example, reference)


def list_functions(functions, fmt: str) -> int:
    entries = [{"name": name, "signature": _signature(name, func), "doc": inspect.getdoc(func) or ""}
               for name, func in sorted(functions.items())]
    if fmt == "json":
        print(json.dumps({"functions": entries}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for entry in entries:
        print(entry["signature"])
        for line in (entry["doc"] or "(no description)").splitlines():
            print("    " + line)
    return EXIT_OK


def _signature(name: str, func) -> str:
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return f"{name}(...)"
    if getattr(func, "needs_context", False):
        params = params[1:]       # the engine passes the context; rule authors never write it
    shown = []
    for p in params:
        if p.kind is p.VAR_POSITIONAL:
            shown.append(f"{p.name}...")
        elif p.kind is not p.VAR_KEYWORD:
            shown.append(p.name)
    return f"{name}({', '.join(shown)})"


def _same_path(a: str, b: str) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def _inside(path: str, pack: str) -> bool:
    path, pack = os.path.realpath(path), os.path.realpath(pack)
    return path == pack or path.startswith(pack.rstrip(os.sep) + os.sep)
