"""Fixtures for the store layer: a fresh case file in memory or on disk for every test."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from onrecord.store import Workspace, open_store, open_workspace
from onrecord.store.casefile import CaseFile
from onrecord.store.corrections import Corrections
from onrecord.store.engine import DB_FILENAME, Store
from onrecord.store.ledger import Ledger
from onrecord.store.recordings import Recordings

T0 = dt.datetime(2026, 3, 2, 7, 10, 0, 123456, tzinfo=dt.UTC)


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(None) as opened:
        yield opened


@pytest.fixture
def cases(store: Store) -> CaseFile:
    return CaseFile(store)


@pytest.fixture
def corrections(store: Store) -> Corrections:
    return Corrections(store)


@pytest.fixture
def recordings(store: Store) -> Recordings:
    return Recordings(store)


@pytest.fixture
def ledger(store: Store) -> Ledger:
    return Ledger(store)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    with open_workspace(data_dir) as ws:
        yield ws


@pytest.fixture
def db_file(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def _sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sha256_of():
    """sha256 of a file's bytes, to prove a refused file was not touched."""
    return _sha256_of


@contextlib.contextmanager
def _raw_db(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture
def raw_db():
    """Open a plain sqlite3 connection (autocommit): what anyone holding the file can do."""
    return _raw_db


@pytest.fixture
def recorded_call(workspace: Workspace) -> tuple[int, int, int]:
    """A case with a finalised recording and one mark; returns (case, recording, mark) ids."""
    case = workspace.cases.create_case("Recorded", jurisdiction="us")
    recs = workspace.recordings
    recording = recs.begin(
        case.id,
        "recordings/call-1.wav",
        sample_rate=48000,
        channels=2,
        channel_roles="me,them",
        started_at=T0,
    )
    mark = recs.add_mark(recording.id, 48000 * 5, tag="name", text="said he is Mike", wall_time=T0)
    recs.finalise(recording.id, frames=48000 * 60, sha256="a" * 64, pcm_sha256="b" * 64)
    return case.id, recording.id, mark.id
