"""A data folder opened for use: the case file and the services over it, in one object."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..paths import ensure_data_dir
from .attachments import Attachments
from .casefile import CaseFile
from .engine import DB_FILENAME, Store, open_store
from .ledger import Ledger
from .recordings import Recordings


@dataclass
class Workspace:
    data_dir: Path
    store: Store
    cases: CaseFile = field(init=False)
    recordings: Recordings = field(init=False)
    ledger: Ledger = field(init=False)
    attachments: Attachments = field(init=False)

    def __post_init__(self) -> None:
        self.cases = CaseFile(self.store)
        self.recordings = Recordings(self.store)
        self.ledger = Ledger(self.store)
        self.attachments = Attachments(self.store, self.data_dir)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(data_dir: Path) -> Workspace:
    """Check and open the data folder and its case file (creating both if new)."""
    folder = ensure_data_dir(data_dir)
    return Workspace(folder, open_store(folder / DB_FILENAME))
