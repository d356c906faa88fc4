"""What goes into the evidence package: the report's language, the dates, the calls.

All contacts and recorded calls by default. The dates start as the days of the case's first
and last contacts (a letter's written date), and only count once ticked. Ticking calls (any
call, missed call or voicemail: ``export_calls``) makes a package of those calls and nothing
else of the case: the note under the list says so, and the list takes room only once that is
chosen. With dates, only the calls on those days are listed.

Its texts are the export dialog's: they are translated in the ExportDialog context.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..contactday import contact_day
from ..evidence.selection import in_range
from ..store import Workspace
from ..store.enums import date_only
from .export_calls import CallList
from .export_task import content_language, note_label
from .i18n import fill

LANGUAGE_NAMES = (("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))


class IncludeBox(QGroupBox):
    """“What to include”: the report language (``language``), the dates (``limit_dates``,
    ``date_from``, ``date_to``) and the calls (``all_calls``, ``some_calls``, ``call_list``).
    Emits :attr:`calls_filtered` when the dates have changed which calls are listed."""

    calls_filtered = Signal()

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ExportDialog", "What to include"), parent)
        self.language = QComboBox()
        self.language.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Report language")
        )
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(content_language(workspace))))
        self.case_title = workspace.cases.case(case_id).title
        events = workspace.cases.events(case_id)
        # The days the contacts are listed on (a letter's written date), as the export
        # chooses them (withdrawn ones too)
        self.days = sorted(
            contact_day(e.started_at, e.timezone, dated=date_only(e.kind)) for e in events
        )
        first, last = (self.days[0], self.days[-1]) if self.days else (None, None)
        self.limit_dates = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Only contacts &from")
        )
        self.limit_dates.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Only contacts between two dates")
        )
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, value, name in (
            (self.date_from, first, QCoreApplication.translate("ExportDialog", "First day")),
            (self.date_to, last, QCoreApplication.translate("ExportDialog", "Last day")),
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
        dates.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)

        self.all_calls = QRadioButton(
            QCoreApplication.translate("ExportDialog", "&All contacts and recorded calls")
        )
        self.some_calls = QRadioButton(
            QCoreApplication.translate("ExportDialog", "Only the calls I &tick:")
        )
        self.all_calls.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_calls)
        group.addButton(self.some_calls)
        # Every call, missed call and voicemail (what --calls takes), recorded or not
        self.call_list = CallList(workspace, case_id)
        self.call_list.setMinimumHeight(96)
        self.call_list.setMaximumHeight(200)
        # What ticking calls means: the package then holds those calls and nothing else of
        # the case (a lawyer who asked for three calls expects three contacts).
        self.calls_note = note_label(
            QCoreApplication.translate(
                "ExportDialog",
                "The package will hold only these calls, with their recordings, marks and "
                "files, and the promises noted on them. Files attached to the case itself are "
                "always included. Possible issues are still checked against the whole case, "
                "and the report says that the package is a selection.",
            )
        )
        # How many calls the dates leave out of the list (or that none is left)
        self.outside_note = note_label("")
        self.call_list.hide()  # shown once "Only the calls I tick" is chosen
        self.calls_note.hide()
        self.outside_note.hide()
        if not self.call_list.topLevelItemCount():
            self.some_calls.setEnabled(False)
            self.all_calls.setText(
                QCoreApplication.translate(
                    "ExportDialog", "&All contacts (this case has no calls yet)"
                )
            )
        calls = QVBoxLayout()
        calls.addWidget(self.all_calls)
        calls.addWidget(self.some_calls)
        calls.addWidget(self.call_list)
        calls.addWidget(self.outside_note)
        calls.addWidget(self.calls_note)
        self.limit_dates.toggled.connect(self._dates_changed)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)

        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ExportDialog", "Report &language:"), self.language)
        form.addRow(QCoreApplication.translate("ExportDialog", "Dates:"), dates)
        form.addRow(QCoreApplication.translate("ExportDialog", "Calls:"), calls)

    def show_calls(self, shown: bool) -> None:
        """The list of calls takes room only once the user chooses to tick calls."""
        self.call_list.setVisible(shown)
        self.calls_note.setVisible(shown)
        self.outside_note.setVisible(shown and bool(self.outside_note.text()))

    def _dates_changed(self) -> None:
        """List only the calls on the chosen days, and say how many are not listed."""
        date_from, date_to = self.dates()
        self.call_list.show_days(date_from, date_to)
        self.outside_note.setText(self.call_list.outside_text())
        self.show_calls(self.some_calls.isChecked())
        self.calls_filtered.emit()

    def ticked_calls(self) -> list[int]:
        """The calls ticked among those listed (on the chosen dates)."""
        return self.call_list.ticked()

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day of the contacts to include; None, None: every day."""
        if not self.limit_dates.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def calls(self) -> list[int] | None:
        """The calls ticked (their contacts' ids); None: all contacts and recorded calls."""
        return self.ticked_calls() if self.some_calls.isChecked() else None

    def problem(self) -> str | None:
        """Why this choice cannot be exported, in words (the first day after the last, no
        contact on the days, no call ticked, a ticked call changed elsewhere since), or None.

        The export refuses the same choices (``selection.check_selection``) in the command
        line's words; these are the window's: the case by its title, a call by its time and
        caller (never by a number the window does not show)."""
        date_from, date_to = self.dates()
        if date_from is not None and date_to is not None and date_from > date_to:
            return QCoreApplication.translate(
                "ExportDialog", "The first day is after the last day."
            )
        if self.limit_dates.isChecked() and not any(
            in_range(day, date_from, date_to) for day in self.days
        ):
            return self._no_contacts_text(date_from, date_to)
        if self.some_calls.isChecked() and not self.ticked_calls():
            if not self.call_list.listed():
                return QCoreApplication.translate(
                    "ExportDialog",
                    "No call of this case is on the chosen dates: choose other dates, or "
                    "“All contacts and recorded calls”.",
                )
            return QCoreApplication.translate(
                "ExportDialog",
                "Tick at least one call, or choose “All contacts and recorded calls”.",
            )
        if self.some_calls.isChecked():
            changed = self.call_list.changed(date_from, date_to)
            if changed is not None:
                return fill(
                    QCoreApplication.translate(
                        "ExportDialog",
                        "A ticked call, %1, was changed or removed after this window was "
                        "opened. Close the window and open it again to choose from the calls "
                        "as they are now.",
                    ),
                    changed,
                )
        return None

    def _no_contacts_text(self, date_from: dt.date | None, date_to: dt.date | None) -> str:
        first = date_from.isoformat() if date_from else "…"
        last = date_to.isoformat() if date_to else "…"
        if not self.days:
            return fill(
                QCoreApplication.translate(
                    "ExportDialog",
                    "“%1” has no contacts yet, so none are between %2 and %3: export without "
                    "dates.",
                ),
                self.case_title,
                first,
                last,
            )
        return fill(
            QCoreApplication.translate(
                "ExportDialog",
                "“%1” has no contacts between %2 and %3; its contacts are from %4 to %5.",
            ),
            self.case_title,
            first,
            last,
            self.days[0].isoformat(),
            self.days[-1].isoformat(),
        )
