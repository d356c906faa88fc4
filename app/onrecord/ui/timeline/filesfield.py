"""The log dialog's “Files”: files chosen to attach to the contact, and the files it has.

Files (a letter's scan, a screenshot, a chat export) are chosen here and attached to the
contact when it is logged or saved, as Review's "Files for this call" attaches them
(``Attachments.add``: copied, fingerprinted, logged). A file the case keeps already is refused
as it is chosen, saying where it is (a file is kept once, by its fingerprint); one the user
withdrew from the case is attached again only if she says so (``withdrawnagain``). A contact being
corrected lists the files it has; one attached by mistake is withdrawn there, at once (see
``attachedfiles``), and one chosen by mistake is simply left out.

Its texts are the log dialog's: they are translated in the LogContactDialog context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store.enums import date_only
from .. import dialogs, labels, localefmt
from .attachedfiles import (
    PENDING_ROLE,
    ContactFile,
    WithdrawFileButton,
    file_item,
    selected_file,
    selected_pending,
)


@dataclass(frozen=True)
class KeptFile:
    """Where the case keeps a file already (a file is kept once, by its fingerprint)."""

    event_id: int | None  # None: the case itself
    kind: str = ""  # the contact's kind (an ``EventKind`` value)
    local: dt.datetime | None = None  # the contact's time on its own clock
    here: bool = False  # the contact being corrected


class FilesField(QObject):
    """The list of files (``files``), "Attach files…" and "Withdraw file…" beside it."""

    def __init__(
        self,
        dialog: QWidget,
        kept_files: list[ContactFile],
        kept_where: Callable[[Path], KeptFile | None] | None = None,
        withdraw_file: Callable[[ContactFile], list[ContactFile] | None] | None = None,
        attach_again: Callable[[QWidget, Path], bool] | None = None,
    ) -> None:
        """``kept_files``: the files the contact has already; ``kept_where(path)``: where the
        case keeps that file already, or None; ``withdraw_file(file)``: withdraws (or puts
        back) a file the contact has, asking first; its files then, or None if nothing
        changed; ``attach_again(parent, path)``: False if the file is one withdrawn from the
        case and the user, asked, chose not to attach it again."""
        super().__init__(dialog)
        self.dialog = dialog
        self.kept_files = kept_files
        self.kept_where = kept_where
        self.withdraw_file = withdraw_file
        self.attach_again = attach_again
        # Asks for files to attach; tests replace it.
        self.choose_files: Callable[[QWidget], list[Path]] = lambda parent: dialogs.choose_files(
            parent, QCoreApplication.translate("LogContactDialog", "Attach files to this contact")
        )
        self.new_files: list[Path] = []
        self.files = QListWidget()
        self.files.setAccessibleName(
            QCoreApplication.translate("LogContactDialog", "Files for this contact")
        )
        self.files.setFixedHeight(self.files.fontMetrics().lineSpacing() * 3 + 12)
        self.attach_button = QPushButton(
            QCoreApplication.translate("LogContactDialog", "&Attach files…")
        )
        self.attach_button.setToolTip(
            QCoreApplication.translate(
                "LogContactDialog",
                "Screenshots, letter scans, chat exports: copied into the case and "
                "fingerprinted when the contact is saved",
            )
        )
        self.attach_button.clicked.connect(self.attach_files)
        self.withdraw_button = WithdrawFileButton(self.files)
        self.withdraw_button.clicked.connect(self._withdraw_file)
        self._show_files()

    def lay_out(self) -> QHBoxLayout:
        """The list, with its buttons on the right."""
        files = QHBoxLayout()
        files.addWidget(self.files, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        files.addLayout(buttons)
        return files

    def attach_files(self) -> None:
        """Choose files to attach: listed now, copied into the case when it is saved. A file
        the case keeps already is refused now, saying where it is: listed "(attached when
        saved)", it was refused only after Save had closed the dialog (a Taiwanese user)."""
        refused = []
        for chosen in self.choose_files(self.dialog):
            path = Path(chosen)
            if path in self.new_files:
                continue
            kept = self.kept_where(path) if self.kept_where is not None else None
            if kept is not None:
                refused.append(self._kept_text(path.name, kept))
                continue
            if self.attach_again is not None and not self.attach_again(self.dialog, path):
                continue  # withdrawn from the case, and left so
            self.new_files.append(path)
        self._show_files()
        if refused:
            dialogs.error(
                self.dialog,
                QCoreApplication.translate("LogContactDialog", "File not attached"),
                "\n\n".join(refused),
            )

    def _kept_text(self, name: str, kept: KeptFile) -> str:
        """Why ``name`` is not attached: where the case keeps it, named as the timeline
        shows that contact (its day and time, or a letter's day, and its kind)."""
        if kept.here:
            return QCoreApplication.translate(
                "LogContactDialog", "%1 is attached to this contact already."
            ).replace("%1", name)
        if kept.event_id is None or kept.local is None:
            where = QCoreApplication.translate("LogContactDialog", "the case itself")
        else:
            when = (
                localefmt.date_text(kept.local.date())
                if date_only(kept.kind)
                else localefmt.wall_text(kept.local)
            )
            where = (
                QCoreApplication.translate("LogContactDialog", "the contact of %1 (%2, #%3)")
                .replace("%1", when)
                .replace("%2", labels.event_kind(kept.kind))
                .replace("%3", str(kept.event_id))
            )
        return (
            QCoreApplication.translate(
                "LogContactDialog",
                "%1 is already in this case, attached to %2 (the same file, by its "
                "fingerprint). A file is kept once, so it is not attached here.",
            )
            .replace("%1", name)
            .replace("%2", where)
        )

    def _withdraw_file(self) -> None:
        """Leave out a file chosen but not attached yet; withdraw (or put back) one the
        contact has, at once, through ``withdraw_file``."""
        pending = selected_pending(self.files)
        if pending is not None:
            self.new_files = [p for p in self.new_files if str(p) != pending]
            self._show_files()
            return
        file = selected_file(self.files)
        if file is None or self.withdraw_file is None:
            return
        files = self.withdraw_file(file)
        if files is not None:
            self.kept_files = files
            self._show_files()

    def _show_files(self) -> None:
        self.files.clear()
        for file in self.kept_files:
            text = QCoreApplication.translate("LogContactDialog", "%1  (fingerprint %2…)")
            text = text.replace("%1", file.name)
            self.files.addItem(file_item(text.replace("%2", file.sha256[:12]), file))
        for path in self.new_files:
            item = QListWidgetItem(
                QCoreApplication.translate("LogContactDialog", "%1  (attached when saved)").replace(
                    "%1", path.name
                )
            )
            item.setData(PENDING_ROLE, str(path))
            self.files.addItem(item)
        if not self.files.count():
            self.files.addItem(
                QCoreApplication.translate("LogContactDialog", "No files attached yet.")
            )
        self.withdraw_button.follow()
