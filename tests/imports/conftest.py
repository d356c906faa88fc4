"""Fixtures for the importers: a fresh data folder with one case, and the hand-made files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile
from sqlalchemy import func, select

from onrecord.store import Workspace, open_workspace
from onrecord.store.models import AuditEvent, ContactEvent, Mark, Recording

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with open_workspace(tmp_path / "data") as ws:
        yield ws


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    return workspace.cases.create_case("华信消费金融", jurisdiction="cn").id


def counts(ws: Workspace) -> dict[str, int]:
    """How many rows of each kind exist: to prove a refused file wrote nothing."""
    with ws.store.session() as s:
        return {
            model.__name__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (ContactEvent, Recording, Mark, AuditEvent)
        }


@pytest.fixture
def row_counts():
    return counts


def write_wav(path: Path, seconds: float = 0.5, rate: int = 8000) -> Path:
    pitch = 3 + sum(path.name.encode()) % 7  # a different tone per file: different bytes
    samples = (np.sin(np.arange(int(seconds * rate)) / pitch) * 8000).astype(np.int16)
    soundfile.write(str(path), samples, rate, subtype="PCM_16")
    return path


@pytest.fixture
def wav():
    """write_wav(path, seconds=0.5, rate=8000): a short real WAV file."""
    return write_wav


@pytest.fixture
def bcr_folder(tmp_path: Path) -> Path:
    """A BCR output folder as the phone leaves it when JSON output is off."""
    folder = tmp_path / "BCR"
    folder.mkdir()
    write_wav(folder / "20260301_071000.123+0800_in_sim1_+8613800138000.wav", 0.5)
    write_wav(folder / "20260301_150000.000+0800_in_13800138000_催收 王.wav", 1.0)
    write_wav(folder / "20260302_093000.500+0800_out_sim2_13911112222_妈妈.wav", 0.25)
    write_wav(folder / "20260302_200000.000+0800_in.wav", 0.25)  # caller ID withheld
    (folder / "notes.txt").write_text("not a recording")
    return folder


T0 = dt.datetime(2026, 3, 1, 7, 10, tzinfo=dt.UTC)
