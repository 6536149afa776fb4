"""The rule cache's pickling: values pickled as calls of their class load equal to the
values pickled the usual way, and only classes whose __init__ just stores its fields
are pickled so."""
import os
import pickle

import attrs
import pytest

from factcheck.dsl import cache, loader
from factcheck.dsl.loader import DEFAULT_PACK, parse_rule_file, rule_files
from factcheck.errors import RuleError
from factcheck.model.pickling import init_fields
from factcheck.model.rule import RuleFile, RuleSpec
from factcheck.model.span import Span

RULES = '''
words hedges: perhaps maybe "it seems"
rule TC01 test.cache
  kind consistency
  severity warning
  doc "A hedge next to a figure (a test rule)."
  match @hedges ...{0,3} n:number
  where n.value > 10 and not (n.value == 12)
  check false
  say "hedged figure {n}"
  flag "Perhaps 40 boats left."
  pass "Forty boats left."
'''


def test_round_trip_gives_equal_values(tmp_path):
    path = tmp_path / "hedges.rules"
    path.write_text(RULES, encoding="utf-8")
    parsed = parse_rule_file(str(path), pack="test")
    loaded = pickle.loads(cache.dumps(parsed))
    assert isinstance(loaded, RuleFile)
    assert loaded == parsed
    assert loaded == pickle.loads(pickle.dumps(parsed))


def test_the_default_pack_round_trips():
    for path in rule_files(DEFAULT_PACK):
        parsed = parse_rule_file(path, pack="core")
        assert pickle.loads(cache.dumps(parsed)) == parsed


def test_only_plain_attrs_classes_are_pickled_as_calls():
    assert init_fields(RuleSpec) == tuple(f.name for f in attrs.fields(RuleSpec))
    assert init_fields(Span) is None           # its __attrs_post_init__ checks the bounds
    assert init_fields(int) is None

    @attrs.frozen
    class Converted:
        name: str = attrs.field(converter=str)

    assert init_fields(Converted) is None


def test_keys_change_with_the_path_and_the_text_and_only_then(tmp_path):
    a = cache.key_of(str(tmp_path / "a.rules"), "rule X\n")
    assert a == cache.key_of(str(tmp_path / "a.rules"), "rule X\n")
    assert a != cache.key_of(str(tmp_path / "b.rules"), "rule X\n")
    assert a != cache.key_of(str(tmp_path / "a.rules"), "rule Y\n")
    assert a != cache.key_of(str(tmp_path / "a.rules"), "rule X\n\n")
    assert len(a) == 16 and int(a, 16) >= 0          # a file-name-safe hex digest


def _pack(tmp_path, text=RULES):
    pack = tmp_path / "pack"
    pack.mkdir(exist_ok=True)
    (pack / "hedges.rules").write_text(text, encoding="utf-8")
    return str(pack)


def test_a_validated_combination_is_not_walked_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    pack = _pack(tmp_path)
    first = loader.load_packs([pack], functions={"sum", "max"})
    assert any(name.startswith("validated-") for name in os.listdir(tmp_path / "cache"))
    monkeypatch.setattr(cache, "_validated", set())         # as in a new process: only the disk remembers

    def walked(*args):
        raise AssertionError("walked again")

    monkeypatch.setattr(loader, "_check_functions", walked)
    monkeypatch.setattr(loader, "_check_classes", walked)
    assert loader.load_packs([pack], functions={"max", "sum"}) == first


def test_other_functions_or_an_edit_are_validated_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    calls = RULES.replace("where n.value > 10", "where max(n.value, 1) > 10")
    pack = _pack(tmp_path, calls)
    loader.load_packs([pack], functions={"max"})
    with pytest.raises(RuleError, match=r"unknown function max\(\)"):
        loader.load_packs([pack], functions={"sum"})
    _pack(tmp_path, calls.replace("max(", "min("))
    with pytest.raises(RuleError, match=r"unknown function min\(\)"):
        loader.load_packs([pack], functions={"max"})


def test_without_a_disk_cache_validation_still_happens(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    pack = _pack(tmp_path, RULES.replace("where n.value > 10", "where nosuch(n.value) > 10"))
    with pytest.raises(RuleError, match=r"unknown function nosuch\(\)"):
        loader.load_packs([pack], functions={"max"})
