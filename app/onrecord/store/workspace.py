"""A data folder opened for use: the case file and the services over it, in one object."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import ensure_data_dir
from . import audit
from .attachments import Attachments
from .casefile import CaseFile
from .confirmations import Confirmations
from .corrections import Corrections
from .engine import DB_FILENAME, Store, open_store
from .ledger import Ledger
from .recordings import Recordings
from .staging import sweep_data_dir


@dataclass
class Workspace:
    data_dir: Path
    store: Store
    cases: CaseFile = field(init=False)
    corrections: Corrections = field(init=False)
    confirmations: Confirmations = field(init=False)
    recordings: Recordings = field(init=False)
    ledger: Ledger = field(init=False)
    attachments: Attachments = field(init=False)

    def __post_init__(self) -> None:
        self.cases = CaseFile(self.store)
        self.corrections = Corrections(self.store)
        self.confirmations = Confirmations(self.store)
        self.recordings = Recordings(self.store)
        self.ledger = Ledger(self.store)
        self.attachments = Attachments(self.store, self.data_dir)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


INSTALLATION_FILE = "installation-id"


def installation_id(folder: Path) -> str:
    """A random id for this data folder, made once; names it in the chain of custody."""
    path = folder / INSTALLATION_FILE
    try:
        value = path.read_text(encoding="ascii").strip()
        if len(value) == 12 and all(c in "0123456789abcdef" for c in value):
            return value
    except (OSError, UnicodeDecodeError):
        pass
    value = secrets.token_hex(6)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(value + "\n")
    return value


def open_workspace(data_dir: Path) -> Workspace:
    """Check and open the data folder and its case file (creating both if new)."""
    folder = ensure_data_dir(data_dir)
    store = open_store(folder / DB_FILENAME)
    sweep_data_dir(folder)  # half-copied files of a process that was killed
    audit.set_installation(installation_id(folder))
    return Workspace(folder, store)
