"""The export dialog's calls to tick: every call, missed call and voicemail of the case.

What ``onrecord export --calls`` takes, the window offers: recorded or not (a walk-through
could not tick the logged, unrecorded threats of two evenings). Each row says what tells the
calls apart (the same walk-through found four rows that read only "Call · 0:14"): when, what,
who, how long, whether it was recorded, and its tags or the start of its note.

With dates chosen, only the calls on those days are listed and only those count as ticked, so
the window cannot ask for a call outside its dates; ``outside`` says how many are not listed.
A call is named in the window's messages by its time, kind and caller, never by its number in
the database (which the user never sees).

Its texts are the export dialog's (ExportDialog context), but for a counted one (ExportCalls:
``self.tr`` is what lupdate reads as a plural); the column names and "● recorded" are the
timeline's (Timeline context): the same words for the same things.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ..contactday import contact_day
from ..evidence.selection import CALL_KINDS, in_range
from ..store import Workspace
from ..store.enums import date_only
from ..store.search import EventRow, timeline_rows
from ..timefmt import duration_text
from . import labels, localefmt
from .review.marks import ui_language

COL_WHEN, COL_WHAT, COL_WHO, COL_LENGTH, COL_RECORDING, COL_NOTES = range(6)
WITHDRAWN = QColor("#7b8190")  # grey, as in the timeline: listed, counted for nothing


def _day(row: EventRow) -> dt.date:
    """The day the row is listed on, as ``selection.local_day`` chooses it for the export."""
    return contact_day(row.local, row.local.tzinfo or dt.UTC, dated=date_only(row.kind))


def caller(row: EventRow) -> str:
    """Who called: the collector's name, else the number, else "unknown caller"."""
    return (
        row.party
        or labels.number_text(row.number)
        or QCoreApplication.translate("ExportDialog", "unknown caller")
    )


def described(row: EventRow) -> str:
    """A call as the window's messages name it: 3/3/2026 7:40 AM (Call, Mr Wang)."""
    return (
        QCoreApplication.translate("ExportDialog", "%1 (%2, %3)", "a call: when (kind, caller)")
        .replace("%1", localefmt.wall_text(row.local, zone=False))
        .replace("%2", labels.event_kind(row.kind))
        .replace("%3", caller(row))
    )


class ExportCalls(QObject):
    """The list's counted words. A QObject because pyside6-lupdate reads self.tr(text, "", n)
    as a plural but QCoreApplication.translate(context, text, "", n) as one form."""

    def outside(self, calls: int) -> str:
        return self.tr("%n call(s) outside the chosen dates are not listed.", "", calls)


_WORDS = ExportCalls()


class CallList(QTreeWidget):
    """The case's calls, each with a tick; :meth:`ticked` gives those ticked and listed."""

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id = case_id
        self.language = ui_language()
        self.setAccessibleName(QCoreApplication.translate("ExportDialog", "Calls to include"))
        self.setHeaderLabels(
            [
                QCoreApplication.translate("Timeline", "When (local time)"),
                QCoreApplication.translate("Timeline", "What"),
                QCoreApplication.translate("Timeline", "Who"),
                QCoreApplication.translate("Timeline", "Length"),
                QCoreApplication.translate("Timeline", "Recording"),
                QCoreApplication.translate("ExportDialog", "Tags and note"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows: dict[int, EventRow] = {}
        for row in timeline_rows(workspace.store, case_id):
            if row.kind in CALL_KINDS:
                self.rows[row.id] = row
                self.addTopLevelItem(self._item(row))
        # Each column as wide as its text, but a long name or number is cut (its tooltip
        # holds it), so that the tags and note keep room; what does not fit is cut short
        # (the tooltips hold it all), never a sideways scroll bar over the last row.
        header = self.header()
        header.setStretchLastSection(True)
        em = self.fontMetrics().averageCharWidth() * 2
        for column in range(COL_NOTES):
            self.resizeColumnToContents(column)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(COL_WHO, min(self.columnWidth(COL_WHO), 6 * em))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outside = 0  # calls not listed: outside the chosen dates

    def _item(self, row: EventRow) -> QTreeWidgetItem:
        what = labels.event_kind(row.kind) + ("  ↗" if row.direction == "outgoing" else "")
        if row.has_recording:
            recording = QCoreApplication.translate("Timeline", "● recorded")
        elif row.kind == "call":
            recording = QCoreApplication.translate("ExportDialog", "not recorded")
        else:
            recording = ""  # a missed call or a voicemail is not a call one records
        item = QTreeWidgetItem(
            [
                localefmt.wall_text(row.local, zone=False),
                what,
                caller(row),
                duration_text(row.duration_s) if row.duration_s is not None else "",
                recording,
                self._notes(row),
            ]
        )
        item.setData(COL_WHEN, Qt.ItemDataRole.UserRole, row.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(COL_WHEN, Qt.CheckState.Unchecked)
        item.setToolTip(COL_WHEN, localefmt.wall_text(row.local, seconds=True))
        item.setToolTip(COL_WHAT, labels.direction(row.direction))
        item.setToolTip(
            COL_WHO, " · ".join(x for x in (row.party, labels.number_text(row.number)) if x)
        )
        item.setToolTip(COL_NOTES, self._notes(row, whole=True))
        item.setData(COL_WHEN, Qt.ItemDataRole.AccessibleTextRole, described(row))
        if row.withdrawn:
            for column in range(self.columnCount()):
                item.setForeground(column, QBrush(WITHDRAWN))
        return item

    def _notes(self, row: EventRow, *, whole: bool = False) -> str:
        """Withdrawn, the tags (on the call and its marks), the note: its first line (which
        the list cuts short where it must), or all of it."""
        withdrawn = ""
        if row.withdrawn:
            withdrawn = QCoreApplication.translate("Timeline", "Withdrawn, not counted: %1")
            withdrawn = withdrawn.replace("%1", row.withdrawn_reason)
        tags = labels.tag_list(row.tags, self.language)
        facts, note = labels.contact_notes(
            row.source, row.source_detail, row.summary.strip(), row.confirmations, row.duration_s
        )
        if not whole:
            note = note.split("\n", 1)[0]
        return ("\n" if whole else " · ").join(x for x in (withdrawn, tags, facts, note) if x)

    # ------------------------------------------------------------------ ticks
    def items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def event_id(self, item: QTreeWidgetItem) -> int:
        return int(item.data(COL_WHEN, Qt.ItemDataRole.UserRole))

    def ticked(self) -> list[int]:
        """The calls ticked among those listed (a ticked call hidden by the dates is not)."""
        return [
            self.event_id(item)
            for item in self.items()
            if not item.isHidden() and item.checkState(COL_WHEN) == Qt.CheckState.Checked
        ]

    def listed(self) -> list[int]:
        return [self.event_id(item) for item in self.items() if not item.isHidden()]

    def show_days(self, date_from: dt.date | None, date_to: dt.date | None) -> None:
        """List only the calls on these days (None, None: all of them); ticks are kept."""
        self.outside = 0
        for item in self.items():
            inside = in_range(_day(self.rows[self.event_id(item)]), date_from, date_to)
            item.setHidden(not inside)
            self.outside += not inside

    def outside_text(self) -> str:
        """What the dates leave out of the list, in words ("" when they leave out nothing)."""
        if not self.outside:
            return ""
        if not self.listed():
            return QCoreApplication.translate(
                "ExportDialog", "No call of this case is on the chosen dates."
            )
        return _WORDS.outside(self.outside)

    def changed(self, date_from: dt.date | None, date_to: dt.date | None) -> str | None:
        """A ticked call that, read again now, is no longer a call of the case on these days
        (changed or removed elsewhere after the window was opened), named; else None."""
        now = {row.id: row for row in timeline_rows(self.workspace.store, self.case_id)}
        for event_id in self.ticked():
            row = now.get(event_id)
            if (
                row is None
                or row.kind not in CALL_KINDS
                or not in_range(_day(row), date_from, date_to)
            ):
                return described(self.rows[event_id])
        return None
