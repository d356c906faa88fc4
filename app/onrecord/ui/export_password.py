"""How the evidence package is packed: also as a zip, or only as a zip protected by a password.

The password is typed twice and never saved. The boxes and what they mean (send the password
separately; Windows cannot open an AES-256 zip by itself; the names inside the zip can be seen
without it) show only once a password is chosen: always there, they pushed "About you" below
the fold. (A short password is allowed after a warning: the dialog asks as the export starts.)

Its texts are the export dialog's: they are translated in the ExportDialog context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ..messages import sentences
from . import dialogs
from .export_task import note_label


class PasswordBox(QGroupBox):
    """“Files”: a zip too (``make_zip``), or a zip with a password (``encrypt``, ``password``,
    ``password_again``, with ``password_note`` and ``names_note``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ExportDialog", "Files"), parent)
        self.make_zip = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Also make a single .&zip file (easier to send)"
            )
        )
        self.encrypt = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "&Protect with a password (makes an encrypted .zip only)"
            )
        )
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        for edit, name in (
            (self.password, QCoreApplication.translate("ExportDialog", "Password")),
            (self.password_again, QCoreApplication.translate("ExportDialog", "Password again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.password.setPlaceholderText(QCoreApplication.translate("ExportDialog", "Password"))
        self.password_again.setPlaceholderText(
            QCoreApplication.translate("ExportDialog", "Type it again")
        )
        passwords = QHBoxLayout()
        passwords.addWidget(self.password)
        passwords.addWidget(self.password_again)
        self.password_note = note_label(
            sentences(
                QCoreApplication.translate(
                    "ExportDialog",
                    "The password is never saved. Send it to your lawyer separately — by phone "
                    "or in a different message, never together with the file. If it is lost, "
                    "nobody can open the package.",
                ),
                QCoreApplication.translate(
                    "ExportDialog",
                    "The zip is encrypted with AES-256: Windows cannot open it by itself, so "
                    "tell your lawyer to use the free 7-Zip (macOS: Keka or The Unarchiver).",
                ),
            )
        )
        self.names_note = note_label(
            QCoreApplication.translate(
                "ExportDialog",
                "The names of the files inside the zip (with the case reference and the dates "
                "of the calls) can be seen without the password; their contents cannot.",
            )
        )
        self.encrypt.toggled.connect(lambda on: self.make_zip.setEnabled(not on))
        # Shown only once a password is chosen: always there, they pushed "About you" below
        # the fold (a Hong Kong walk-through had to scroll to find her name field).
        for widget in (self.password, self.password_again, self.password_note, self.names_note):
            widget.setEnabled(False)
            widget.setVisible(False)
            self.encrypt.toggled.connect(widget.setEnabled)
            self.encrypt.toggled.connect(widget.setVisible)
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_zip)
        layout.addWidget(self.encrypt)
        layout.addLayout(passwords)
        layout.addWidget(self.password_note)
        layout.addWidget(self.names_note)

    def chosen_password(self) -> str | None:
        """The password the zip is to be protected with; None: no password."""
        return self.password.text() if self.encrypt.isChecked() else None

    def refused(self, parent: QWidget, title: str) -> bool:
        """With a password chosen, say so (titled ``title``) and go to the box to fill in
        when it is missing or typed differently twice; True if so."""
        if not self.encrypt.isChecked():
            return False
        password = self.password.text()
        if not password:
            dialogs.error(
                parent,
                title,
                QCoreApplication.translate(
                    "ExportDialog", "Type a password twice, or untick “Protect with a password”."
                ),
            )
            self.password.setFocus()
            return True
        if password != self.password_again.text():
            dialogs.error(
                parent,
                title,
                QCoreApplication.translate(
                    "ExportDialog",
                    "The two passwords are not the same. Please type the same password "
                    "in both boxes.",
                ),
            )
            self.password_again.clear()
            self.password_again.setFocus()
            return True
        return False
