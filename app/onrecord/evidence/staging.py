"""The hidden folder an export is built in, before it appears in one rename.

A staging folder ``.OnRecord-….partial`` sits beside the package it will become, so the final
rename stays on one file system. While an export runs it holds an advisory lock on the
folder's ``.lock`` file; the kernel drops the lock when the process dies, so the next export
can tell a killed export's leftovers (removed) from a running one (left alone).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

STAGING_LOCK = ".lock"
#: A staging folder is born under this suffix, takes its lock, and only then is renamed to
#: ".partial": a ".partial" folder without a lock file is one whose removal was interrupted.
STARTING = ".starting"
#: How old a ".starting" folder without a lock must be before another export removes it (a
#: live export holds its lock within milliseconds of creating the folder).
STARTING_GRACE_S = 60


def new_staging(out_dir: Path, name: str) -> tuple[Path, Any]:
    """A hidden staging folder in ``out_dir``, locked for as long as this export runs (the
    kernel drops the lock if the process is killed)."""
    born = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=STARTING, dir=out_dir))
    try:
        lock = _hold(born)
        staging = born.with_name(born.name[: -len(STARTING)] + ".partial")
        os.rename(born, staging)  # the lock's open file goes with the folder
    except BaseException:
        shutil.rmtree(born, ignore_errors=True)
        raise
    return staging, lock


def _hold(staging: Path) -> Any:
    """Lock the staging folder while this export runs."""
    if fcntl is None:  # Windows: no advisory locks; abandoned staging folders stay
        return None
    handle = (staging / STAGING_LOCK).open("wb")
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    return handle


def remove_staging(staging: Path, lock: Any) -> None:
    """Remove this export's staging folder, its lock file last, while still holding it: killed
    on the way, what is left is either locked by nobody or an empty folder with no lock file,
    both of which the next export removes."""
    for item in staging.iterdir() if staging.is_dir() else ():
        if item.name == STAGING_LOCK:
            continue
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item, ignore_errors=True)
        else:
            item.unlink(missing_ok=True)
    (staging / STAGING_LOCK).unlink(missing_ok=True)
    if lock is not None:
        lock.close()
    shutil.rmtree(staging, ignore_errors=True)


def remove_abandoned_staging(out_dir: Path) -> None:
    """Delete hidden staging folders of exports that were killed (no process holds them)."""
    if fcntl is None:
        return
    for staging in [*out_dir.glob(".OnRecord-*.partial"), *out_dir.glob(f".OnRecord-*{STARTING}")]:
        if not staging.is_dir() or staging.is_symlink():
            continue
        try:
            with (staging / STAGING_LOCK).open("rb") as handle:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except FileNotFoundError:
            # A ".partial" folder has its lock from birth: without one, its removal was
            # interrupted. A ".starting" one may be an export taking its lock this instant.
            young = time.time() - staging.stat().st_mtime < STARTING_GRACE_S
            if staging.name.endswith(STARTING) and young:
                continue
        except OSError:
            continue  # a running export holds it
        shutil.rmtree(staging, ignore_errors=True)
