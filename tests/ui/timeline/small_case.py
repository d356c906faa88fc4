"""A small case with two collectors, their numbers and a few contacts at known times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog

NY = ZoneInfo("America/New_York")


@dataclass
class SmallCase:
    case_id: int
    mike: int
    sandra: int
    mike_number: str
    sandra_number: str
    recorded_event: int
    recording_id: int


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=NY)


def answering(
    fill: Callable[[QDialog], None], seen: list[QDialog], *, ok: bool = True
) -> Callable[[QDialog], bool]:
    """A run_dialog that looks at the dialog, fills it in, then presses OK (or Cancel)."""

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        if ok:
            dialog.accept()
        if dialog.result() != QDialog.DialogCode.Accepted:
            dialog.reject()
            return False
        return True

    return run
