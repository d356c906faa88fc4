"""What goes into the evidence package: the report's language, the dates, the calls.

All contacts and recorded calls by default. The dates start as the days of the case's first
and last contacts (a letter's written date), and only count once ticked. Ticking calls makes a
package of those calls and nothing else of the case: the note under the list says so, and the
list takes room only once that is chosen.

Its texts are the export dialog's: they are translated in the ExportDialog context.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..contactday import contact_day
from ..store import Workspace
from ..store.enums import date_only
from ..store.phones import pretty
from ..timefmt import duration_text
from . import labels, localefmt
from .export_task import content_language, note_label

LANGUAGE_NAMES = (("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))


class IncludeBox(QGroupBox):
    """“What to include”: the report language (``language``), the dates (``limit_dates``,
    ``date_from``, ``date_to``) and the calls (``all_calls``, ``some_calls``, ``call_list``)."""

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ExportDialog", "What to include"), parent)
        self.language = QComboBox()
        self.language.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Report language")
        )
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(content_language(workspace))))
        events = workspace.cases.events(case_id)
        # The days the first and last contacts are listed on (a letter's written date)
        days = [contact_day(e.started_at, e.timezone, dated=date_only(e.kind)) for e in events]
        first, last = (min(days), max(days)) if days else (None, None)
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
        self.call_list = QListWidget()
        self.call_list.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Recorded calls to include")
        )
        self.call_list.setMinimumHeight(72)
        self.call_list.setMaximumHeight(120)
        recorded = {r.event_id: r for r in workspace.recordings.recordings(case_id)}
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
            QCoreApplication.translate(
                "ExportDialog",
                "The package will hold only these calls, with their recordings, marks and "
                "files, and the promises noted on them. Files attached to the case itself are "
                "always included. Possible issues are still checked against the whole case, "
                "and the report says that the package is a selection.",
            )
        )
        self.call_list.hide()  # shown once "Only the calls I tick" is chosen
        self.calls_note.hide()
        if not self.call_list.count():
            self.some_calls.setEnabled(False)
            self.all_calls.setText(
                QCoreApplication.translate(
                    "ExportDialog", "&All contacts (this case has no recorded calls yet)"
                )
            )
        calls = QVBoxLayout()
        calls.addWidget(self.all_calls)
        calls.addWidget(self.some_calls)
        calls.addWidget(self.call_list)
        calls.addWidget(self.calls_note)

        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ExportDialog", "Report &language:"), self.language)
        form.addRow(QCoreApplication.translate("ExportDialog", "Dates:"), dates)
        form.addRow(QCoreApplication.translate("ExportDialog", "Calls:"), calls)

    def show_calls(self, shown: bool) -> None:
        """The list of calls takes room only once the user chooses to tick calls."""
        self.call_list.setVisible(shown)
        self.calls_note.setVisible(shown)

    def ticked_calls(self) -> list[int]:
        ids = []
        for row in range(self.call_list.count()):
            item = self.call_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

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
        call ticked), or None."""
        date_from, date_to = self.dates()
        if date_from is not None and date_to is not None and date_from > date_to:
            return QCoreApplication.translate(
                "ExportDialog", "The first day is after the last day."
            )
        if self.some_calls.isChecked() and not self.ticked_calls():
            return QCoreApplication.translate(
                "ExportDialog",
                "Tick at least one call, or choose “All contacts and recorded calls”.",
            )
        return None
