"""Promises (theirs and mine) and payments, with what is due and what is overdue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...store import StoreError, Workspace
from ...store.enums import PromiseBy, PromiseStatus
from ...store.models import Payment, Promise
from .. import dialogs, localefmt
from ..errors import error_text
from ..tablemodel import Column, RowsModel

OVERDUE = QColor("#b3261e")
DUE_SOON = QColor("#8a5a00")


class Ledger(QObject):
    """The ledger's counted words. A QObject because lupdate reads self.tr(text, "", n) as a
    plural but QCoreApplication.translate(context, text, "", n) with a named n as one form
    (pyside6-lupdate 6.11), and English would then say "1 day(s)"."""

    def overdue(self, days: int) -> str:
        return self.tr("Overdue by %n day(s)", "", days)

    def due_in(self, days: int) -> str:
        return self.tr("Due in %n day(s)", "", days)

    def promises_overdue(self, count: int) -> str:
        return self.tr("%n promise(s) overdue.", "", count)


_WORDS = Ledger()


def promise_state(promise: Promise, today: dt.date) -> tuple[str, str]:
    """(state key, words): kept/broken/withdrawn, or open/due_soon/due_today/overdue."""
    if promise.status == PromiseStatus.KEPT:
        return "kept", QCoreApplication.translate("Ledger", "Kept")
    if promise.status == PromiseStatus.BROKEN:
        return "broken", QCoreApplication.translate("Ledger", "Broken")
    if promise.status == PromiseStatus.WITHDRAWN:
        return "withdrawn", QCoreApplication.translate("Ledger", "Withdrawn")
    if promise.due_date is None:
        return "open", QCoreApplication.translate("Ledger", "Open, no date")
    days = (promise.due_date - today).days
    if days < 0:
        return "overdue", _WORDS.overdue(-days)
    if days == 0:
        return "due_today", QCoreApplication.translate("Ledger", "Due today")
    if days <= 7:
        return "due_soon", _WORDS.due_in(days)
    return "open", _WORDS.due_in(days)


def _money(amount: Any, currency: str) -> str:
    return localefmt.money_text(amount, currency)


def _day(day: dt.date | None) -> str:
    return localefmt.date_text(day) if day else ""


class _PromisesModel(RowsModel[Promise]):
    today: dt.date = dt.date.today()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 4:
            state, _ = promise_state(self.row_at(index.row()), self.today)
            if state == "overdue":
                return QBrush(OVERDUE)
            if state in ("due_today", "due_soon"):
                return QBrush(DUE_SOON)
        return super().data(index, role)


class LedgerView(QWidget):
    """Promises and payments of one case."""

    promises_changed = Signal(int)  # case id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        self.today = dt.date.today()
        self.promises = _PromisesModel(
            [
                Column(
                    self.tr("Who promised"),
                    lambda p: (
                        self.tr("They did") if p.by == PromiseBy.COLLECTOR else self.tr("I did")
                    ),
                ),
                Column(self.tr("What"), lambda p: p.description, tooltip=lambda p: p.description),
                Column(self.tr("Amount"), lambda p: _money(p.amount, p.currency)),
                Column(self.tr("Due"), lambda p: _day(p.due_date)),
                Column(self.tr("State"), lambda p: promise_state(p, self.today)[1]),
            ]
        )
        self.payments: RowsModel[Payment] = RowsModel(
            [
                Column(self.tr("Paid on"), lambda p: _day(p.paid_on)),
                Column(self.tr("Amount"), lambda p: _money(p.amount, p.currency)),
                Column(self.tr("How"), lambda p: p.method),
                Column(self.tr("Reference"), lambda p: p.reference),
                Column(self.tr("Notes"), lambda p: p.notes, tooltip=lambda p: p.notes),
            ]
        )
        self.promise_view = self._table(self.promises, self.tr("Promises"), stretch=1)
        self.payment_view = self._table(self.payments, self.tr("Payments"), stretch=4)
        self.kept_button = QPushButton(self.tr("Mark as &kept"))
        self.kept_button.clicked.connect(lambda: self._set_status(PromiseStatus.KEPT))
        self.broken_button = QPushButton(self.tr("Mark as &broken"))
        self.broken_button.clicked.connect(lambda: self._set_status(PromiseStatus.BROKEN))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.kept_button)
        buttons.addWidget(self.broken_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Promises</b> — theirs and yours")))
        layout.addWidget(self.promise_view, 2)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<b>Payments</b> you made")))
        layout.addWidget(self.payment_view, 1)

    def _table(self, model: Any, name: str, stretch: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def show_case(self, case_id: int | None, today: dt.date | None = None) -> None:
        self.case_id = case_id
        self.today = today or dt.date.today()
        self.promises.today = self.today
        promises = self.workspace.ledger.promises(case_id) if case_id is not None else []
        payments = self.workspace.ledger.payments(case_id) if case_id is not None else []
        self.promises.set_rows(promises)
        self.payments.set_rows(payments)
        overdue = self.overdue_count()
        if not promises:
            self.summary.setText(self.tr("No promises recorded."))
        elif overdue:
            self.summary.setText(_WORDS.promises_overdue(overdue))
        else:
            self.summary.setText(self.tr("Nothing overdue."))

    def overdue_count(self) -> int:
        return sum(1 for p in self.promises.rows() if promise_state(p, self.today)[0] == "overdue")

    def _set_status(self, status: PromiseStatus) -> None:
        rows = self.promise_view.selectionModel().selectedRows()
        if not rows or self.case_id is None:
            return
        promise = self.promises.row_at(rows[0].row())
        try:
            self.workspace.ledger.set_promise_status(promise.id, status)
        except StoreError as exc:
            dialogs.error(self, self.tr("Not changed"), error_text(exc))
            return
        self.show_case(self.case_id, self.today)
        self.promises_changed.emit(self.case_id)
