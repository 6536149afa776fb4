"""The rules in force: lookup by code, name or alias; enable, disable, and severity overrides."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from factcheck.dsl.loader import DEFAULT_PACK, RuleSet, load_packs
from factcheck.engine.functions import all_functions
from factcheck.errors import ConfigError
from factcheck.model.rule import RuleSpec
from factcheck.model.verdict import Severity


@attrs.frozen
class Registry:
    ruleset: RuleSet
    functions: Mapping = attrs.field(eq=False, repr=False)

    @classmethod
    def load(cls, packs: Iterable[str] = (), *, default_pack: bool = True) -> Registry:
        functions = all_functions()
        paths = ([DEFAULT_PACK] if default_pack else []) + list(packs)
        return cls(load_packs(paths, functions=functions), functions)

    @property
    def rules(self) -> tuple[RuleSpec, ...]:
        return self.ruleset.rules

    def find(self, key: str) -> RuleSpec | None:
        for rule in self.rules:
            if key in (rule.code, rule.name) or key in rule.aliases:
                return rule
        return None

    def resolve(self, key: str) -> RuleSpec:
        rule = self.find(key)
        if rule is None:
            raise ConfigError(f"unknown rule {key!r} (see 'factcheck rules list')")
        return rule

    def select(self, *, enable: Iterable[str] = (), disable: Iterable[str] = (),
               severity: Mapping[str, str] | None = None) -> Registry:
        """A registry with only the enabled rules (all when `enable` is empty), minus `disable`,
        with severities overridden."""
        enable = [self.resolve(k).code for k in enable]
        disable = {self.resolve(k).code for k in disable}
        overrides = {}
        for key, value in (severity or {}).items():
            try:
                overrides[self.resolve(key).code] = Severity(value)
            except ValueError:
                raise ConfigError(f"unknown severity {value!r} for {key} (error, warning or info)") from None
        kept = []
        for rule in self.rules:
            if enable and rule.code not in enable:
                continue
            if rule.code in disable:
                continue
            if rule.code in overrides:
                rule = attrs.evolve(rule, severity=overrides[rule.code])
            kept.append(rule)
        return Registry(RuleSet(tuple(kept), self.ruleset.word_classes), self.functions)
