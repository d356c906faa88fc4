"""Asking for the opening passphrase, and setting or removing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .. import settings as settings_mod
from ..lock import check_lock, make_lock
from . import dialogs

ATTEMPTS = 3


def unlock(data_dir: Path, parent: QWidget | None = None) -> bool:
    """True when there is no lock or the right passphrase was typed (three tries)."""
    stored = settings_mod.load(data_dir).lock
    if not stored:
        return True
    for _ in range(ATTEMPTS):
        typed = dialogs.ask_password(
            parent, "OnRecord", QCoreApplication.translate("Lock", "Passphrase to open OnRecord:")
        )
        if typed is None:
            return False
        if check_lock(stored, typed):
            return True
        dialogs.error(
            parent, "OnRecord", QCoreApplication.translate("Lock", "That passphrase is not right.")
        )
    return False


def change_lock(data_dir: Path, parent: QWidget | None = None) -> None:
    """Set a passphrase (typed twice) or, when one is set, remove it after checking it."""
    current = settings_mod.load(data_dir)
    if current.lock:
        typed = dialogs.ask_password(
            parent,
            QCoreApplication.translate("Lock", "Remove the passphrase"),
            QCoreApplication.translate("Lock", "Type the current passphrase to remove it:"),
        )
        if typed is None:
            return
        if not check_lock(current.lock, typed):
            dialogs.error(
                parent,
                QCoreApplication.translate("Lock", "Passphrase"),
                QCoreApplication.translate("Lock", "That passphrase is not right."),
            )
            return
        current.lock = ""
        settings_mod.save(data_dir, current)
        dialogs.info(
            parent,
            QCoreApplication.translate("Lock", "Passphrase"),
            QCoreApplication.translate("Lock", "OnRecord no longer asks for a passphrase."),
        )
        return
    first = dialogs.ask_password(
        parent,
        QCoreApplication.translate("Lock", "Lock with a passphrase"),
        QCoreApplication.translate(
            "Lock",
            "OnRecord will ask for this passphrase when it opens. It keeps others from opening "
            "your cases here; it does not encrypt the files. If you forget it, delete the "
            "\u201clock\u201d line in settings.json in the data folder.\n\nPassphrase:",
        ),
    )
    if first is None:
        return
    second = dialogs.ask_password(
        parent,
        QCoreApplication.translate("Lock", "Lock with a passphrase"),
        QCoreApplication.translate("Lock", "Type it again:"),
    )
    if second is None:
        return
    if first != second:
        dialogs.error(
            parent,
            QCoreApplication.translate("Lock", "Passphrase"),
            QCoreApplication.translate("Lock", "The two passphrases differ; nothing changed."),
        )
        return
    try:
        current.lock = make_lock(first)
    except ValueError:
        dialogs.error(
            parent,
            QCoreApplication.translate("Lock", "Passphrase"),
            QCoreApplication.translate("Lock", "Use at least 4 characters."),
        )
        return
    settings_mod.save(data_dir, current)
    dialogs.info(
        parent,
        QCoreApplication.translate("Lock", "Passphrase"),
        QCoreApplication.translate("Lock", "OnRecord will ask for it from the next start."),
    )
