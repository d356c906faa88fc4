"""Append-only, fsynced JSON-lines journal beside the WAV (``<base>.journal.jsonl``).

Marks, warnings, segment starts, the start/stop records and what the user has typed but not
yet saved (annotations: the caller's details, a note being written) go here the moment they
happen.
A mark is acknowledged to the caller only after its line is fsynced, so recovery after a
crash replays every acknowledged mark. A torn last line (crash mid-write) is skipped.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..durable import fsync_dir

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; recovery relies on the meta state only
    fcntl = None  # type: ignore[assignment]


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Journal:
    """Thread-safe appender; each :meth:`append` returns only after fsync."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._f = open(path, "ab")  # noqa: SIM115 - held for the whole recording
        fsync_dir(path.parent)
        if fcntl is not None:
            # Held while recording and released by the kernel when the recorder dies (even on
            # kill -9): recovery refuses to touch a recording whose journal is still locked.
            fcntl.flock(self._f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            self._f.write(line.encode("utf-8"))
            self._f.flush()
            os.fsync(self._f.fileno())

    def close(self) -> None:
        with self._lock:
            if not self._f.closed:
                self._f.close()


def read_journal(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """All complete records, in order; an unparsable (torn) line is skipped."""
    p = Path(path)
    if not p.exists():
        return []
    out: list[dict[str, Any]] = []
    for raw in p.read_bytes().split(b"\n"):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(rec, dict):
            out.append(rec)
    return out


def is_locked(path: str | os.PathLike[str]) -> bool:
    """True while a live recorder holds the journal (so the recording is not interrupted)."""
    if fcntl is None or not Path(path).exists():
        return False
    with open(path, "ab") as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    return False
