"""Rule packs: directories of *.rules files -> validated RuleSpecs.

Every problem is a RuleError naming path:line:col with the offending line and
a caret; a pack either loads whole or not at all, so a half-read pack can never
give a verdict.
"""
from __future__ import annotations

import os
from collections.abc import Iterable

import attrs

from factcheck.dsl import cache
from factcheck.dsl.expr import calls_in
from factcheck.errors import RuleError
from factcheck.model.rule import Alt, Capture, Expr, Repeat, RuleFile, RuleSpec, Seq, WordClass, WordClassSpec

DEFAULT_PACK = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "core")


@attrs.frozen
class RuleSet:
    rules: tuple[RuleSpec, ...]
    word_classes: dict = attrs.field(eq=False)     # name -> WordClassSpec


def parse_rule_file(path: str, text: str | None = None, pack: str = "") -> RuleFile:
    if text is None:
        text = _read_rule_text(path)
    return _parse_keyed(path, text, pack, _cache_key(path, text, pack))


def _read_rule_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except UnicodeDecodeError as exc:
        raise RuleError(path, 1, 1, f"rule file is not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise RuleError(path, 1, 1, f"cannot read rule file: {exc.strerror or exc}") from None


def _cache_key(path: str, text: str, pack: str) -> str:
    return cache.key_of(path, pack + "\0" + text)


def _parse_keyed(path: str, text: str, pack: str, key: str) -> RuleFile:
    cached = cache.get(key)
    if cached is not None:
        return cached
    # The rule grammar is built only on a cache miss: a run whose pack is cached never needs it.
    import pyparsing as pp

    from factcheck.dsl.build import Builder
    from factcheck.dsl.grammar import parse_rule_text

    try:
        parsed = parse_rule_text(text)
    except pp.ParseBaseException as exc:
        raise RuleError(path, exc.lineno, exc.col, _message(exc), pp.line(exc.loc, text)) from None
    except RecursionError:
        raise RuleError(path, 1, 1, "rule file is nested too deeply to parse") from None
    built = Builder(path, text, pack).build(parsed)
    cache.put(key, built)
    return built


def _message(exc) -> str:
    """A pyparsing ParseBaseException as a message."""
    msg = exc.msg
    found = exc.line[exc.col - 1: exc.col + 11].strip() if exc.line else ""
    if found:
        return f"{msg}, found {found!r}"
    return f"{msg}, found end of file"


def rule_files(pack: str) -> list[str]:
    if os.path.isfile(pack):
        return [pack]
    if not os.path.isdir(pack):
        raise RuleError(pack, 1, 1, "no such rule pack (a directory of *.rules files or one .rules file)")
    found = []
    for root, dirs, files in os.walk(pack):
        dirs.sort()
        found.extend(os.path.join(root, f) for f in sorted(files) if f.endswith(".rules"))
    return found


def load_packs(packs: Iterable[str], *, functions: Iterable[str] = ()) -> RuleSet:
    files: list[RuleFile] = []
    keys: list[str] = []
    for pack in packs:
        name = os.path.basename(os.path.normpath(pack))
        for path in rule_files(pack):
            text = _read_rule_text(path)
            keys.append(_cache_key(path, text, pack=name))
            files.append(_parse_keyed(path, text, name, keys[-1]))
    functions = set(functions)
    # Whether the patterns and conditions name only known word classes and functions
    # depends on nothing but the files (their cache keys) and the function names, so a
    # combination that passed before is not walked again (a quarter of loading the
    # cached default pack). The mark is made only after a pass.
    validated = cache.validation_key(keys, functions)
    if cache.was_validated(validated):
        return validate(files, functions=functions, walk=False)
    ruleset = validate(files, functions=functions)
    cache.mark_validated(validated)
    return ruleset


def validate(files: list[RuleFile], *, functions: set[str], walk: bool = True) -> RuleSet:
    """The rule set of these files, refusing clashing names; with `walk`, also refusing a
    pattern or condition that names an unknown word class or function."""
    classes: dict[str, WordClassSpec] = {}
    for f in files:
        for wc in f.word_classes:
            if wc.name in classes and classes[wc.name].phrases != wc.phrases:
                other = classes[wc.name]
                raise RuleError(wc.path, wc.line, 1, f"word class @{wc.name} is already defined at "
                                                     f"{other.path}:{other.line}")
            classes[wc.name] = wc
    seen: dict[str, RuleSpec] = {}
    rules = []
    for f in files:
        for rule in f.rules:
            for key in (rule.code, rule.name, *rule.aliases):
                if key in seen:
                    other = seen[key]
                    raise RuleError(rule.path, rule.line, 1,
                                    f"{key!r} is already used by rule {other.code} at {other.path}:{other.line}")
                seen[key] = rule
            if walk:
                _check_classes(rule, classes, f.text)
                if functions:
                    _check_functions(rule, functions, f.text)
            rules.append(rule)
    return RuleSet(tuple(rules), classes)


def _walk(node):
    yield node
    if isinstance(node, Seq):
        for n in node.items:
            yield from _walk(n)
    elif isinstance(node, Alt):
        for n in node.options:
            yield from _walk(n)
    elif isinstance(node, Repeat):
        yield from _walk(node.node)


def _check_classes(rule: RuleSpec, classes: dict, text: str) -> None:
    for pattern in rule.patterns:
        for node in _walk(pattern):
            name, loc = None, None
            if isinstance(node, WordClass):
                name, loc = node.name, node.loc[0]
            elif isinstance(node, Capture) and node.type.startswith("@"):
                name, loc = node.type[1:], node.loc[0]
            if name is not None and name not in classes:
                raise _located(rule, text, loc, f"unknown word class @{name} (define it with 'words {name}: ...')")


def _check_functions(rule: RuleSpec, functions: set[str], text: str) -> None:
    exprs: list[Expr] = [rule.check, *rule.where, *(u.condition for u in rule.unless)]
    for t in (rule.message, rule.ok_message):
        if t is not None:
            exprs.extend(p for p in t.parts if isinstance(p, Expr))
    for e in exprs:
        for call in calls_in(e.node):
            if call.func not in functions:
                raise _located(rule, text, call.loc[0], f"unknown function {call.func}()")


def _located(rule: RuleSpec, text: str, loc: int, message: str) -> RuleError:
    if text:
        import pyparsing as pp

        from factcheck.dsl.build import skip_blanks

        loc = skip_blanks(text, loc)
        return RuleError(rule.path, pp.lineno(loc, text), pp.col(loc, text), message, pp.line(loc, text))
    return RuleError(rule.path, rule.line, 1, message)
