"""The case's contact log as a table: every call, missed call, message, letter and visit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..store import StoreError, Workspace
from ..store.models import ContactEvent
from ..store.phones import pretty
from ..timefmt import duration_text, local_text
from . import dialogs, labels
from .tablemodel import Column, RowsModel


class MoveDialog(QDialog):
    """Choose the case an event belongs to."""

    def __init__(self, cases: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to another case"))
        self.case = QComboBox()
        self.case.setAccessibleName(self.tr("Case"))
        for case_id, title in cases:
            self.case.addItem(title, case_id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File this contact under:")))
        layout.addWidget(self.case)
        layout.addWidget(buttons)


class ContactsPanel(QWidget):
    events_moved = Signal(int)  # the case they moved to

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        #: Runs a dialog; tests replace it to fill in and accept the dialog.
        self.run_dialog: Callable[[QDialog], bool] = lambda d: (
            d.exec() == QDialog.DialogCode.Accepted
        )
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
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.summary = QLabel()
        self.move_button = QPushButton(self.tr("&Move to another case…"))
        self.move_button.clicked.connect(self.move_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.view)

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
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

    def selected_events(self) -> list[ContactEvent]:
        rows = self.view.selectionModel().selectedRows()
        return [self.model.row_at(index.row()) for index in rows]

    def move_selected(self) -> None:
        events = self.selected_events()
        others = [(c.id, c.title) for c in self.workspace.cases.cases() if c.id != self.case_id]
        if not events or not others:
            return
        dialog = MoveDialog(others, self)
        if not self.run_dialog(dialog):
            return
        target = dialog.case.currentData()
        try:
            for event in events:
                self.workspace.cases.move_event(event.id, target)
        except StoreError as exc:
            dialogs.error(self, self.tr("Not moved"), str(exc))
        self.show_case(self.case_id)
        self.events_moved.emit(target)

    def select_event(self, event_id: int) -> None:
        for row, event in enumerate(self.model.rows()):
            if event.id == event_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return
