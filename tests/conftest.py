"""Shared test set-up: no test ever touches the real user's data or needs a display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Session-wide, before any QApplication exists (pytest-qt's qapp is created before the
# function-scoped fixtures below run): without a display Qt would abort the interpreter.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point ONRECORD_HOME at a fresh temp folder; run Qt offscreen; restore the umask."""
    home = tmp_path_factory.mktemp("onrecord-home") / "data"
    monkeypatch.setenv("ONRECORD_HOME", str(home))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    umask = os.umask(0o022)
    os.umask(umask)
    yield home
    os.umask(umask)


@pytest.fixture
def onrecord_home(_isolated_home: Path) -> Path:
    """The data folder this test's ONRECORD_HOME points at (not created yet)."""
    return _isolated_home
