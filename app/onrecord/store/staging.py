"""Half-copied files: ``.incoming-<pid>-<name>``, renamed into place only once complete.

A process killed mid-copy leaves its staging file behind. Nothing ever points at one, so it is
safe to delete once its owner is gone; the owner's process id is in the name, and a file whose
owner still runs (another OnRecord window, an import in a terminal) is left alone.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PREFIX = ".incoming-"
#: Folders of the data folder where files are staged (attachments, imported recordings).
STAGING_FOLDERS = ("attachments", "recordings/imported")


def staging_path(folder: Path, name: str) -> Path:
    """Where this process stages ``name`` before renaming it into ``folder``."""
    return folder / f"{PREFIX}{os.getpid()}-{name}"


def _owner(path: Path) -> int | None:
    pid, sep, _rest = path.name.removeprefix(PREFIX).partition("-")
    return int(pid) if sep and pid.isdigit() else None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # ours, from an earlier attempt in this process: no copy is running now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or cannot tell: leave it
    return True


def sweep(folder: Path, name: str | None = None) -> int:
    """Delete staging files in ``folder`` (for ``name`` only, if given) whose owner is gone."""
    removed = 0
    pattern = f"{PREFIX}*-{name}" if name is not None else f"{PREFIX}*"
    with contextlib.suppress(OSError):
        for path in folder.glob(pattern):
            pid = _owner(path)
            if pid is None or _alive(pid) or not path.is_file():
                continue
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    return removed


def sweep_data_dir(data_dir: Path) -> int:
    """At start: delete every abandoned staging file in the data folder's staging folders."""
    removed = 0
    for sub in STAGING_FOLDERS:
        top = data_dir / sub
        if top.is_dir():
            folders = [top, *(p for p in top.iterdir() if p.is_dir())]
            removed += sum(sweep(folder) for folder in folders)
    return removed
