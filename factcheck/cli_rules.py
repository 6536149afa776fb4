"""`factcheck rules list|show|test`: the rules' documentation and their self-tests."""
from __future__ import annotations

import json
import sys

from tabulate import tabulate

from factcheck.engine.examples import run_rule_examples
from factcheck.engine.registry import Registry

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


def rule_dict(rule) -> dict:
    return {"code": rule.code, "name": rule.name, "aliases": list(rule.aliases), "kind": rule.kind.value,
            "severity": rule.severity.value, "scope": rule.scope.value, "pack": rule.pack, "doc": rule.doc,
            "examples_flag": [e.text for e in rule.examples if e.flag],
            "examples_pass": [e.text for e in rule.examples if not e.flag]}


def run(args, parser) -> int:
    action = args.rules_command
    if action == "list":
        registry = Registry.load(args.rules)
        if args.format == "json":
            print(json.dumps({"rules": [rule_dict(r) for r in registry.rules]}, ensure_ascii=False, indent=2))
        else:
            rows = [[r.code, r.name, r.kind.value, r.severity.value, r.pack, r.doc] for r in registry.rules]
            print(tabulate(rows, headers=["code", "name", "kind", "severity", "pack", "what it checks"],
                           maxcolwidths=[None, None, None, None, None, 60]))
        return EXIT_OK
    if action == "show":
        registry = Registry.load(args.rules)
        rule = registry.resolve(args.rule)
        print(f"{rule.code} {rule.name}" + (f" (aliases: {', '.join(rule.aliases)})" if rule.aliases else ""))
        print(f"kind {rule.kind.value}, severity {rule.severity.value}, scope {rule.scope.value}, "
              f"pack {rule.pack} ({rule.path}:{rule.line})")
        if rule.doc:
            print("\n" + rule.doc)
        print(f"\ncheck: {rule.check.source}")
        print(f"message: {rule.message.source}")
        for e in rule.examples:
            when = f" (published {e.published.isoformat()})" if e.published else ""
            print(f"  {'flag' if e.flag else 'pass'}: {e.text}{when}")
        return EXIT_OK
    if action == "test":
        packs = args.packs
        registry = Registry.load(packs, default_pack=not packs)
        rows, failures = [], []
        for rule in registry.rules:
            results = run_rule_examples(registry, rule)
            misses = [r for r in results if r.example.flag and not r.ok]
            alarms = [r for r in results if not r.example.flag and not r.ok]
            passed = sum(1 for r in results if r.ok)
            rows.append([rule.code, rule.name, f"{passed}/{len(results)}", len(alarms), len(misses)])
            failures.extend(misses + alarms)
        print(tabulate(rows, headers=["code", "name", "examples passed", "false alarms", "misses"]))
        for f in failures:
            print("FAILED " + f.describe())
        no_examples = [r.code for r in registry.rules if not r.examples]
        if no_examples:
            print("rules without examples: " + ", ".join(no_examples))
        return EXIT_FOUND if failures or no_examples else EXIT_OK
    parser.parse_args(["rules", "--help"])
    return EXIT_USAGE
