"""Shared test set-up: no test ever touches the real user's data or needs a display."""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Session-wide, before any QApplication exists (pytest-qt's qapp is created before the
# function-scoped fixtures below run): without a display Qt would abort the interpreter.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No network: this process and every Python process the tests start refuse non-local
# sockets (tests/support/netguard/sitecustomize.py); refusals are logged and fail the run.
_NETGUARD = Path(__file__).parent / "support" / "netguard"
_NET_LOG = Path(tempfile.mkstemp(prefix="onrecord-net-", suffix=".log")[1])
os.environ["ONRECORD_NO_NETWORK"] = "1"
os.environ["ONRECORD_NET_LOG"] = str(_NET_LOG)
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(_NETGUARD), os.environ.get("PYTHONPATH", "")) if p
)
runpy.run_path(str(_NETGUARD / "sitecustomize.py"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    opened = _NET_LOG.read_text(encoding="utf-8") if _NET_LOG.exists() else ""
    _NET_LOG.unlink(missing_ok=True)
    if opened:
        print("\nA network socket was opened during the tests (OnRecord must not):\n" + opened)
        session.exitstatus = 1


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """Build the .qm files from the committed .ts when missing or older (they are not in git)."""
    folder = Path(__file__).resolve().parents[1] / "app/onrecord/resources/translations"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [str(lrelease), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True
            )


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point ONRECORD_HOME at a fresh temp folder; run Qt offscreen; restore the umask."""
    home = tmp_path_factory.mktemp("onrecord-home") / "data"
    monkeypatch.setenv("ONRECORD_HOME", str(home))
    # Where a moved data folder is recorded (onrecord.paths.location_file): never the user's.
    monkeypatch.setenv("ONRECORD_CONFIG", str(home.parent / "config"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    umask = os.umask(0o022)
    os.umask(umask)
    # private_umask() keeps the umask it replaced for the files the user gives away (exports)
    monkeypatch.setattr("onrecord.paths._users_umask", None)
    yield home
    os.umask(umask)


@pytest.fixture
def onrecord_home(_isolated_home: Path) -> Path:
    """The data folder this test's ONRECORD_HOME points at (not created yet)."""
    return _isolated_home
