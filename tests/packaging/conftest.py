"""Packaging tests: the files in packaging/, and (opt-in) the PyInstaller bundle itself."""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging_helpers import BUNDLE, REPO


@pytest.fixture(scope="session")
def project() -> dict[str, Any]:
    """pyproject.toml's [project] table."""
    project: dict[str, Any] = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    return project


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/onrecord/, built once per session by scripts/build-bundle.sh.

    Opt-in, because a build takes a minute or more: ONRECORD_BUILD_BUNDLE=1 builds (the script
    also runs the bundle's self-test); ONRECORD_BUILD_BUNDLE=existing tests the dist/onrecord/
    already there.
    """
    mode = os.environ.get("ONRECORD_BUILD_BUNDLE", "")
    if mode not in ("1", "existing"):
        pytest.skip("set ONRECORD_BUILD_BUNDLE=1 to build the PyInstaller bundle and test it")
    if mode == "1":
        done = subprocess.run(
            [str(REPO / "scripts" / "build-bundle.sh")],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        assert done.returncode == 0, f"build-bundle.sh failed:\n{done.stdout}\n{done.stderr}"
    if not (BUNDLE / "onrecord").is_file():
        pytest.fail(f"{BUNDLE}/onrecord is missing")
    return BUNDLE
