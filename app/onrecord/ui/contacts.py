"""The case's contact log as a table: every call, missed call, message, letter and visit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..store import Workspace
from ..store.models import ContactEvent
from ..store.phones import pretty
from ..timefmt import duration_text, local_text
from . import labels
from .tablemodel import Column, RowsModel


class ContactsPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model: RowsModel[ContactEvent] = RowsModel(
            [
                Column(
                    self.tr("When (local time)"), lambda e: local_text(e.started_at, e.timezone)
                ),
                Column(self.tr("What"), lambda e: labels.event_kind(e.kind)),
                Column(self.tr("Direction"), lambda e: labels.direction(e.direction)),
                Column(
                    self.tr("Number"),
                    lambda e: (
                        pretty(e.phone_number.e164, e.phone_number.raw) if e.phone_number else ""
                    ),
                ),
                Column(self.tr("Who"), lambda e: e.party.name if e.party else ""),
                Column(self.tr("Length"), lambda e: duration_text(e.duration_s)),
                Column(self.tr("Source"), lambda e: labels.event_source(e.source)),
                Column(
                    self.tr("Summary"),
                    lambda e: e.summary.splitlines()[0] if e.summary else "",
                    tooltip=lambda e: e.summary,
                ),
            ]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Contact log"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)

    def show_case(self, case_id: int | None) -> None:
        events = self.workspace.cases.events(case_id) if case_id is not None else []
        self.model.set_rows(events)
        if not events:
            self.summary.setText(self.tr("No contact attempts logged yet."))
            return
        first, last = events[0], events[-1]
        self.summary.setText(
            self.tr("%n contact attempt(s) from %1 to %2", "", len(events))
            .replace("%1", local_text(first.started_at, first.timezone))
            .replace("%2", local_text(last.started_at, last.timezone))
        )
        self.view.scrollToBottom()
