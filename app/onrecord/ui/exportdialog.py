"""“Export for my lawyer”: make the evidence package of one case, and check a package later.

:class:`ExportDialog` gathers the choices — where to, what to include (``export_include``), a
zip and its password (``export_password``), who is exporting — runs ``evidence.export_case`` on
a worker thread with a progress bar and a Cancel button that really stops it, then says where
the package is (``export_result``).

Threads: the whole export runs on the worker, the PDF report included. Qt documents
QTextDocument and friends as reentrant and QPainter as usable on QPrinter/QImage paint
devices outside the GUI thread; ``report_pdf`` builds its own QPdfWriter, QTextDocument and
QPainter inside ``render_pdf`` (nothing shared with the GUI, no QPixmap), and only needs the
application object to exist, which the GUI created on the main thread. ``bagit.make_bag``
changes the process's working folder for a moment: every path this module hands to the core
or to Qt is absolute (``dialogs`` returns absolute paths; the data folder is absolute).

:class:`VerifyDialog` (in ``export_verify``, re-exported here) checks a package folder or zip.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_module
from ..evidence.export import ExportCancelled, ExportError, ExportOptions, ExportResult, export_case
from ..evidence.selection import selection_problem
from ..store import Workspace
from . import dialogs, localefmt
from .busyguard import BusyGuard
from .errors import error_text, refusal_text
from .export_include import IncludeBox
from .export_password import PasswordBox
from .export_result import ResultPage
from .export_task import BackgroundJob, ProgressRow, note_label
from .export_verify import VerifyDialog

SHORT_PASSWORD = 10  # characters; a shorter password gets a warning (not a refusal)


class ExportDialog(BusyGuard, QDialog):
    """Make the evidence package of ``case_id``. Emits :attr:`exported` when one exists.

    Made of its parts: what to include (IncludeBox), the zip and its password (PasswordBox)
    and the page shown once the package is made (ResultPage). It runs the export itself: the
    progress, Cancel, and what is said when it fails."""

    exported = Signal(object)  # ExportResult

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case = workspace.cases.case(case_id)
        self.settings = settings_module.load(workspace.data_dir)
        self.result: ExportResult | None = None
        self.job = BackgroundJob(self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Export for my lawyer"))
        self.setModal(True)

        self.pages = QStackedWidget()
        self.form_page = self._build_form()
        self.result_page = ResultPage()
        self.result_text = self.result_page.result_text
        self.fingerprint = self.result_page.fingerprint
        self.next_steps = self.result_page.next_steps
        self.open_folder_button = self.result_page.open_folder_button
        self.open_report_button = self.result_page.open_report_button
        # On a short screen (a 1366 × 768 laptop) the form scrolls instead of pushing the
        # Export button off the bottom of the screen.
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(self.form_page)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.addWidget(self.form_scroll)
        self.pages.addWidget(self.result_page)
        self.progress = ProgressRow()
        self.progress.hide()

        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.setAccessibleName(self.tr("Export the package"))
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(640, 0)
        self._fit_form()
        self.some_calls.toggled.connect(self._calls_shown)
        self.include.calls_filtered.connect(self._fit_form)

    def _calls_shown(self, shown: bool) -> None:
        """The list of calls takes room only once the user chooses to tick calls."""
        self.include.show_calls(shown)
        self._fit_form()
        if shown:
            self.form_scroll.ensureWidgetVisible(self.call_list)

    def _passwords_shown(self, shown: bool) -> None:
        self._fit_form()
        if shown:
            self.form_scroll.ensureWidgetVisible(self.password_again)

    def _fit_form(self) -> None:
        # A QStackedWidget does not pass height-for-width on: give the form the height its
        # wrapped notes need (longer or shorter per language), so none of them is cut off, and
        # show as much of it as the screen holds beside the title bar and the buttons.
        # The parts' own layouts first: the box whose list was just hidden still held its
        # height (the dialog came back 12 pixels taller than it opened).
        for part in (self.include, self.password_box):
            part.layout().invalidate()
            part.layout().activate()
        layout = self.form_page.layout()
        layout.invalidate()
        needed = layout.totalHeightForWidth(600)
        self.form_page.setMinimumHeight(needed)
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry().height() - 140 if screen is not None else needed
        self.form_scroll.setMinimumHeight(max(200, min(needed, room)))
        # Never narrower than the form (with the scroll bar beside it): made narrower, the
        # form stayed wide under a narrow view and its notes were cut off on the right.
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        self.form_scroll.setMinimumWidth(self.form_page.minimumSizeHint().width() + bar)
        if self.isVisible():
            # Shrink back too (the list hidden again left big gaps and moved the Export
            # button: a walk-through): the layouts hold the old heights until they are
            # activated again, so the size the dialog wants is asked for after that.
            self._fit_height()

    # ------------------------------------------------------------------ form
    def _build_form(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("<b>Export “%1” for your lawyer</b>").replace("%1", self.case.title))
        title.setWordWrap(True)
        intro = note_label(
            self.tr(
                "This makes one folder with every recording exactly as it was saved, your "
                "marks and notes, a report your lawyer can read, and a signature that proves "
                "nothing was changed afterwards. Your case here is not changed."
            )
        )

        # What goes in
        self.include = IncludeBox(self.workspace, self.case.id)
        self.language = self.include.language
        self.limit_dates = self.include.limit_dates
        self.date_from = self.include.date_from
        self.date_to = self.include.date_to
        self.all_calls = self.include.all_calls
        self.some_calls = self.include.some_calls
        self.call_list = self.include.call_list
        self.calls_note = self.include.calls_note

        # How it is packed
        self.password_box = PasswordBox()
        self.make_zip = self.password_box.make_zip
        self.encrypt = self.password_box.encrypt
        self.password = self.password_box.password
        self.password_again = self.password_box.password_again
        self.password_note = self.password_box.password_note
        self.names_note = self.password_box.names_note
        # Then the dialog grows to show them, as far as the screen lets it (it kept its height
        # and "About you" went below the fold: a walk-through).
        self.encrypt.toggled.connect(self._passwords_shown)

        # Who is exporting
        self.reporter_name = QLineEdit(self.settings.reporter_name)
        self.reporter_name.setAccessibleName(self.tr("Your name"))
        self.reporter_contact = QLineEdit(self.settings.reporter_contact)
        self.reporter_contact.setAccessibleName(self.tr("Your email or phone"))
        self.reporter_contact.setPlaceholderText(self.tr("email or phone number"))
        about = QGroupBox(self.tr("About you (written into the package, optional)"))
        about_form = QFormLayout(about)
        about_form.addRow(self.tr("Your &name:"), self.reporter_name)
        about_form.addRow(self.tr("How to &reach you:"), self.reporter_contact)

        # Where to
        self.folder = QLineEdit(self.settings.export_folder or str(Path.home()))
        self.folder.setAccessibleName(self.tr("Folder to save the package in"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the folder"))
        self.choose_button.clicked.connect(self.choose_folder)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Save &in:")))
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose_button)
        where.itemAt(0).widget().setBuddy(self.folder)  # type: ignore[attr-defined]

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        # Where it goes first: on a short screen the rest scrolls, and a walk-through never
        # saw this row at the bottom (the package went to her home folder unnoticed).
        layout.addLayout(where)
        layout.addWidget(self.include)
        layout.addWidget(self.password_box)
        layout.addWidget(about)
        return page

    # --------------------------------------------------------------- choices
    def choose_folder(self) -> None:
        chosen = dialogs.choose_folder(
            self, self.tr("Where should the package be saved?"), self.folder.text()
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    def options(self) -> ExportOptions | None:
        """The choices as export options, or None after telling the user what is missing."""
        problem = self.tr("Cannot export yet")
        wrong = self.include.problem()  # the first day after the last, no call ticked
        if wrong is not None:
            dialogs.error(self, problem, wrong)
            return None
        date_from, date_to = self.include.dates()
        calls = self.include.calls()
        # The export's own refusal (a ticked call outside the dates, dates without a contact),
        # said before anything starts, in the same words.
        refused = selection_problem(self.workspace, self.case.id, date_from, date_to, calls)
        if refused is not None:
            dialogs.error(self, problem, refusal_text(refused))
            return None
        if self.password_box.refused(self, problem):  # a password missing, or typed differently
            return None
        password = self.password_box.chosen_password()
        if not self.folder.text().strip():
            dialogs.error(self, problem, self.tr("Choose a folder to save the package in."))
            return None
        return ExportOptions(
            language=str(self.language.currentData()),
            date_from=date_from,
            date_to=date_to,
            calls=calls,
            make_zip=self.make_zip.isChecked(),
            password=password,
            contact_name=self.reporter_name.text().strip(),
        )

    def _short_password_accepted(self, password: str | None) -> bool:
        """A password under SHORT_PASSWORD characters is allowed, after a warning; "No" goes
        back to the password box."""
        if password is None or len(password) >= SHORT_PASSWORD:
            return True
        if dialogs.confirm(
            self,
            self.tr("Short password"),
            self.tr(
                "This password has only %n character(s): someone who gets the zip could guess "
                "it. A passphrase of several words, 10 characters or more, is much safer and "
                "still easy to read out on the phone.\n\nExport with this password anyway?",
                "",
                len(password),
            ),
        ):
            return True
        self.password.setFocus()
        self.password.selectAll()
        return False

    def _remember(self, folder: Path) -> None:
        settings = settings_module.load(self.workspace.data_dir)
        settings.reporter_name = self.reporter_name.text().strip()
        settings.reporter_contact = self.reporter_contact.text().strip()
        settings.export_folder = str(folder)
        # Remembering is a convenience; the export does not depend on it.
        with contextlib.suppress(OSError):
            settings_module.save(self.workspace.data_dir, settings)

    # ---------------------------------------------------------------- export
    def start_export(self) -> None:
        if self.job.running:
            return
        options = self.options()
        if options is None or not self._short_password_accepted(options.password):
            return
        folder = Path(self.folder.text().strip()).expanduser().absolute()
        self._remember(folder)
        self._set_running(True)
        self.progress.show_progress(0.0, "reading the case")
        ws, case_id = self.workspace, self.case.id
        self.job.start(
            lambda progress, cancel: export_case(ws, case_id, folder, options, progress, cancel)
        )

    def _set_running(self, running: bool) -> None:
        self.form_page.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel export") if running else self.tr("Cancel"))
        if running:
            self.cancel_button.setFocus()

    def _progressed(self, fraction: float, message: str) -> None:
        if not self.job.cancel_requested:
            self.progress.show_progress(fraction, message)

    def cancel_export(self) -> None:
        if self.job.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.message.setText(self.tr("Stopping… nothing will be left behind."))

    def _finished(self, result: ExportResult) -> None:
        self._set_running(False)
        self.result = result
        self.exported.emit(result)
        if self._close_when_stopped:
            super().reject()
            return
        self._show_result(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if self._close_when_stopped:
            super().reject()
            return
        if isinstance(exc, ExportCancelled):
            self.progress.hide()
            dialogs.info(
                self,
                self.tr("Export cancelled"),
                self.tr("The export was cancelled. Nothing was written to the folder."),
            )
        elif isinstance(exc, ExportError):
            dialogs.error(
                self,
                self.tr("The package could not be made"),
                self.tr("Nothing was written. The reason:") + "\n\n" + error_text(exc),
            )
        else:
            dialogs.error(
                self,
                self.tr("The package could not be made"),
                self.tr("Something unexpected went wrong; nothing was kept. Details:")
                + f"\n\n{type(exc).__name__}: {exc}",
            )

    def _show_result(self, result: ExportResult) -> None:
        self.pages.setCurrentWidget(self.result_page)
        self.export_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.result_page.show_result(
            result, self._held_text(result), encrypted=self.encrypt.isChecked()
        )
        self.open_folder_button.setFocus()
        self.pages.removeWidget(self.form_scroll)  # so the dialog can shrink to the result
        self.form_scroll.hide()
        QTimer.singleShot(0, self._fit_height)

    def _held_text(self, result: ExportResult) -> str:
        """What the package holds, in words (said here: its plural forms are tr() calls)."""
        # Every file as the check counts them: "14 files in all" (data/ alone) beside
        # the check's "20 files" read as six lost (a walk-through).
        return (
            self.tr(
                "%1, %2; %3 with a fingerprint in the package (%4 in data/, %5 that describe "
                "and sign it)."
            )
            .replace("%1", self.tr("%n recording(s)", "", result.recordings))
            .replace("%2", self.tr("%n attachment(s)", "", result.attachments))
            .replace("%3", self.tr("%n file(s)", "", result.checked_files))
            .replace("%4", localefmt.number_text(result.files))
            .replace("%5", localefmt.number_text(result.checked_files - result.files))
        )

    def _fit_height(self) -> None:
        """The dialog as tall as its page wants, taller or shorter than it is."""
        for page_layout in (
            self.pages.currentWidget().layout(),
            self.pages.layout(),
            self.layout(),
        ):
            if page_layout is not None:
                page_layout.invalidate()
                page_layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    # ------------------------------------------------------------- closing
    def stop_work(self, closing: bool) -> None:
        """Esc / Cancel / Close: stop a running export first (it removes what it wrote); the
        window's close button then closes the dialog once it has stopped."""
        if closing:
            self._close_when_stopped = True
        self.cancel_export()


__all__ = ["ExportDialog", "VerifyDialog"]
