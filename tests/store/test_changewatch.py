"""The watch on the case file: changes saved elsewhere are seen once; this process's are not."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from onrecord.store import InvalidInputError, Workspace, open_store, open_workspace
from onrecord.store.changewatch import ChangeWatch
from onrecord.store.engine import DB_FILENAME


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ours(folder: Path) -> Iterator[Workspace]:
    """The window's data folder, opened as the window opens it."""
    with open_workspace(folder) as ws:
        yield ws


@pytest.fixture
def elsewhere(folder: Path, ours: Workspace) -> Iterator[Workspace]:
    """The same folder opened again, as the onrecord command or a second window does."""
    with open_workspace(folder) as ws:
        yield ws


@pytest.fixture
def watch(ours: Workspace) -> Iterator[ChangeWatch]:
    watched = ChangeWatch(ours.store)
    yield watched
    watched.close()


def test_nothing_saved_is_nothing_changed(watch: ChangeWatch) -> None:
    assert not watch.changed_elsewhere()
    assert not watch.changed_elsewhere()


def test_a_case_saved_elsewhere_is_seen_once(
    watch: ChangeWatch, elsewhere: Workspace, ours: Workspace
) -> None:
    elsewhere.cases.create_case("Harbor Bank")
    assert watch.changed_elsewhere()
    assert not watch.changed_elsewhere()  # the window has caught up
    assert [c.title for c in ours.cases.cases()] == ["Harbor Bank"]


def test_what_this_process_saves_is_not_a_change_elsewhere(
    watch: ChangeWatch, ours: Workspace
) -> None:
    case = ours.cases.create_case("Harbor Bank")
    ours.cases.update_case(case.id, notes="they called twice")
    assert not watch.changed_elsewhere()


def test_saves_from_this_process_s_worker_threads_are_its_own_too(
    watch: ChangeWatch, ours: Workspace
) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(lambda n: ours.cases.create_case(f"Case {n}"), range(6)))
    assert not watch.changed_elsewhere()


def test_a_change_elsewhere_is_seen_though_the_window_saved_after_it(
    watch: ChangeWatch, elsewhere: Workspace, ours: Workspace
) -> None:
    elsewhere.cases.create_case("From the command line")
    ours.cases.create_case("From the window")
    assert watch.changed_elsewhere()
    assert not watch.changed_elsewhere()


def test_a_change_elsewhere_is_seen_though_the_window_saved_before_it(
    watch: ChangeWatch, elsewhere: Workspace, ours: Workspace
) -> None:
    ours.cases.create_case("From the window")
    elsewhere.cases.create_case("From the command line")
    assert watch.changed_elsewhere()


def test_a_refused_save_of_this_process_is_no_change(watch: ChangeWatch, ours: Workspace) -> None:
    with pytest.raises(InvalidInputError):
        ours.cases.create_case("")  # a title is needed: rolled back
    assert not watch.changed_elsewhere()


def test_a_locked_file_answers_at_once_and_the_change_is_seen_later(folder: Path) -> None:
    """A connection in exclusive locking mode keeps every other reader out; the watch must
    not wait for it (the window would freeze), and must not miss what it wrote."""
    open_workspace(folder).close()
    store = open_store(folder / DB_FILENAME)
    store.close()  # no pooled connection, so the exclusive lock can be taken
    blocker = sqlite3.connect(folder / DB_FILENAME, timeout=0, isolation_level=None)
    blocker.execute("PRAGMA locking_mode=EXCLUSIVE")
    blocker.execute("SELECT count(*) FROM case_file").fetchall()  # takes the lock
    watch = ChangeWatch(store)
    try:
        assert not watch.changed_elsewhere()  # locked: "nothing seen", at once
        blocker.close()
        assert watch.changed_elsewhere()  # not known what happened meanwhile: look again
        assert not watch.changed_elsewhere()
    finally:
        watch.close()
        store.close()


def test_a_writer_elsewhere_is_seen_busy_without_waiting(
    watch: ChangeWatch, folder: Path, ours: Workspace
) -> None:
    assert not watch.writer_busy()
    writer = sqlite3.connect(folder / DB_FILENAME, timeout=0, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        assert watch.writer_busy()
        writer.execute("ROLLBACK")
        assert not watch.writer_busy()
    finally:
        writer.close()
    ours.cases.create_case("The store still writes")  # the probe left no lock behind
    assert not watch.changed_elsewhere()


def test_closing_the_watch_leaves_the_store_working(ours: Workspace) -> None:
    watch = ChangeWatch(ours.store)
    watch.close()
    watch.close()  # twice is harmless
    assert not watch.changed_elsewhere()
    ours.cases.create_case("Still saved")
    assert [c.title for c in ours.cases.cases()] == ["Still saved"]


def test_an_in_memory_store_has_nothing_to_watch() -> None:
    with open_store(None) as store, pytest.raises(ValueError):
        ChangeWatch(store)
