"""“Export for my lawyer”: make the evidence package of one case, and check a package later.

:class:`ExportDialog` gathers the choices (report language, dates, calls, zip, password,
who is exporting, where to), runs ``evidence.export_case`` on a worker thread with a progress
bar and a Cancel button that really stops it, then says where the package is.

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
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_module
from ..contactday import contact_day
from ..evidence.export import ExportCancelled, ExportError, ExportOptions, ExportResult, export_case
from ..evidence.selection import selection_problem
from ..messages import sentences
from ..store import Workspace
from ..store.enums import date_only
from ..store.phones import pretty
from ..timefmt import duration_text
from . import dialogs, labels, localefmt
from .busyguard import BusyGuard
from .errors import error_text, message_text
from .export_task import (
    CALM_GREEN,
    CALM_RED,
    BackgroundJob,
    ProgressRow,
    content_language,
    note_label,
)
from .export_verify import VerifyDialog

LANGUAGE_NAMES = (("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))
SHORT_PASSWORD = 10  # characters; a shorter password gets a warning (not a refusal)


class ExportDialog(BusyGuard, QDialog):
    """Make the evidence package of ``case_id``. Emits :attr:`exported` when one exists."""

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
        self.result_page = self._build_result()
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

    def _calls_shown(self, shown: bool) -> None:
        """The list of calls takes room only once the user chooses to tick calls."""
        self.call_list.setVisible(shown)
        self.calls_note.setVisible(shown)
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
            self.resize(self.width(), self.sizeHint().height())

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
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Report language"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(content_language(self.workspace)))
        )
        events = self.workspace.cases.events(self.case.id)
        # The days the first and last contacts are listed on (a letter's written date)
        days = [contact_day(e.started_at, e.timezone, dated=date_only(e.kind)) for e in events]
        first, last = (min(days), max(days)) if days else (None, None)
        self.limit_dates = QCheckBox(self.tr("Only contacts &from"))
        self.limit_dates.setAccessibleName(self.tr("Only contacts between two dates"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, value, name in (
            (self.date_from, first, self.tr("First day")),
            (self.date_to, last, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            day = value or dt.date.today()
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(False)
            self.limit_dates.toggled.connect(edit.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.limit_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)

        self.all_calls = QRadioButton(self.tr("&All contacts and recorded calls"))
        self.some_calls = QRadioButton(self.tr("Only the calls I &tick:"))
        self.all_calls.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_calls)
        group.addButton(self.some_calls)
        self.call_list = QListWidget()
        self.call_list.setAccessibleName(self.tr("Recorded calls to include"))
        self.call_list.setMinimumHeight(72)
        self.call_list.setMaximumHeight(120)
        recorded = {r.event_id: r for r in self.workspace.recordings.recordings(self.case.id)}
        for event in events:
            recording = recorded.get(event.id)
            if recording is None:
                continue
            who = event.party.name if event.party else ""
            number = (
                pretty(event.phone_number.e164, event.phone_number.raw)
                if event.phone_number
                else ""
            )
            seconds = (recording.frames or 0) / (recording.sample_rate or 1)
            parts = [
                localefmt.moment_text(event.started_at, event.timezone),
                labels.event_kind(event.kind),
            ]
            parts += [p for p in (number, who, duration_text(seconds)) if p]
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.call_list.addItem(item)
        # What ticking calls means: the package then holds those calls and nothing else of
        # the case (a lawyer who asked for three calls expects three contacts).
        self.calls_note = note_label(
            self.tr(
                "The package will hold only these calls, with their recordings, marks and "
                "files, and the promises noted on them. Files attached to the case itself are "
                "always included. Possible issues are still checked against the whole case, "
                "and the report says that the package is a selection."
            )
        )
        self.call_list.hide()  # shown once "Only the calls I tick" is chosen
        self.calls_note.hide()
        if not self.call_list.count():
            self.some_calls.setEnabled(False)
            self.all_calls.setText(self.tr("&All contacts (this case has no recorded calls yet)"))
        calls = QVBoxLayout()
        calls.addWidget(self.all_calls)
        calls.addWidget(self.some_calls)
        calls.addWidget(self.call_list)
        calls.addWidget(self.calls_note)

        include = QGroupBox(self.tr("What to include"))
        form = QFormLayout(include)
        form.addRow(self.tr("Report &language:"), self.language)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Calls:"), calls)

        # How it is packed
        self.make_zip = QCheckBox(self.tr("Also make a single .&zip file (easier to send)"))
        self.encrypt = QCheckBox(self.tr("&Protect with a password (makes an encrypted .zip only)"))
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        for edit, name in (
            (self.password, self.tr("Password")),
            (self.password_again, self.tr("Password again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password_again.setPlaceholderText(self.tr("Type it again"))
        passwords = QHBoxLayout()
        passwords.addWidget(self.password)
        passwords.addWidget(self.password_again)
        self.password_note = note_label(
            sentences(
                self.tr(
                    "The password is never saved. Send it to your lawyer separately — by phone "
                    "or in a different message, never together with the file. If it is lost, "
                    "nobody can open the package."
                ),
                self.tr(
                    "The zip is encrypted with AES-256: Windows cannot open it by itself, so "
                    "tell your lawyer to use the free 7-Zip (macOS: Keka or The Unarchiver)."
                ),
            )
        )
        self.names_note = note_label(
            self.tr(
                "The names of the files inside the zip (with the case reference and the dates "
                "of the calls) can be seen without the password; their contents cannot."
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
        # Then the dialog grows to show them, as far as the screen lets it (it kept its height
        # and "About you" went below the fold: a walk-through).
        self.encrypt.toggled.connect(self._passwords_shown)
        packing = QGroupBox(self.tr("Files"))
        packing_layout = QVBoxLayout(packing)
        packing_layout.addWidget(self.make_zip)
        packing_layout.addWidget(self.encrypt)
        packing_layout.addLayout(passwords)
        packing_layout.addWidget(self.password_note)
        packing_layout.addWidget(self.names_note)

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
        layout.addWidget(include)
        layout.addWidget(packing)
        layout.addWidget(about)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        self.result_title = QLabel()
        self.result_title.setWordWrap(True)
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_text.setAccessibleName(self.tr("Where the package is"))
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Signing key fingerprint"))
        self.next_steps = note_label("")  # says folder, zip file or both: see _show_result
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color:{CALM_RED};")
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_report_button = QPushButton(self.tr("Open &report"))
        self.open_report_button.clicked.connect(self.open_report)
        actions = QHBoxLayout()
        actions.addWidget(self.open_folder_button)
        actions.addWidget(self.open_report_button)
        actions.addStretch(1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text)
        layout.addWidget(line)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.next_steps)
        layout.addWidget(self.warnings)
        layout.addLayout(actions)
        layout.addStretch(1)
        return page

    # --------------------------------------------------------------- choices
    def choose_folder(self) -> None:
        chosen = dialogs.choose_folder(
            self, self.tr("Where should the package be saved?"), self.folder.text()
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    def ticked_calls(self) -> list[int]:
        ids = []
        for row in range(self.call_list.count()):
            item = self.call_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def options(self) -> ExportOptions | None:
        """The choices as export options, or None after telling the user what is missing."""
        problem = self.tr("Cannot export yet")
        date_from = date_to = None
        if self.limit_dates.isChecked():
            date_from = self.date_from.date().toPython()
            date_to = self.date_to.date().toPython()
            if date_from > date_to:
                dialogs.error(self, problem, self.tr("The first day is after the last day."))
                return None
        calls = None
        if self.some_calls.isChecked():
            calls = self.ticked_calls()
            if not calls:
                dialogs.error(
                    self,
                    problem,
                    self.tr("Tick at least one call, or choose “All contacts and recorded calls”."),
                )
                return None
        # The export's own refusal (a ticked call outside the dates, dates without a contact),
        # said before anything starts, in the same words.
        refused = selection_problem(self.workspace, self.case.id, date_from, date_to, calls)
        if refused is not None:
            dialogs.error(self, problem, message_text(refused))
            return None
        password = None
        if self.encrypt.isChecked():
            password = self.password.text()
            if not password:
                dialogs.error(
                    self,
                    problem,
                    self.tr("Type a password twice, or untick “Protect with a password”."),
                )
                self.password.setFocus()
                return None
            if password != self.password_again.text():
                dialogs.error(
                    self,
                    problem,
                    self.tr(
                        "The two passwords are not the same. Please type the same password "
                        "in both boxes."
                    ),
                )
                self.password_again.clear()
                self.password_again.setFocus()
                return None
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
        self.result_title.setText(
            f'<span style="color:{CALM_GREEN};font-size:14pt"><b>'
            + self.tr("Your package is ready.")
            + "</b></span>"
        )
        lines = []
        if result.folder is not None:
            lines.append(self.tr("Folder: %1").replace("%1", str(result.folder)))
        if result.zip_path is not None:
            lines.append(self.tr("Zip file: %1").replace("%1", str(result.zip_path)))
        lines.append(
            # Every file as the check counts them: "14 files in all" (data/ alone) beside
            # the check's "20 files" read as six lost (a walk-through).
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
        if result.note_path is not None:
            lines.append(
                self.tr("How to open the zip (send it with the zip): %1").replace(
                    "%1", str(result.note_path)
                )
            )
        if self.encrypt.isChecked():
            lines.append(self.tr("The zip is encrypted. Remember to send the password separately."))
        self.result_text.setText("\n".join(lines))
        self.next_steps.setText(self._next_steps(result))
        self.fingerprint.setText(
            self.tr(
                "Signed with this computer's key. Its fingerprint:<br><b><tt>%1</tt></b><br>"
                "The same fingerprint is printed on the first page of the report; your lawyer "
                "can compare them."
            ).replace("%1", result.fingerprint)
        )
        self.warnings.setText("\n".join(result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        has_report = self.report_path() is not None
        self.open_report_button.setEnabled(has_report)
        if not has_report:
            self.open_report_button.setToolTip(
                self.tr("The report is inside the encrypted zip; open the zip with the password.")
            )
        self.open_folder_button.setFocus()
        self.pages.removeWidget(self.form_scroll)  # so the dialog can shrink to the result
        self.form_scroll.hide()
        QTimer.singleShot(0, self._fit_height)

    def _next_steps(self, result: ExportResult) -> str:
        """What to give the lawyer: the folder, the zip file, or either (whatever was made)."""
        if result.folder is not None and result.zip_path is not None:
            return self.tr(
                "Next: give your lawyer this folder or this zip file (they hold the same), for "
                "example on a USB stick or through an upload link they send you. Inside, "
                "data/report holds the report to read (a web page and a PDF), and VERIFY.txt "
                "explains how anyone can check that nothing was changed."
            )
        if result.note_path is not None:
            return self.tr(
                "Next: give your lawyer this zip file and the note beside it, which says how to "
                "open it, for example on a USB stick or through an upload link they send you; "
                "tell them the password another way. Inside, data/report holds the report to "
                "read (a web page and a PDF), and VERIFY.txt explains how anyone can check that "
                "nothing was changed."
            )
        if result.zip_path is not None:
            return self.tr(
                "Next: give your lawyer this zip file, for example on a USB stick or through an "
                "upload link they send you. Inside, data/report holds the report to read (a web "
                "page and a PDF), and VERIFY.txt explains how anyone can check that nothing was "
                "changed."
            )
        return self.tr(
            "Next: give your lawyer this folder, for example on a USB stick or through an upload "
            "link they send you. Inside, data/report holds the report to read (a web page and a "
            "PDF), and VERIFY.txt explains how anyone can check that nothing was changed."
        )

    def _fit_height(self) -> None:
        for page_layout in (self.result_page.layout(), self.layout()):
            page_layout.invalidate()
            page_layout.activate()
        self.resize(self.width(), self.sizeHint().height())

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

    # ------------------------------------------------------------- closing
    def stop_work(self, closing: bool) -> None:
        """Esc / Cancel / Close: stop a running export first (it removes what it wrote); the
        window's close button then closes the dialog once it has stopped."""
        if closing:
            self._close_when_stopped = True
        self.cancel_export()


__all__ = ["ExportDialog", "VerifyDialog"]
