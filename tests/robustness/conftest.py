"""Shared set-up for the robustness tests: a reproducible hypothesis profile and a
rule pack that gives claims whatever extractors the build has."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# derandomize: the same examples on every run and every machine, so CI is reproducible;
# benchmarks/fuzz.py is the long, randomised run for local use.
settings.register_profile(
    "robustness", derandomize=True, max_examples=40, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("FACTCHECK_HYPOTHESIS_PROFILE", "robustness"))

PROBE_PACK = os.path.join(os.path.dirname(__file__), "rules")


@pytest.fixture(scope="session")
def probe_registry():
    from factcheck.engine.registry import Registry
    return Registry.load([PROBE_PACK], default_pack=False)


@pytest.fixture
def probe_default_pack(monkeypatch):
    """Make the probe pack the CLI's default pack, so CLI tests give the same claims
    whatever rules/core holds."""
    from factcheck.engine import registry
    monkeypatch.setattr(registry, "DEFAULT_PACK", PROBE_PACK)
    return PROBE_PACK
