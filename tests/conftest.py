"""Shared test configuration: hypothesis profiles and the location of ../shared."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# "fast" while you work (make check), "thorough" in make test and CI (>= 500 examples).
settings.register_profile("fast", max_examples=50, deadline=None)
settings.register_profile("thorough", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
