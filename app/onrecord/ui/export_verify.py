"""“Check a package…”: verify an evidence package folder or zip and say, in plain words,
whether it is intact or what was changed, removed or added (``evidence.verify_package`` on a
worker thread, with progress and Cancel; a password is asked for an encrypted zip)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_module
from ..evidence.verify import VerifyInputError, VerifyReport, verify_package
from ..evidence.zipping import is_encrypted, is_zip
from ..store import Workspace
from . import dialogs
from .busyguard import BusyGuard
from .errors import error_text, message_text
from .export_task import CALM_GREEN, CALM_RED, BackgroundJob, ProgressRow, note_label
from .i18n import fill

PROBLEM_WORDS = {
    "missing": QT_TRANSLATE_NOOP("VerifyDialog", "This file is missing"),
    "extra": QT_TRANSLATE_NOOP("VerifyDialog", "This file was added afterwards"),
    "altered": QT_TRANSLATE_NOOP("VerifyDialog", "This file was changed"),
    "oxum": QT_TRANSLATE_NOOP("VerifyDialog", "The number or size of the files does not match"),
    "signature": QT_TRANSLATE_NOOP("VerifyDialog", "The signature does not match"),
    "audit": QT_TRANSLATE_NOOP("VerifyDialog", "The audit log does not hold together"),
    "recording": QT_TRANSLATE_NOOP(
        "VerifyDialog", "A recording differs from the one logged when it was saved"
    ),
    "structure": QT_TRANSLATE_NOOP("VerifyDialog", "The package is not laid out as expected"),
}


FOLLOWS_COLOR = "#4a5568"  # what only follows from the problems: quieter, not counted


class VerifyDialog(BusyGuard, QDialog):
    """Check a package (folder or zip) and show intact, or every problem in plain words."""

    verified = Signal(object)  # VerifyReport

    def __init__(
        self,
        workspace: Workspace | None = None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report: VerifyReport | None = None
        self.job = BackgroundJob(self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.setWindowTitle(self.tr("Check an evidence package"))
        intro = note_label(
            self.tr(
                "Choose a package folder or its .zip file. OnRecord checks every file against "
                "the fingerprints and the signature inside it, and tells you whether anything "
                "was changed, removed or added since it was made."
            )
        )
        self.path = QLineEdit(str(path) if path else "")
        self.path.setAccessibleName(self.tr("Package folder or zip file"))
        self.folder_button = QPushButton(self.tr("&Folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose a package folder"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.zip_button = QPushButton(self.tr("&Zip file…"))
        self.zip_button.setAccessibleName(self.tr("Choose a package zip file"))
        self.zip_button.clicked.connect(self.choose_zip)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Package:"))
        label.setBuddy(self.path)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.zip_button)
        self.progress = ProgressRow()
        self.progress.hide()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Result"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.start_check)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.problems, 10)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 300)

    def _start_folder(self) -> str:
        if self.path.text().strip():
            return self.path.text().strip()
        if self.workspace is not None:
            return settings_module.load(self.workspace.data_dir).export_folder
        return ""

    def choose_folder(self) -> None:
        chosen = dialogs.choose_folder(
            self, self.tr("Choose the package folder"), self._start_folder()
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def choose_zip(self) -> None:
        chosen = dialogs.choose_file(
            self,
            self.tr("Choose the package zip file"),
            self.tr("Zip files (*.zip)"),
            self._start_folder(),
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def start_check(self) -> None:
        if self.job.running:
            return
        text = self.path.text().strip()
        if not text:
            dialogs.error(
                self, self.tr("Nothing to check"), self.tr("Choose a folder or a zip file.")
            )
            return
        path = Path(text).expanduser().absolute()
        password = None
        try:
            encrypted = path.is_file() and is_zip(path) and is_encrypted(path)
        except OSError:
            encrypted = False
        if encrypted:
            password = dialogs.ask_password(
                self,
                self.tr("Password needed"),
                self.tr("This zip is protected. Type the password you were given:"),
            )
            if not password:
                return
        self.problems.clear()
        self.problems.hide()
        self.verdict.clear()
        self.progress.show_progress(0.0, "")
        self.progress.show()
        self.check_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel check"))
        self.job.start(
            lambda progress, cancel: verify_package(
                path, password=password, progress=progress, cancel=cancel
            )
        )

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress.show_progress(fraction, message)

    def _stopped(self) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _finished(self, report: VerifyReport) -> None:
        self._stopped()
        self.report = report
        self.verified.emit(report)
        if report.ok:
            self.verdict.setText(
                f'<span style="color:{CALM_GREEN};font-size:13pt"><b>'
                + self.tr("Intact: nothing was changed.")
                + "</b></span><br>"
                + fill(
                    self.tr(
                        "Case %1: %2 files checked — the %3 files of the case in data/ and %4 "
                        "that describe and sign the package. Every fingerprint matches.<br>"
                        "Signed by key %5.<br>"
                    ),
                    html.escape(report.case_reference),  # read from the package: not markup
                    report.files_checked,
                    report.payload_files_checked,
                    report.other_files_checked,
                    report.signing_key,
                )
                + self.tr(
                    "%n recording(s) are exactly as they were when they were saved.",
                    "",
                    report.recordings_checked,
                )
                + "<br>"
                + self.tr("The audit log holds together (%n entries).", "", report.audit_links)
                + "<br><br>"
                + self.tr(
                    "The signature proves the package is as this key signed it, not whose key "
                    "it is: compare the key's fingerprint with the one the sender gives you "
                    "another way (by phone, letter or in person)."
                )
            )
            self._show_set_aside(report)
            return
        self.verdict.setText(
            f'<span style="color:{CALM_RED};font-size:13pt"><b>'
            + self.tr("Not intact: %n problem(s) found.", "", len(report.problems))
            + "</b></span><br>"
            + self.tr("Something in this package is different from when it was made:")
            + "<br><br>"
            + self.tr(
                "What to do: if you made this package on this computer, your case here is not "
                "changed by this; export a new package for your lawyer. If someone sent it to "
                "you, ask them to send it again, and keep this copy as it is."
            )
        )
        for problem in report.problems:
            words = PROBLEM_WORDS.get(problem.kind, QT_TRANSLATE_NOOP("VerifyDialog", "Problem"))
            headline = QCoreApplication.translate("VerifyDialog", words)
            line = fill(
                self.tr("%1: %2", "a problem, then the file it concerns (Chinese: full-width ：)"),
                headline,
                problem.path,
            )
            item = QListWidgetItem(f"{line}\n    {message_text(problem.detail)}")
            self.problems.addItem(item)
        for consequence in report.follows:  # said once, after the problems; not counted
            text = message_text(consequence.detail)
            if consequence.kind != "oxum":  # about a file: name it
                text = fill(
                    self.tr(
                        "%1: %2", "a problem, then the file it concerns (Chinese: full-width ：)"
                    ),
                    consequence.path,
                    text,
                )
            item = QListWidgetItem(text)
            item.setForeground(QBrush(QColor(FOLLOWS_COLOR)))
            self.problems.addItem(item)
        self._show_set_aside(report)
        self.problems.show()
        self.resize(self.width(), max(self.height(), 440))  # room for a few problems

    def _show_set_aside(self, report: VerifyReport) -> None:
        """The files the computer that showed or copied the package added by itself (a
        Mac's .DS_Store): named, quieter, not problems."""
        if not report.ignored:
            return
        lines = [
            self.tr(
                "%n file(s) set aside: not part of the package, added by the computer that "
                "showed or copied it; not checked.",
                "",
                len(report.ignored),
            )
        ]
        for item in report.ignored:
            lines.append(
                fill(
                    self.tr(
                        "%1: %2", "a problem, then the file it concerns (Chinese: full-width ：)"
                    ),
                    item.path,
                    message_text(item.detail),
                )
            )
        for text in lines:
            row = QListWidgetItem(text)
            row.setForeground(QBrush(QColor(FOLLOWS_COLOR)))
            self.problems.addItem(row)
        self.problems.show()

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        if isinstance(exc, InterruptedError):
            self.verdict.setText(self.tr("Check cancelled."))
            return
        if isinstance(exc, VerifyInputError):
            dialogs.error(self, self.tr("This cannot be checked"), error_text(exc))
            return
        dialogs.error(
            self,
            self.tr("This cannot be checked"),
            f"{type(exc).__name__}: {exc}",
        )
