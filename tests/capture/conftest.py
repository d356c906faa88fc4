from __future__ import annotations

import pytest

from onrecord.store import open_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "data")
    yield workspace
    workspace.close()
