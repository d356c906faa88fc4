"""Make what was written survive a power cut before it is announced as done.

``os.replace`` makes a finished file or folder appear at once, but on most file systems the
rename can reach the disk before the data it points to: after a power cut (or a USB stick
pulled out right after "done") the package would be there with empty or short files. So the
files and their folders are flushed to the disk first, then renamed, then the parent folder
that holds the new name is flushed.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

#: fsyncs in flight at once: the disk (and the kernel's writeback) can merge them.
FLUSHERS = 4


def fsync_file(path: str | os.PathLike[str]) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """Flush a folder's entries (new or renamed names); folders cannot be opened on Windows,
    where the file system keeps its own journal of names."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_tree(root: Path) -> None:
    """fsync every file under ``root`` (a file already flushed costs next to nothing), then
    every folder, deepest first, ``root`` last."""
    files: list[str] = []
    folders: list[str] = []
    for folder, _dirs, names in os.walk(root, topdown=False):
        files.extend(os.path.join(folder, name) for name in names)
        folders.append(folder)
    if root.is_file():
        files.append(str(root))
    with ThreadPoolExecutor(FLUSHERS, thread_name_prefix="onrecord-fsync") as pool:
        list(pool.map(fsync_file, files))  # raises the first failure
    for folder in folders:
        fsync_dir(folder)
