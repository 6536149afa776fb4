"""The rule cache's pickling: values pickled as calls of their class load equal to the
values pickled the usual way, and only classes whose __init__ just stores its fields
are pickled so."""
import pickle

import attrs

from factcheck.dsl import cache
from factcheck.dsl.loader import DEFAULT_PACK, parse_rule_file, rule_files
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
    assert cache._init_fields(RuleSpec) == tuple(f.name for f in attrs.fields(RuleSpec))
    assert cache._init_fields(Span) is None           # its __attrs_post_init__ checks the bounds
    assert cache._init_fields(int) is None

    @attrs.frozen
    class Converted:
        name: str = attrs.field(converter=str)

    assert cache._init_fields(Converted) is None


def test_keys_change_with_the_path_and_the_text_and_only_then(tmp_path):
    a = cache.key_of(str(tmp_path / "a.rules"), "rule X\n")
    assert a == cache.key_of(str(tmp_path / "a.rules"), "rule X\n")
    assert a != cache.key_of(str(tmp_path / "b.rules"), "rule X\n")
    assert a != cache.key_of(str(tmp_path / "a.rules"), "rule Y\n")
    assert a != cache.key_of(str(tmp_path / "a.rules"), "rule X\n\n")
    assert len(a) == 16 and int(a, 16) >= 0          # a file-name-safe hex digest
