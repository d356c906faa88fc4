"""Give the recorder's threads OS-visible names (``top -H``, ``/proc/<pid>/task/*/comm``).

Python's thread names stay inside Python; naming the OS thread lets a user or a benchmark see
which part of the recorder uses the CPU. Best effort: silently does nothing where unsupported.
"""

from __future__ import annotations

import ctypes
import sys

_PR_SET_NAME = 15


def _load_libc() -> ctypes.CDLL | None:
    # Once, at import: ctypes.util.find_library runs ldconfig (or gcc) in a child process, which
    # must never happen in the audio callback that names its thread on its first call.
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)  # the process's own libc
    except OSError:
        return None


_LIBC = _load_libc()


def name_this_thread(name: str) -> None:
    """Name the calling thread (at most 15 bytes are kept on Linux); cheap, no I/O."""
    if _LIBC is None:
        return
    try:
        _LIBC.prctl(_PR_SET_NAME, name.encode()[:15], 0, 0, 0)
    except AttributeError:
        return
