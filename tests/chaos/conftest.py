"""The chaos tests: kill -9 anywhere, full and read-only disks. ONRECORD_CHAOS_ITERATIONS sets
how many random kills each scenario gets (a few by default; benchmarks/bench_chaos.py runs 50+).
"""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "chaos: kill -9 / disk-fault tests (tests/chaos)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/chaos/" in item.nodeid:
            item.add_marker(pytest.mark.chaos)
