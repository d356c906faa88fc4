"""A contact's attached files in a list, and taking one out (withdrawing it) or putting it back.

Used where the user sees a contact's files: "Edit a contact" and Review's "Files for this
call". A file attached by mistake (a private photo, the wrong letter) is *withdrawn* with a
reason, as a contact logged by mistake is: nothing is deleted (OnRecord keeps its copy, and the
audit log its name, fingerprint and the reason), but no evidence package includes it from then
on. It stays in the list, greyed and marked, so it can be put back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ...store import StoreError, Workspace
from .. import dialogs
from ..errors import error_text
from .ledgerdialog import _ReasonDialog, item_label
from .model import WITHDRAWN

RunDialog = Callable[[QDialog], bool]
#: The role of a list item's file (a :class:`ContactFile`); None: not a file (a note).
FILE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role of a list item's file chosen but not attached yet (its path, as text).
PENDING_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ContactFile:
    """A file attached to a contact, as a list shows it."""

    id: int
    name: str  # the original name
    sha256: str
    withdrawn_reason: str | None = None  # None: not withdrawn

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_reason is not None


def contact_files(workspace: Workspace, case_id: int, event_id: int) -> list[ContactFile]:
    """The files attached to the contact, oldest first, the withdrawn ones too (marked)."""
    return [
        ContactFile(a.id, a.original_name, a.sha256, a.withdrawn_reason if a.withdrawn_at else None)
        for a in workspace.attachments.list(case_id, withdrawn=True)
        if a.event_id == event_id
    ]


def file_item(text: str, file: ContactFile) -> QListWidgetItem:
    """A list line for ``file`` (``text``: its name and fingerprint, as the list words it);
    a withdrawn one greyed, in italics, saying so and why."""
    if file.withdrawn:
        text = (
            QCoreApplication.translate("AttachedFiles", "%1  (withdrawn, not exported: %2)")
            .replace("%1", file.name)
            .replace("%2", file.withdrawn_reason or "")
        )
    item = QListWidgetItem(text)
    item.setData(FILE_ROLE, file)
    item.setToolTip(text)
    if file.withdrawn:
        item.setForeground(QBrush(WITHDRAWN))
        font = QFont()
        font.setItalic(True)
        item.setFont(font)
    return item


def _selected(files: QListWidget, role: int) -> object:
    item = files.currentItem()
    return item.data(role) if item is not None and item.isSelected() else None


def selected_file(files: QListWidget) -> ContactFile | None:
    found = _selected(files, FILE_ROLE)
    return found if isinstance(found, ContactFile) else None


def selected_pending(files: QListWidget) -> str | None:
    """The path of the selected file that is chosen but not attached yet, or None."""
    found = _selected(files, PENDING_ROLE)
    return found if isinstance(found, str) else None


class WithdrawFileButton(QPushButton):
    """ "Withdraw file…" for the file selected in ``files``, "Put file back…" for a withdrawn
    one, "Don't attach this file" for one chosen but not attached yet; off while no file is selected."""

    def __init__(self, files: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        files.itemSelectionChanged.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        file = selected_file(self.files)
        if selected_pending(self.files) is not None:  # not attached yet: nothing to log
            self.setText(self.tr("Do&n't attach this file"))
            self.setToolTip(self.tr("This file is not attached yet: leave it out"))
            self.setEnabled(True)
            return
        if file is not None and file.withdrawn:
            self.setText(self.tr("Put file &back…"))
            self.setToolTip(self.tr("Make this file one of the case's files again"))
        else:
            self.setText(self.tr("&Withdraw file…"))
            self.setToolTip(
                self.tr(
                    "Attached the wrong file? Take it out of the case: it will not be in "
                    "an evidence package. Select a file first."
                )
            )
        self.setEnabled(file is not None)


class WithdrawFileDialog(_ReasonDialog):
    """Says what withdrawing a file does and asks for the (required) reason; ``withdraw``
    gets the reason."""

    def __init__(
        self, name: str, withdraw: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(withdraw, parent)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("Withdraw a file"))
        self.lead = QLabel(self.tr("Take this file out of the case?"))
        self.item = item_label(name)
        # Honest about what stays: a private photo is not deleted from this computer, and
        # its name and the reason go into the audit log of every package of the whole case.
        self.consequence = QLabel(
            self.tr(
                "It will not be in any evidence package you export, and it no longer counts "
                "as one of the case's files. Nothing is deleted: OnRecord keeps its copy in "
                "its data folder on this computer, so you can put it back. The case's audit "
                "log keeps the file's name, its fingerprint and your reason, and an evidence "
                "package of the whole case shows them: write the reason for your lawyer to "
                "read."
            )
        )
        self.consequence.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for withdrawing the file"))
        self.reason.setPlaceholderText(
            self.tr("Required, for example: a private photo, chosen by mistake")
        )
        self._lay_out(
            (self.lead, self.item, self.consequence),
            self.tr("&Reason:"),
            self.tr("Withdraw"),
            required=True,
        )

    def refused_title(self) -> str:
        return self.tr("Not withdrawn")


def withdraw_or_restore(
    parent: QWidget, workspace: Workspace, file: ContactFile, run_dialog: RunDialog
) -> bool:
    """Ask, then withdraw ``file`` (with the reason asked for), or put it back if it was
    withdrawn. True if something changed."""
    attachments = workspace.attachments
    if not file.withdrawn:
        dialog = WithdrawFileDialog(
            file.name, lambda reason: attachments.withdraw(file.id, reason), parent
        )
        return run_dialog(dialog)
    text = QCoreApplication.translate(
        "AttachedFiles",
        "%1 was withdrawn: %2\n\nPut it back among the case's files? It will be in the "
        "evidence packages you export from now on; the audit log keeps its withdrawal.",
    )
    if not dialogs.confirm(
        parent,
        QCoreApplication.translate("AttachedFiles", "Put a file back"),
        text.replace("%1", file.name).replace("%2", file.withdrawn_reason or ""),
        yes=QCoreApplication.translate("AttachedFiles", "Put it back"),
        no=QCoreApplication.translate("AttachedFiles", "Leave it withdrawn"),
    ):
        return False
    try:
        attachments.restore(file.id)
    except StoreError as exc:
        title = QCoreApplication.translate("AttachedFiles", "Not put back")
        dialogs.error(parent, title, error_text(exc))
        return False
    return True
