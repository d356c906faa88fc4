"""Fixtures for the audio unit tests: everything runs on a fake, virtual-clock stream."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_pulse_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests must never reach a real sound server."""
    monkeypatch.delenv("PULSE_SOURCE", raising=False)
