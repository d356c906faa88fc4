"""Search across every case: mark notes and tags, contact notes, names and numbers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...conduct.tags import tag_title
from ...store import Workspace
from ...store.search import SearchHit, parse_utc, search
from ...zonenames import named_zones
from .. import labels, localefmt
from ..review.marks import ui_language
from ..tablemodel import Column, RowsModel


def kind_text(hit: SearchHit) -> str:
    return {
        "mark": QCoreApplication.translate("Search", "Moment in a call"),
        "event": QCoreApplication.translate("Search", "Contact"),
        "party": QCoreApplication.translate("Search", "Person or company"),
        "number": QCoreApplication.translate("Search", "Phone number"),
    }.get(hit.kind, hit.kind)


class _HitsModel(RowsModel[SearchHit]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.row_at(index.row()).retracted:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#80868b"))
            if role == Qt.ItemDataRole.FontRole and index.column() == 3:
                font = QFont()
                font.setStrikeOut(True)
                return font
        return super().data(index, role)


class SearchPanel(QWidget):
    """Type to search; Enter or double-click opens the result."""

    mark_opened = Signal(int, int, int)  # case id, recording id, frame: open the call there
    event_opened = Signal(int, int)  # case id, contact event id
    case_opened = Signal(int)  # case id (a person or number matched)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        self.language = ui_language()
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Search notes, tags, names and numbers in every case — e.g. “boss”, “0142”")
        )
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self._return_pressed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_search)
        self.model = _HitsModel(
            [
                Column(self.tr("Case"), lambda h: h.case_title),
                Column(self.tr("What"), kind_text),
                Column(self.tr("When"), self._when),
                Column(self.tr("Found"), self._found, tooltip=self._found_whole),
            ]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # A time in full, its zone's name with it ("12/30/2026 5:59 PM Eastern Time (US)
        # UTC-05:00"): cut short, the name read "北京时…"
        late = dt.datetime(2026, 12, 30, 23, 59, tzinfo=dt.UTC)
        metrics = self.view.fontMetrics()
        when = max(
            160,
            *(
                metrics.horizontalAdvance(localefmt.moment_text(late, zone)) + 16
                for zone in named_zones()
            ),
        )
        #: Widths before any result (the longest zone name's time): the most these columns
        #: take; once there are results they take what their texts need, and what was found
        #: (the last column) the rest.
        self._widest = (240, 150, when)
        for column, width in enumerate(self._widest):
            header.resizeSection(column, width)
        self.view.activated.connect(self.open_result)
        self.view.doubleClicked.connect(self.open_result)
        self.status = QLabel(self.tr("Results open the call at the moment that matched."))
        self.status.setStyleSheet("color: #5f6b76;")
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

    def show_case(self, case_id: int | None) -> None:
        """Search covers every case; the current one is only remembered."""
        self.case_id = case_id

    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def _when(self, hit: SearchHit) -> str:
        if not hit.when_utc or not hit.zone:
            return ""
        return localefmt.moment_text(parse_utc(hit.when_utc), hit.zone)

    def _found_whole(self, hit: SearchHit) -> str:
        if hit.kind != "event":
            return hit.text
        return "\n".join(
            x for x in labels.contact_notes(hit.source, hit.source_detail, hit.text) if x
        )

    def _found(self, hit: SearchHit) -> str:
        text = hit.text.splitlines()[0] if hit.text else ""
        if hit.kind == "event":  # an import's facts (rejected, saved as…) in words, then hers
            facts, own = labels.contact_notes(hit.source, hit.source_detail, hit.text)
            text = " · ".join(x for x in (facts, own.splitlines()[0] if own else "") if x)
        if hit.kind == "mark" and hit.tag:
            title = tag_title(hit.tag, self.language)
            text = f"{title} — {text}" if text else title
        if hit.retracted:
            text += "  " + self.tr("(retracted)")
        return text

    def run_search(self) -> None:
        self._debounce.stop()
        words = self.query.text().strip()
        hits = search(self.workspace.store, words) if words else []
        self.model.set_rows(hits)
        if hits:
            self._fit_columns()
        if not words:
            self.status.setText(self.tr("Results open the call at the moment that matched."))
        elif not hits:
            self.status.setText(self.tr("Nothing found for “%1”.").replace("%1", words))
        else:
            self.status.setText(
                self.tr("%n result(s)", "", len(hits))
                + " · "
                + self.tr("Enter or double-click opens one.")
            )

    def _fit_columns(self) -> None:
        """The case, kind and time as wide as their texts (up to their widths before any
        result), so that what was found keeps the rest: with the widest widths a 1100-pixel
        window cut it to a few words (a Taiwanese walk-through)."""
        header = self.view.horizontalHeader()
        for column, widest in enumerate(self._widest):
            self.view.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), widest))

    def _return_pressed(self) -> None:
        if self._debounce.isActive() or not self.model.rowCount():
            self.run_search()
        if self.model.rowCount():
            index = self.view.currentIndex()
            self.open_result(index if index.isValid() else self.model.index(0, 0))

    def open_result(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.row_at(index.row())
        if hit.kind == "mark" and hit.recording_id is not None:
            self.mark_opened.emit(hit.case_id, hit.recording_id, hit.frame or 0)
        elif hit.kind == "event" and hit.event_id is not None:
            self.event_opened.emit(hit.case_id, hit.event_id)
        else:
            self.case_opened.emit(hit.case_id)
