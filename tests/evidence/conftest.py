"""Fixtures for the evidence tests (builders live in evidence_helpers)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from evidence_helpers import Exported, FixtureCase, add_other_case, build_case, make_export

from onrecord.store import Workspace, open_workspace


@pytest.fixture(scope="session", autouse=True)
def _qt_application(qapp):  # type: ignore[no-untyped-def]
    """The PDF renderer would create a bare QGuiApplication if none existed; in one test run
    with the widget tests it must be pytest-qt's QApplication instead."""
    return qapp


@pytest.fixture(scope="session")
def signing_key_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One signing key for the whole run (generating is cheap; a fixed key keeps bytes stable)."""
    from onrecord.evidence.signing import load_or_create_key

    folder = tmp_path_factory.mktemp("key-home")
    load_or_create_key(folder)
    return folder / "keys"


@pytest.fixture
def workspace(tmp_path: Path, signing_key_dir: Path) -> Iterator[Workspace]:
    data = tmp_path / "data"
    with open_workspace(data) as ws:
        shutil.copytree(signing_key_dir, data / "keys")
        yield ws


@pytest.fixture
def us_case(workspace: Workspace) -> FixtureCase:
    add_other_case(workspace)
    return build_case(workspace)


@pytest.fixture
def cn_case(workspace: Workspace) -> FixtureCase:
    return build_case(workspace, chinese=True)


@pytest.fixture(scope="session")
def en_package(tmp_path_factory: pytest.TempPathFactory, signing_key_dir: Path) -> Exported:
    """An English package (folder + zip) of the US fixture case: read it, never change it."""
    return make_export(tmp_path_factory.mktemp("en-package"), signing_key_dir, make_zip=True)


@pytest.fixture(scope="session")
def zh_package(tmp_path_factory: pytest.TempPathFactory, signing_key_dir: Path) -> Exported:
    """A Simplified Chinese package of the Chinese fixture case: read it, never change it."""
    return make_export(
        tmp_path_factory.mktemp("zh-package"), signing_key_dir, chinese=True, language="zh_CN"
    )
