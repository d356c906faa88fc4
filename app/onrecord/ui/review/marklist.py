"""The marks of the call shown in the review: the table, the flags on the waveform, the
selected mark's note and history, and moving from mark to mark.

A mark is chosen in the table, on the waveform, or with ← / →; the cursor goes to it and
its details show beside the table (changing them is ``editing.MarkEditing``).

Its texts are the review's: they are translated in the ReviewPanel context.
"""

from __future__ import annotations

import bisect
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ...store.search import MarkRow, mark_history, mark_rows
from ...timefmt import clock_text
from .marks import MarksModel, history_lines, mark_label, state_text
from .waveform import Flag

if TYPE_CHECKING:
    from .panel import ReviewPanel


class MarkList:
    """The marks half of :class:`ReviewPanel` (mixed in; uses the panel's state)."""

    marks: list[MarkRow]
    _mark_frames: list[int]

    def _build_table(self: ReviewPanel) -> QTableView:
        self.model = MarksModel(self)
        self.model.colours = self.colours
        self.model.language = self.language
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            QCoreApplication.translate("ReviewPanel", "Marks in this call")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 70)
        header.resizeSection(1, 220)
        header.resizeSection(3, 100)
        self.table.clicked.connect(self._row_clicked)
        self.table.activated.connect(self._row_clicked)
        return self.table

    def _build_mark_box(self: ReviewPanel) -> QGroupBox:
        """The selected mark: its note, the buttons that change it, its history."""
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_note = QLabel()
        self.detail_note.setWordWrap(True)
        self.detail_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(QCoreApplication.translate("ReviewPanel", "E&dit note…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.retract_button = QPushButton(QCoreApplication.translate("ReviewPanel", "Retract…"))
        self.retract_button.clicked.connect(self.retract_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.retract_button)
        buttons.addStretch(1)
        self.history = QListWidget()
        self.history.setAccessibleName(
            QCoreApplication.translate("ReviewPanel", "History of this mark")
        )
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSpacing(2)
        mark_box = QGroupBox(QCoreApplication.translate("ReviewPanel", "Selected mark"))
        mark_layout = QVBoxLayout(mark_box)
        mark_layout.addWidget(self.detail_title)
        mark_layout.addWidget(self.detail_note)
        mark_layout.addLayout(buttons)
        mark_layout.addWidget(
            QLabel(QCoreApplication.translate("ReviewPanel", "History (every version is kept):"))
        )
        mark_layout.addWidget(self.history, 1)
        return mark_box

    def _reload_marks(self: ReviewPanel, keep: int | None = None) -> None:
        if self.info is None:
            return
        self.marks = mark_rows(self.workspace.store, self.info.id)
        self._mark_frames = [m.frame for m in self.marks]
        self.model.set_rows(self.marks, self.info.sample_rate)
        self.waveform.set_flags(
            [
                Flag(
                    m.id,
                    m.frame,
                    mark_label(m, self.language),
                    self.colours.get(m.tag or "", "#5b6b7a"),
                    m.retracted,
                    m.added_later,
                )
                for m in self.marks
            ]
        )
        if keep is not None:
            self._select(keep)

    def mark_at(self: ReviewPanel, frame: int | None) -> int | None:
        """The id of the last mark at or before ``frame`` (None before the first)."""
        if frame is None or not self.marks:
            return None
        i = bisect.bisect_right(self._mark_frames, frame) - 1
        return self.marks[i].id if i >= 0 else None

    def _row(self: ReviewPanel, mark_id: int | None) -> MarkRow | None:
        row = self.model.row_of(mark_id)
        return self.marks[row] if row is not None else None

    def go_to_mark(self: ReviewPanel, mark_id: int) -> None:
        row = self._row(mark_id)
        if row is None:
            return
        self.set_cursor(row.frame)
        self._select(mark_id)

    def next_mark(self: ReviewPanel) -> None:
        i = bisect.bisect_right(self._mark_frames, self.cursor)
        if i < len(self.marks):
            self.go_to_mark(self.marks[i].id)

    def previous_mark(self: ReviewPanel) -> None:
        # While playing, "previous" means the one before the mark just heard.
        slack = int(0.8 * self.info.sample_rate) if self.info and self.is_playing else 0
        i = bisect.bisect_left(self._mark_frames, self.cursor - slack) - 1
        if i >= 0:
            self.go_to_mark(self.marks[i].id)
        elif self.marks:
            self.set_cursor(0)

    def _select(self: ReviewPanel, mark_id: int) -> None:
        row = self.model.row_of(mark_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._set_current(mark_id)
        self._show_details(mark_id)

    def _set_current(self: ReviewPanel, mark_id: int | None) -> None:
        self.model.set_current(mark_id)
        self.waveform.set_current_mark(mark_id)

    def _row_clicked(self: ReviewPanel, index: QModelIndex) -> None:
        if index.isValid():
            self.go_to_mark(self.marks[index.row()].id)

    def selected_mark(self: ReviewPanel) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.marks[rows[0].row()].id if rows else None

    def _show_details(self: ReviewPanel, mark_id: int | None) -> None:
        row = self._row(mark_id)
        self.edit_button.setEnabled(row is not None and not row.retracted)
        self.retract_button.setEnabled(row is not None and not row.retracted)
        self.history.clear()
        if row is None or self.info is None:
            self.detail_title.setText(
                QCoreApplication.translate(
                    "ReviewPanel", "Choose a mark in the list or on the waveform."
                )
                if self.marks
                else QCoreApplication.translate(
                    "ReviewPanel", "This call has no marks yet. Use “Add a mark here…”."
                )
            )
            self.detail_note.setText("")
            return
        what = self.model.data(self.model.index(self.model.row_of(mark_id) or 0, 1))
        state = state_text(row)
        self.detail_title.setText(
            f"<b>{escape(str(what))}</b> · {clock_text(row.frame / self.info.sample_rate)}"
            + (f" · <i>{escape(str(state))}</i>" if state else "")
        )
        self.detail_note.setText(row.text or QCoreApplication.translate("ReviewPanel", "(no note)"))
        history = mark_history(self.workspace.store, row.id)
        self.history.addItems(history_lines(list(reversed(history)), self.info.zone))
