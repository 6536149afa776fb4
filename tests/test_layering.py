"""DESIGN.md's layering, enforced by reading the source: cli -> report -> engine ->
dsl, extract, facts, text -> model. A module may import its own layer's package and
any lower layer, never a higher one, and the four middle rooms do not import
each other. Only the command line and report/ write to the terminal.
"""
from __future__ import annotations

import ast
import os
import re

import pytest

PACKAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "factcheck")

# Room -> layer. Rooms on one layer may not import each other. `errors` and the
# package root (its version) are the floor everyone stands on.
LAYERS = {
    "errors": 0, "__init__": 0, "fileio": 0,
    "model": 1,
    "dsl": 2, "extract": 2, "facts": 2, "text": 2,
    "engine": 3,
    "report": 4,
    "cli": 5, "cli_rules": 5, "config": 5, "config_read": 5, "config_values": 5, "__main__": 5,
}
# Rooms that are one command-line front end, split into modules for size.
CLI_ROOMS = {"cli", "cli_rules", "config", "config_read", "config_values", "__main__"}
MAY_PRINT = {"factcheck/cli.py", "factcheck/cli_rules.py", "factcheck/__main__.py"}
MAY_PRINT_UNDER = ("factcheck/report/",)
MODULE_NAME = re.compile(r"factcheck(\.[A-Za-z_][A-Za-z0-9_]*)+\Z")


def source_files() -> list[str]:
    found = []
    for root, dirs, files in os.walk(PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        found.extend(os.path.join(root, f) for f in sorted(files) if f.endswith(".py"))
    return found


def relative(path: str) -> str:
    return os.path.relpath(path, os.path.dirname(PACKAGE)).replace(os.sep, "/")


def room_of(module: str) -> str:
    """'factcheck.engine.run' -> 'engine'; 'factcheck' -> '__init__'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def module_of(path: str) -> str:
    rel = relative(path)[:-3].replace("/", ".")
    return rel[: -len(".__init__")] if rel.endswith(".__init__") else rel


def imported_modules(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, module) for every factcheck module the file imports, including relative imports
    and module names written as strings (for importlib), which would otherwise slip past."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "factcheck")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            if name.split(".")[0] == "factcheck":
                targets = [name] if name != "factcheck" else [f"factcheck.{a.name}" for a in node.names]
                out.extend((node.lineno, t) for t in targets)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and MODULE_NAME.match(node.value):
            out.append((node.lineno, node.value))
    return out


def test_every_room_has_a_layer():
    rooms = {room_of(module_of(p)) for p in source_files()}
    assert sorted(rooms - set(LAYERS)) == [], "new rooms need a place in LAYERS (and in DESIGN.md's picture)"


def _violations() -> list[str]:
    problems = []
    for path in source_files():
        module = module_of(path)
        room = room_of(module)
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename=path)
        for line, target in imported_modules(tree, module, path.endswith("__init__.py")):
            other = room_of(target)
            if other == room or other not in LAYERS or room not in LAYERS:
                continue
            if room in CLI_ROOMS and other in CLI_ROOMS:
                continue
            mine, theirs = LAYERS[room], LAYERS[other]
            if theirs > mine:
                problems.append(f"{relative(path)}:{line}: {room} imports {target}, a higher layer")
            elif theirs == mine and mine > 0:
                problems.append(f"{relative(path)}:{line}: {room} imports {target}, a sibling room")
    return problems


def test_lower_layers_never_import_higher_ones():
    assert _violations() == []


def _writes_to_terminal(tree: ast.AST) -> list[int]:
    lines = []
    # sys.stdout.flush() writes nothing of its own (engine.forkpool flushes before forking)
    flushed = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "flush"}
    for node in ast.walk(tree):
        if id(node) in flushed:
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("print", "pprint"):
            lines.append(node.lineno)
        elif (isinstance(node, ast.Attribute) and node.attr in ("stdout", "stderr")
              and isinstance(node.value, ast.Name) and node.value.id == "sys"):
            lines.append(node.lineno)
    return sorted(lines)


def test_only_the_command_line_and_reports_write_to_the_terminal():
    offenders = []
    for path in source_files():
        rel = relative(path)
        if rel in MAY_PRINT or rel.startswith(MAY_PRINT_UNDER):
            continue
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename=path)
        offenders.extend(f"{rel}:{line}" for line in _writes_to_terminal(tree))
    assert offenders == []


# ------------------------------------------------------------------ the scanner itself

@pytest.mark.parametrize("source, module, expected", [
    ("from factcheck.engine.run import x", "factcheck.dsl.build", [(1, "factcheck.engine.run")]),
    ("import factcheck.report.json", "factcheck.text.read", [(1, "factcheck.report.json")]),
    ("from factcheck import cli", "factcheck.model.span", [(1, "factcheck.cli")]),
    ("from ..engine import run", "factcheck.dsl.build", [(1, "factcheck.engine")]),
    ("from . import grammar", "factcheck.dsl.build", [(1, "factcheck.dsl")]),
    ("M = ('factcheck.report.html',)", "factcheck.engine.facts", [(1, "factcheck.report.html")]),
    ("import os\nfrom attrs import frozen", "factcheck.model.span", []),
])
def test_scanner_sees_every_form_of_import(source, module, expected):
    assert imported_modules(ast.parse(source), module, False) == expected


def test_scanner_sees_prints_and_stream_writes():
    tree = ast.parse("print('x')\nimport sys\nsys.stderr.write('y')\nlog = sys.stdout\nsys.stdin.read()\n"
                     "sys.stdout.flush()\n")
    assert _writes_to_terminal(tree) == [1, 3, 4]          # flushing is not writing
