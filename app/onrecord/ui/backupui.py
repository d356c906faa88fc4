"""Backing up all the data to one file, and restoring it from one (from the Settings menu).

A restore replaces the data only once the backup has been fully checked; the data it
replaces is kept in a folder beside it, and OnRecord then closes (it is opened again on the
restored data).

Its texts are the main window's: they are translated in the MainWindow context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate

from . import dialogs
from .errors import error_text

if TYPE_CHECKING:
    from .mainwindow import MainWindow


class BackupRestore:
    """Backup and restore, in :class:`MainWindow` (mixed in; uses the window's state)."""

    def back_up(self: MainWindow) -> None:
        """Write every case, recording and setting to one file the user chooses."""
        from ..backup import BackupError, create_backup

        stamp = QDate.currentDate().toString("yyyy-MM-dd")
        target = dialogs.choose_save_file(
            self,
            QCoreApplication.translate("MainWindow", "Back up all data"),
            f"OnRecord-backup-{stamp}.zip",
            QCoreApplication.translate("MainWindow", "OnRecord backup (*.zip)"),
        )
        if not target:
            return
        try:
            result = create_backup(self.workspace.data_dir, Path(target))
        except BackupError as exc:
            dialogs.error(
                self, QCoreApplication.translate("MainWindow", "Backup not made"), error_text(exc)
            )
            return
        dialogs.info(
            self,
            QCoreApplication.translate("MainWindow", "Backup made"),
            QCoreApplication.translate(
                "MainWindow",
                "All cases, recordings and attachments were saved to:\n%s\n\nKeep it somewhere "
                "safe, e.g. a USB drive. The key that signs your exports is not in it.",
            )
            % result.path
            + "\n\n"
            + QCoreApplication.translate(
                "MainWindow",
                "To back it up too, encrypted with a passphrase you choose, use the command "
                "line: onrecord backup --out FILE --include-signing-key",
            ),
        )

    def _ask_backup_key(self: MainWindow, backup: Path) -> tuple[str | None, bool] | None:
        """(passphrase, leave the key out) to restore ``backup``; None if the user gave up."""
        from ..backup import WrongPassphrase, check_key_passphrase, holds_encrypted_key

        if not holds_encrypted_key(backup):
            return None, False
        title = QCoreApplication.translate("MainWindow", "Passphrase of the signing key")
        text = QCoreApplication.translate(
            "MainWindow",
            "This backup holds the key that signs your exports, encrypted. Type the "
            "passphrase chosen when the backup was made:",
        )
        while (passphrase := dialogs.ask_password(self, title, text)) is not None:
            try:
                check_key_passphrase(backup, passphrase)
            except WrongPassphrase:
                text = QCoreApplication.translate(
                    "MainWindow", "That passphrase does not open the signing key. Try again:"
                )
                continue
            return passphrase, False
        if dialogs.confirm(
            self,
            QCoreApplication.translate("MainWindow", "Restore without the signing key?"),
            QCoreApplication.translate(
                "MainWindow",
                "Restore everything else from the backup and keep this installation's own "
                "signing key? Choose No to cancel the restore.",
            ),
        ):
            return None, True
        return None

    def restore(self: MainWindow) -> None:
        """Replace the data with a backup, after it has been fully checked; then close."""
        from ..backup import BackupError, restore_backup

        if self.calls.recording:
            dialogs.info(
                self,
                QCoreApplication.translate("MainWindow", "Restore"),
                QCoreApplication.translate("MainWindow", "Stop the recording first."),
            )
            return
        chosen = dialogs.choose_file(
            self,
            QCoreApplication.translate("MainWindow", "Restore from a backup"),
            QCoreApplication.translate("MainWindow", "OnRecord backup (*.zip)"),
        )
        if not chosen:
            return
        try:
            key = self._ask_backup_key(Path(chosen))
        except BackupError as exc:
            dialogs.error(
                self,
                QCoreApplication.translate("MainWindow", "Nothing was changed"),
                error_text(exc),
            )
            return
        if key is None or not dialogs.confirm(
            self,
            QCoreApplication.translate("MainWindow", "Restore from a backup"),
            QCoreApplication.translate(
                "MainWindow",
                "The data now in OnRecord will be replaced by the backup's. It is not deleted: "
                "it is kept in a folder beside it. OnRecord closes when the restore is done.",
            ),
        ):
            return
        if not self.leave_case():  # typed changes go into the data kept, or nowhere
            return
        self.live.suspend()
        self.workspace.store.engine.dispose()  # no open connection on the file being replaced
        try:
            previous = restore_backup(
                Path(chosen),
                self.workspace.data_dir,
                key_passphrase=key[0],
                skip_signing_key=key[1],
            )
        except BackupError as exc:
            self.live.resume()
            dialogs.error(
                self,
                QCoreApplication.translate("MainWindow", "Nothing was changed"),
                error_text(exc),
            )
            return
        kept = (
            QCoreApplication.translate("MainWindow", "The previous data is kept in:\n%s") % previous
            if previous
            else ""
        )
        dialogs.info(
            self,
            QCoreApplication.translate("MainWindow", "Backup restored"),
            QCoreApplication.translate(
                "MainWindow", "The backup was checked and restored. Open OnRecord again."
            )
            + "\n\n"
            + kept,
        )
        self._close_as_data_left()
