"""What the export dialog shows once the package is made: where it is and what to do with it.

The folder and zip file made, what they hold (counted as the check counts them), the signing
key's fingerprint to compare with the report's, what to give the lawyer (the folder, the zip
file, or either, whatever was made), any warnings, and buttons to open the folder and the
report (off when the report is inside an encrypted zip).

Its texts are the export dialog's: they are translated in the ExportDialog context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..evidence.export import ExportResult
from . import dialogs
from .export_task import CALM_GREEN, CALM_RED, note_label


class ResultPage(QWidget):
    """The package made (``show_result``), with "Open folder" and "Open report"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ExportResult | None = None
        self.result_title = QLabel()
        self.result_title.setWordWrap(True)
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_text.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Where the package is")
        )
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Signing key fingerprint")
        )
        self.next_steps = note_label("")  # says folder, zip file or both: see show_result
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color:{CALM_RED};")
        self.open_folder_button = QPushButton(
            QCoreApplication.translate("ExportDialog", "Open &folder")
        )
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_report_button = QPushButton(
            QCoreApplication.translate("ExportDialog", "Open &report")
        )
        self.open_report_button.clicked.connect(self.open_report)
        actions = QHBoxLayout()
        actions.addWidget(self.open_folder_button)
        actions.addWidget(self.open_report_button)
        actions.addStretch(1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text)
        layout.addWidget(line)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.next_steps)
        layout.addWidget(self.warnings)
        layout.addLayout(actions)
        layout.addStretch(1)

    def show_result(self, result: ExportResult, held: str, *, encrypted: bool) -> None:
        """Say where the package made is and what it holds (``held``, in words: counted in
        plural forms, which lupdate reads only from a tr() call, so the dialog says it);
        ``encrypted``: it is a zip with a password."""
        self.result = result
        self.result_title.setText(
            f'<span style="color:{CALM_GREEN};font-size:14pt"><b>'
            + QCoreApplication.translate("ExportDialog", "Your package is ready.")
            + "</b></span>"
        )
        lines = []
        if result.folder is not None:
            lines.append(
                QCoreApplication.translate("ExportDialog", "Folder: %1").replace(
                    "%1", str(result.folder)
                )
            )
        if result.zip_path is not None:
            lines.append(
                QCoreApplication.translate("ExportDialog", "Zip file: %1").replace(
                    "%1", str(result.zip_path)
                )
            )
        lines.append(held)
        if result.selection:  # a walk-through: the page read as if it held the whole case
            lines.append(
                QCoreApplication.translate(
                    "ExportDialog",
                    "This package is a selection, not the whole case file: the first page of "
                    "its report says what it holds and what is left out.",
                )
            )
        if result.note_path is not None:
            lines.append(
                QCoreApplication.translate(
                    "ExportDialog", "How to open the zip (send it with the zip): %1"
                ).replace("%1", str(result.note_path))
            )
        if encrypted:
            lines.append(
                QCoreApplication.translate(
                    "ExportDialog",
                    "The zip is encrypted. Remember to send the password separately.",
                )
            )
        self.result_text.setText("\n".join(lines))
        self.next_steps.setText(next_steps(result))
        self.fingerprint.setText(
            QCoreApplication.translate(
                "ExportDialog",
                "Signed with this computer's key. Its fingerprint:<br><b><tt>%1</tt></b><br>"
                "The same fingerprint is printed on the first page of the report; your lawyer "
                "can compare them.",
            ).replace("%1", result.fingerprint)
        )
        self.warnings.setText("\n".join(result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        has_report = self.report_path() is not None
        self.open_report_button.setEnabled(has_report)
        if not has_report:
            self.open_report_button.setToolTip(
                QCoreApplication.translate(
                    "ExportDialog",
                    "The report is inside the encrypted zip; open the zip with the password.",
                )
            )

    def report_path(self) -> Path | None:
        if self.result is None or self.result.folder is None:
            return None
        path = self.result.folder / "data" / "report" / "index.html"
        return path if path.is_file() else None

    def open_folder(self) -> None:
        if self.result is None:
            return
        target = self.result.folder or (
            self.result.zip_path.parent if self.result.zip_path else None
        )
        if target is not None:
            dialogs.open_path(target)

    def open_report(self) -> None:
        path = self.report_path()
        if path is not None:
            dialogs.open_path(path)


def next_steps(result: ExportResult) -> str:
    """What to give the lawyer: the folder, the zip file, or either (whatever was made)."""
    if result.folder is not None and result.zip_path is not None:
        return QCoreApplication.translate(
            "ExportDialog",
            "Next: give your lawyer this folder or this zip file (they hold the same), for "
            "example on a USB stick or through an upload link they send you. Inside, "
            "data/report holds the report to read (a web page and a PDF), and VERIFY.txt "
            "explains how anyone can check that nothing was changed.",
        )
    if result.note_path is not None:
        return QCoreApplication.translate(
            "ExportDialog",
            "Next: give your lawyer this zip file and the note beside it, which says how to "
            "open it, for example on a USB stick or through an upload link they send you; "
            "tell them the password another way. Inside, data/report holds the report to "
            "read (a web page and a PDF), and VERIFY.txt explains how anyone can check that "
            "nothing was changed.",
        )
    if result.zip_path is not None:
        return QCoreApplication.translate(
            "ExportDialog",
            "Next: give your lawyer this zip file, for example on a USB stick or through an "
            "upload link they send you. Inside, data/report holds the report to read (a web "
            "page and a PDF), and VERIFY.txt explains how anyone can check that nothing was "
            "changed.",
        )
    return QCoreApplication.translate(
        "ExportDialog",
        "Next: give your lawyer this folder, for example on a USB stick or through an upload "
        "link they send you. Inside, data/report holds the report to read (a web page and a "
        "PDF), and VERIFY.txt explains how anyone can check that nothing was changed.",
    )
