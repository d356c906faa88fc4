"""The export's hidden staging folder: born locked, removed lock-last, leftovers cleared.

The chaos test (tests/chaos) kills real exports at random moments; these pin the states a
kill can leave, including the two a kill rarely hits: between creating the folder and
locking it, and between removing the lock file and the folder.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from onrecord.evidence.staging import (
    STAGING_LOCK,
    STARTING,
    STARTING_GRACE_S,
    new_staging,
    remove_abandoned_staging,
    remove_staging,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="advisory locks are POSIX")
NAME = "OnRecord-CASE-1-20260301-120000Z"


def hidden(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir())


def test_a_staging_folder_is_born_locked_and_is_removed_whole(tmp_path: Path) -> None:
    staging, lock = new_staging(tmp_path, NAME)
    assert staging.name.startswith(f".{NAME}.") and staging.name.endswith(".partial")
    assert (staging / STAGING_LOCK).is_file()
    (staging / NAME / "data").mkdir(parents=True)
    (staging / NAME / "data" / "x.wav").write_bytes(b"RIFF")
    remove_abandoned_staging(tmp_path)  # another export: the folder is in use, left alone
    assert hidden(tmp_path) == [staging.name]
    remove_staging(staging, lock)
    assert hidden(tmp_path) == []


def test_a_killed_exports_folder_is_removed_by_the_next_export(tmp_path: Path) -> None:
    staging, lock = new_staging(tmp_path, NAME)
    (staging / "half.zip").write_bytes(b"PK")
    lock.close()  # what the kernel does when the process is killed
    remove_abandoned_staging(tmp_path)
    assert hidden(tmp_path) == []


def test_a_folder_whose_removal_was_interrupted_is_removed_at_once(tmp_path: Path) -> None:
    # Killed after its lock file went and before the folder did: no lock file, but a
    # ".partial" is never without one while in use, so it need not age first.
    staging, lock = new_staging(tmp_path, NAME)
    (staging / STAGING_LOCK).unlink()
    lock.close()
    remove_abandoned_staging(tmp_path)
    assert hidden(tmp_path) == []


def test_a_folder_killed_before_its_lock_waits_until_it_is_surely_abandoned(
    tmp_path: Path,
) -> None:
    born = tmp_path / f".{NAME}.abc123{STARTING}"
    born.mkdir()  # an export this instant between creating the folder and locking it
    remove_abandoned_staging(tmp_path)
    assert hidden(tmp_path) == [born.name]
    old = time.time() - STARTING_GRACE_S - 5
    os.utime(born, (old, old))
    remove_abandoned_staging(tmp_path)
    assert hidden(tmp_path) == []


def test_other_hidden_folders_are_never_touched(tmp_path: Path) -> None:
    for name in (".git", ".OnRecord-notes", ".photos.partial"):
        (tmp_path / name).mkdir()
    remove_abandoned_staging(tmp_path)
    assert hidden(tmp_path) == [".OnRecord-notes", ".git", ".photos.partial"]
