"""The files of the call shown in the review: screenshots, letters, chat exports attached to
it, attached again from here, or withdrawn when attached by mistake.

Nothing is overwritten or deleted: a file is kept as a hashed copy, and withdrawing it marks
it so (it stays in the case and can be put back); the audit chain records each.

Its texts were the review's and its editing's: the box's are translated in the ReviewPanel
context, the messages about attaching in the MarkEditing context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store import StoreError
from .. import dialogs
from ..errors import error_text
from ..timeline.attachedfiles import (
    WithdrawFileButton,
    contact_files,
    file_item,
    selected_file,
    withdraw_or_restore,
)
from ..timeline.withdrawnagain import attach_again

if TYPE_CHECKING:
    from .panel import ReviewPanel


class CallFiles:
    """The files half of :class:`ReviewPanel` (mixed in; uses the panel's state)."""

    run_dialog: Callable[[QDialog], bool]
    choose_files: Callable[[QWidget], list[str]]

    def _build_files_box(self: ReviewPanel) -> QGroupBox:
        self.files = QListWidget()
        self.files.setAccessibleName(
            QCoreApplication.translate("ReviewPanel", "Files attached to this call")
        )
        for small_list in (self.history, self.files):  # two lines: room for large text
            small_list.setMinimumHeight(small_list.fontMetrics().lineSpacing() * 2 + 12)
        self.attach_button = QPushButton(QCoreApplication.translate("ReviewPanel", "Attach fi&le…"))
        self.attach_button.setToolTip(
            QCoreApplication.translate(
                "ReviewPanel",
                "Screenshots, letters, chat exports: copied into the case and fingerprinted",
            )
        )
        self.attach_button.clicked.connect(self.attach_files)
        self.withdraw_file_button = WithdrawFileButton(self.files)
        self.withdraw_file_button.clicked.connect(self.withdraw_file)
        files_box = QGroupBox(QCoreApplication.translate("ReviewPanel", "Files for this call"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.attach_button)
        file_buttons.addWidget(self.withdraw_file_button)
        files_layout.addLayout(file_buttons)
        return files_box

    def _reload_files(self: ReviewPanel) -> None:
        self.files.clear()
        if self.info is None:
            return
        for file in contact_files(self.workspace, self.info.case_id, self.info.event_id):
            text = QCoreApplication.translate("ReviewPanel", "%1  (fingerprint %2…)").replace(
                "%1", file.name
            )
            self.files.addItem(file_item(text.replace("%2", file.sha256[:12]), file))
        if not self.files.count():
            self.files.addItem(QCoreApplication.translate("ReviewPanel", "No files attached yet."))
        self.withdraw_file_button.follow()

    def attach_files(self: ReviewPanel) -> None:
        """Attach the files chosen; one the case keeps already (the same bytes, whatever its
        name) is refused saying where, or said to be here already, never kept twice; one
        withdrawn from the case is attached again only if the user says so."""
        if self.info is None:
            return
        info = self.info
        added = 0
        for name in self.choose_files(self):
            if not attach_again(self, self.workspace, info.case_id, Path(name)):
                continue
            here = {f.id for f in contact_files(self.workspace, info.case_id, info.event_id)}
            try:
                kept = self.workspace.attachments.add(info.case_id, name, event_id=info.event_id)
            except StoreError as exc:
                dialogs.error(
                    self,
                    QCoreApplication.translate("MarkEditing", "File not attached"),
                    error_text(exc),
                )
                continue
            if kept.id in here:  # the same bytes, maybe under another name: kept once
                text = QCoreApplication.translate(
                    "MarkEditing",
                    "%1 is attached to this call already (the same file, by its "
                    "fingerprint, as %2).",
                )
                shown = Path(name).name
                dialogs.info(
                    self,
                    QCoreApplication.translate("MarkEditing", "File not attached"),
                    text.replace("%1", shown).replace("%2", kept.original_name),
                )
                continue
            added += 1
        self._reload_files()
        if added:
            self.files_changed.emit(info.case_id)

    def withdraw_file(self: ReviewPanel) -> None:
        """Withdraw the selected file (attached by mistake), or put a withdrawn one back."""
        file = selected_file(self.files)
        if self.info is None or file is None:
            return
        if withdraw_or_restore(self, self.workspace, file, self.run_dialog):
            self._reload_files()
            self.files_changed.emit(self.info.case_id)
