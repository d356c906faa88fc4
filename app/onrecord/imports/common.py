"""What every importer shares: the parsed record, the errors, progress and cancel.

An importer's ``read_*`` function only reads: it returns ``ContactRecord``s (or labels) and
never touches the case file, so a file that turns out to be bad half-way adds nothing. Writing
happens afterwards, in ``service.execute``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..store.enums import Direction, EventKind

#: each import format's name; an imported contact's source detail starts
#: "imported from <this>: " (the report reads it back to say where the contact came from)
FORMAT_TITLES = {
    "calls": "SMS Backup & Restore call log",
    "sms": "SMS Backup & Restore messages",
    "bcr": "BCR recordings",
    "audacity": "Audacity labels",
    "csv": "CSV contact log",
}

#: ``progress(fraction 0..1, message)``; ``cancel() -> True`` to stop at the next record.
Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]

#: The preview's key for every caller whose number was withheld or missing.
WITHHELD_KEY = "withheld"
#: The raw number stored for those calls (``phones.normalise`` knows it as withheld).
WITHHELD_RAW = "withheld"
#: The preview's key for letters, visits and emails given without a number: they never came
#: from one, so they are not "withheld" (a CSV's letters were stored from a hidden number).
NO_NUMBER_KEY = "no-number"


class ImportFileError(Exception):
    """The file cannot be imported; the message names the file and the line/element."""


class ImportCancelled(Exception):
    """The user cancelled while the file was being read (nothing was written)."""


def no_progress(_fraction: float, _message: str) -> None:
    return None


def never_cancel() -> bool:
    return False


@dataclass(frozen=True, slots=True)
class AudioSource:
    """An audio file to copy in with its event (BCR)."""

    path: Path
    sha256: str
    size: int
    sample_rate: int
    channels: int
    frames: int
    format: str
    sidecar: Path | None  # the BCR JSON, kept as an attachment
    details: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """One contact found in a source file, before it is picked and written."""

    kind: EventKind
    direction: Direction
    started_at: dt.datetime  # aware, UTC
    number_raw: str  # as written in the file; "" when there was none
    withheld: bool
    duration_s: float | None
    connected: bool | None
    conversation: bool
    summary: str
    where: str  # "calls-1.xml line 12" — kept in the event's source detail
    identity: str  # what makes two records the same contact (number+date+type)
    timezone: str | None = None
    name_hint: str = ""  # contact name the phone showed, if any
    audio: AudioSource | None = None
    tags: tuple[str, ...] = ()  # tag ids given in the file (a CSV log's "tags" column)


@dataclass(frozen=True, slots=True)
class LabelRecord:
    """One Audacity label: a point (start == end) or a region."""

    start_s: float
    end_s: float
    text: str
    tag: str | None
    line: int


class CountingReader:
    """A binary file wrapper that reports how far through the file we are."""

    def __init__(self, handle: BinaryIO, size: int, progress: Progress, cancel: Cancel, what: str):
        self._handle = handle
        self._size = max(size, 1)
        self._progress = progress
        self._cancel = cancel
        self._what = what
        self.position = 0

    def read(self, n: int = -1) -> bytes:
        if self._cancel():
            raise ImportCancelled(f"cancelled while reading {self._what}")
        data = self._handle.read(n)
        self.position += len(data)
        self._progress(min(self.position / self._size, 1.0), f"reading {self._what}")
        return data


def sha256_file(path: Path, cancel: Cancel = never_cancel) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if cancel():
                raise ImportCancelled(f"cancelled while reading {path.name}")
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def from_epoch_ms(value: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(value / 1000, tz=dt.UTC)
