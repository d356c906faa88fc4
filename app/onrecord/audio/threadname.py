"""Give the recorder's threads OS-visible names (``top -H``, ``/proc/<pid>/task/*/comm``).

Python's thread names stay inside Python; naming the OS thread lets a user or a benchmark see
which part of the recorder uses the CPU. Best effort: silently does nothing where unsupported.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_PR_SET_NAME = 15


def name_this_thread(name: str) -> None:
    """Name the calling thread (at most 15 bytes are kept on Linux)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_NAME, name.encode()[:15], 0, 0, 0)
    except (OSError, AttributeError):
        return
