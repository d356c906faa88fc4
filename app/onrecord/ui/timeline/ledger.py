"""Promises (theirs and mine) and payments, with what is due and what is overdue.

A promise or payment typed wrongly is corrected (Edit…, or a double-click) or removed
(Remove…, or the Delete key); the store logs both in the case's audit log.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...store import StoreError, Workspace
from ...store.enums import PartyRole, PromiseBy, PromiseStatus
from ...store.ledger import PaidTowards, PromiseState, paid_towards
from ...store.ledger import promise_state as state_on
from ...store.models import Payment, Promise
from .. import dialogs, labels, localefmt
from ..errors import error_text
from ..tablemodel import Column, RowsModel
from .ledgerdialog import (
    PaymentDialog,
    PaymentEntry,
    PromiseDialog,
    PromiseEntry,
    RemoveDialog,
    amount_text,
)

OVERDUE = QColor("#b3261e")
DUE_SOON = QColor("#8a5a00")


class Ledger(QObject):
    """The ledger's counted words. A QObject because lupdate reads self.tr(text, "", n) as a
    plural but QCoreApplication.translate(context, text, "", n) with a named n as one form
    (pyside6-lupdate 6.11), and English would then say "1 day(s)"."""

    def overdue(self, days: int) -> str:
        return self.tr("Overdue by %n day(s)", "", days)

    def past_date(self, days: int) -> str:
        return self.tr("Date passed %n day(s) ago", "", days)

    def due_in(self, days: int) -> str:
        return self.tr("Due in %n day(s)", "", days)

    def promises_overdue(self, count: int) -> str:
        return self.tr("%n promise(s) overdue.", "", count)

    def payments_unlinked(self, count: int) -> str:
        return self.tr(
            "%n payment(s) linked to it will stay on record, linked to no promise.", "", count
        )


_WORDS = Ledger()


def promise_state(
    promise: Promise, today: dt.date, paid: PaidTowards | None = None
) -> tuple[str, str]:
    """(state key, words): kept/kept_late/broken/withdrawn, or open/due_soon/due_today/overdue.

    ``paid`` is what the payments linked to the promise add up to: a promise of the user's that
    they cover is kept (late, if they were paid after the due date), never overdue.
    """
    state = state_on(promise, today, paid)
    if state.key in ("kept", "kept_late") and state.paid is not None:
        day = _day(state.paid.covered_on)
        if state.key == "kept_late":
            text = QCoreApplication.translate("Ledger", "Kept late: paid on %1")
            return "kept_late", text.replace("%1", day)
        return "kept", QCoreApplication.translate("Ledger", "Kept: paid on %1").replace("%1", day)
    if state.key == "kept":
        return "kept", QCoreApplication.translate("Ledger", "Kept")
    if state.key == "broken":
        return "broken", QCoreApplication.translate("Ledger", "Broken")
    if state.key == "withdrawn":
        return "withdrawn", QCoreApplication.translate("Ledger", "Withdrawn")
    if state.key == "paid_for_offer" and state.paid is not None:
        if state.due_date is None:
            text = QCoreApplication.translate("Ledger", "You paid %1 on %2 in answer to it")
        elif state.late:
            text = QCoreApplication.translate("Ledger", "You paid %1 on %2, after their date")
        else:
            text = QCoreApplication.translate("Ledger", "You paid %1 on %2, by their date")
        money = _money(state.paid.total, promise.currency)
        return state.key, text.replace("%1", money).replace("%2", _day(state.paid.last_paid_on))
    words = _due_words(state)
    if state.paid is not None and promise.amount is not None:
        part = QCoreApplication.translate("Ledger", "%1 of %2 paid")
        words += " · " + part.replace("%1", _money(state.paid.total, promise.currency)).replace(
            "%2", _money(promise.amount, promise.currency)
        )
    return state.key, words


def _due_words(state: PromiseState) -> str:
    if state.days is None:
        return QCoreApplication.translate("Ledger", "Open, no date")
    if state.days < 0 and state.key == "past_date":  # the collector's: not "overdue"
        return _WORDS.past_date(-state.days)
    if state.days < 0:
        return _WORDS.overdue(-state.days)
    if state.days == 0:
        return QCoreApplication.translate("Ledger", "Due today")
    return _WORDS.due_in(state.days)


def promise_text(promise: Promise) -> str:
    """One line naming a promise (in the payment dialog and the payments table)."""
    who = (
        QCoreApplication.translate("Ledger", "They did")
        if promise.by == PromiseBy.COLLECTOR
        else QCoreApplication.translate("Ledger", "I did")
    )
    parts = [promise.description[:60] or "—"]
    if promise.amount is not None:
        parts.append(_money(promise.amount, promise.currency))
    if promise.due_date is not None:
        due = QCoreApplication.translate("Ledger", "due %1").replace("%1", _day(promise.due_date))
        parts.append(due)
    colon = "：" if localefmt.current().name() in localefmt.ZH else ": "  # 我：…, not 我: …
    return who + colon + " · ".join(parts)


def payment_text(payment: Payment) -> str:
    """One line naming a payment (in the removal question)."""
    paid = QCoreApplication.translate("Ledger", "paid on %1").replace("%1", _day(payment.paid_on))
    parts = [_money(payment.amount, payment.currency), paid, payment.method, payment.reference]
    return " · ".join(part for part in parts if part)


def _money(amount: Any, currency: str) -> str:
    return localefmt.money_text(amount, currency)


def _day(day: dt.date | None) -> str:
    return localefmt.date_text(day) if day else ""


class _PromisesModel(RowsModel[Promise]):
    today: dt.date = dt.date.today()
    paid: dict[int, PaidTowards]  # what linked payments add up to, by promise id

    def state(self, promise: Promise) -> tuple[str, str]:
        return promise_state(promise, self.today, self.paid.get(promise.id))

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 4:
            state, _ = self.state(self.row_at(index.row()))
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
        #: Runs a dialog; tests replace it to fill in and accept the dialog.
        self.run_dialog: Callable[[QDialog], bool] = lambda d: (
            d.exec() == QDialog.DialogCode.Accepted
        )
        self._by_id: dict[int, Promise] = {}
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
                Column(self.tr("State"), lambda p: self.promises.state(p)[1]),
            ]
        )
        self.promises.paid = {}
        self.payments: RowsModel[Payment] = RowsModel(
            [
                Column(self.tr("Paid on"), lambda p: _day(p.paid_on)),
                Column(self.tr("Amount"), lambda p: _money(p.amount, p.currency)),
                Column(self.tr("How"), lambda p: p.method),
                Column(self.tr("Reference"), lambda p: p.reference),
                Column(self.tr("For promise"), self._paid_promise, tooltip=self._paid_promise),
                Column(self.tr("Notes"), lambda p: p.notes, tooltip=lambda p: p.notes),
            ]
        )
        self.promise_view = self._table(self.promises, self.tr("Promises"), stretch=1)
        self.payment_view = self._table(self.payments, self.tr("Payments"), stretch=5)
        self.add_promise_button = QPushButton(self.tr("Add a pro&mise…"))
        self.add_promise_button.setToolTip(
            self.tr("A promise made in a letter, SMS, visit or a call you did not record")
        )
        self.add_promise_button.clicked.connect(lambda: self.add_promise())
        self.add_payment_button = QPushButton(self.tr("Add a pa&yment…"))
        self.add_payment_button.setToolTip(
            self.tr("A payment you made (if a promise is selected, it pays that promise)")
        )
        self.add_payment_button.clicked.connect(lambda: self.add_payment())
        self.kept_button = QPushButton(self.tr("Mark as &kept"))
        self.kept_button.clicked.connect(lambda: self._set_status(PromiseStatus.KEPT))
        self.broken_button = QPushButton(self.tr("Mark as &broken"))
        self.broken_button.clicked.connect(lambda: self._set_status(PromiseStatus.BROKEN))
        # One Edit and one Remove for both tables: selecting a row in one clears the other.
        self.edit_button = QPushButton()
        self.edit_button.setToolTip(
            self.tr("Correct the selected promise or payment (or double-click it)")
        )
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button = QPushButton()
        self.remove_button.setToolTip(
            self.tr(
                "Remove the selected promise or payment, for example one entered twice "
                "(or press Delete); the case's audit log keeps what it was"
            )
        )
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        for view in (self.promise_view, self.payment_view):
            view.doubleClicked.connect(lambda _index: self.edit_selected())
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(lambda: self.remove_selected())
        self.promise_view.selectionModel().selectionChanged.connect(
            lambda: self._selected(self.promise_view, self.payment_view)
        )
        self.payment_view.selectionModel().selectionChanged.connect(
            lambda: self._selected(self.payment_view, self.promise_view)
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.add_promise_button)
        buttons.addWidget(self.kept_button)
        buttons.addWidget(self.broken_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        payments_title = QHBoxLayout()
        payments_title.addWidget(QLabel(self.tr("<b>Payments</b> you made")), 1)
        payments_title.addWidget(self.add_payment_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Promises</b> — theirs and yours")))
        layout.addWidget(self.promise_view, 2)
        layout.addLayout(buttons)
        layout.addLayout(payments_title)
        layout.addWidget(self.payment_view, 1)
        chain = (
            self.promise_view,
            self.add_promise_button,
            self.kept_button,
            self.broken_button,
            self.edit_button,
            self.remove_button,
            self.add_payment_button,
            self.payment_view,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

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
        self._by_id = {p.id: p for p in promises}
        paid = {p.id: paid_towards(p, payments) for p in promises}
        self.promises.paid = {pid: value for pid, value in paid.items() if value is not None}
        self.promises.set_rows(promises)
        self.payments.set_rows(payments)
        overdue = self.overdue_count()
        if not promises:
            self.summary.setText(self.tr("No promises recorded."))
        elif overdue:
            self.summary.setText(_WORDS.promises_overdue(overdue))
        else:
            self.summary.setText(self.tr("Nothing overdue."))
        self._update_buttons()  # a reset model has no selection (and says nothing)

    def overdue_count(self) -> int:
        return sum(1 for p in self.promises.rows() if self.promises.state(p)[0] == "overdue")

    def _paid_promise(self, payment: Payment) -> str:
        promise = self._by_id.get(payment.promise_id) if payment.promise_id else None
        return promise_text(promise) if promise else ""

    def selected_promise(self) -> Promise | None:
        rows = self.promise_view.selectionModel().selectedRows()
        return self.promises.row_at(rows[0].row()) if rows else None

    def selected_payment(self) -> Payment | None:
        rows = self.payment_view.selectionModel().selectedRows()
        return self.payments.row_at(rows[0].row()) if rows else None

    def _selected(self, view: QTableView, other: QTableView) -> None:
        if view.selectionModel().hasSelection():
            other.clearSelection()  # Edit and Remove act on one row of one table
        self._update_buttons()

    def _update_buttons(self) -> None:
        promise, payment = self.selected_promise(), self.selected_payment()
        for button in (self.kept_button, self.broken_button):
            button.setEnabled(promise is not None)
        self.edit_button.setEnabled(promise is not None or payment is not None)
        self.remove_button.setEnabled(promise is not None or payment is not None)
        if promise is not None:
            self.edit_button.setText(self.tr("E&dit promise…"))
            self.remove_button.setText(self.tr("Rem&ove promise…"))
        elif payment is not None:
            self.edit_button.setText(self.tr("E&dit payment…"))
            self.remove_button.setText(self.tr("Rem&ove payment…"))
        else:
            self.edit_button.setText(self.tr("E&dit…"))
            self.remove_button.setText(self.tr("Rem&ove…"))

    def _select(self, kind: str, ident: int) -> None:
        """Select the promise or payment with ``ident`` again (after it was edited)."""
        model, view = (
            (self.promises, self.promise_view)
            if kind == "promise"
            else (self.payments, self.payment_view)
        )
        for row, item in enumerate(model.rows()):
            if item.id == ident:
                view.selectRow(row)
                return

    def add_promise(self) -> None:
        """Ask for a promise made outside a recorded call, and add it."""
        if self.case_id is None:
            return
        case_id = self.case_id
        case = self.workspace.cases.case(case_id)
        logged = self.workspace.cases.events(case_id)
        events = self._event_choices(case.timezone, logged)

        def save(entry: PromiseEntry) -> Promise:
            made_at = None
            if entry.event_id is not None:
                # A promise linked to a contact was made then; otherwise it is noted now.
                made_at = next((e.started_at for e in logged if e.id == entry.event_id), None)
            return self.workspace.ledger.add_promise(
                case_id,
                entry.by,
                description=entry.description,
                amount=entry.amount,
                due_date=entry.due_date,
                party_id=entry.party_id,
                event_id=entry.event_id,
                made_at=made_at,
            )

        dialog = PromiseDialog(
            case.currency,
            [(p.id, p.name) for p in case.parties if p.role != PartyRole.THIRD_PARTY],
            events,
            save,
            self,
            today=self.today,
        )
        if self.run_dialog(dialog):
            self._changed()

    def add_payment(self) -> None:
        """Ask for a payment the user made (paying the selected promise, if one is), and add it."""
        if self.case_id is None:
            return
        case_id = self.case_id
        case = self.workspace.cases.case(case_id)
        selected = self.selected_promise()

        def save(entry: PaymentEntry) -> Payment:
            return self.workspace.ledger.add_payment(
                case_id,
                entry.amount,
                entry.paid_on,
                method=entry.method,
                reference=entry.reference,
                promise_id=entry.promise_id,
                notes=entry.notes,
            )

        # Open promises: the user's own, which payments keep, and the collector's offers
        # ("pay $500 by Friday and we waive the fees"), which a payment answers.
        payable = [p for p in self.promises.rows() if p.status == PromiseStatus.OPEN]
        dialog = PaymentDialog(
            case.currency,
            [(p.id, promise_text(p)) for p in payable],
            save,
            self,
            promise_id=selected.id if selected in payable else None,
            today=self.today,
        )
        if self.run_dialog(dialog):
            self._changed()

    def edit_selected(self) -> None:
        """Correct the selected promise or payment in the dialog that added it, prefilled."""
        promise, payment = self.selected_promise(), self.selected_payment()
        if self.case_id is None:
            return
        if promise is not None:
            self.edit_promise(promise)
        elif payment is not None:
            self.edit_payment(payment)

    def edit_promise(self, promise: Promise) -> None:
        assert self.case_id is not None
        case = self.workspace.cases.case(self.case_id)
        logged = self.workspace.cases.events(self.case_id)
        parties = [
            (p.id, p.name)
            for p in case.parties
            if p.role != PartyRole.THIRD_PARTY or p.id == promise.party_id  # keep its own
        ]

        def save(entry: PromiseEntry) -> Promise:
            fields: dict[str, Any] = {
                "by": entry.by,
                "description": entry.description,
                "amount": entry.amount,
                "due_date": entry.due_date,
                "party_id": entry.party_id,
                "event_id": entry.event_id,
            }
            if entry.event_id is not None and entry.event_id != promise.event_id:
                # Now linked to a contact: the promise was made then.
                started = next((e.started_at for e in logged if e.id == entry.event_id), None)
                if started is not None:
                    fields["made_at"] = started
            return self.workspace.ledger.update_promise(promise.id, **fields)

        dialog = PromiseDialog(
            case.currency,
            parties,
            self._event_choices(case.timezone, logged),
            save,
            self,
            today=self.today,
            entry=PromiseEntry(
                by=promise.by,
                description=promise.description,
                amount=amount_text(promise.amount),
                due_date=promise.due_date,
                party_id=promise.party_id,
                event_id=promise.event_id,
            ),
        )
        if self.run_dialog(dialog):
            self._changed(("promise", promise.id))

    def edit_payment(self, payment: Payment) -> None:
        assert self.case_id is not None
        case = self.workspace.cases.case(self.case_id)

        def save(entry: PaymentEntry) -> Payment:
            return self.workspace.ledger.update_payment(
                payment.id,
                amount=entry.amount,
                paid_on=entry.paid_on,
                method=entry.method,
                reference=entry.reference,
                promise_id=entry.promise_id,
                notes=entry.notes,
            )

        # The promises a payment can pay, and the one it pays now even if no longer open.
        payable = [
            p
            for p in self.promises.rows()
            if p.status == PromiseStatus.OPEN or p.id == payment.promise_id
        ]
        dialog = PaymentDialog(
            case.currency,
            [(p.id, promise_text(p)) for p in payable],
            save,
            self,
            today=self.today,
            entry=PaymentEntry(
                amount=amount_text(payment.amount),
                paid_on=payment.paid_on,
                method=payment.method,
                reference=payment.reference,
                promise_id=payment.promise_id,
                notes=payment.notes,
            ),
        )
        if self.run_dialog(dialog):
            self._changed(("payment", payment.id))

    def remove_selected(self) -> None:
        """Ask, then remove the selected promise or payment (logged with the reason given)."""
        promise, payment = self.selected_promise(), self.selected_payment()
        if self.case_id is None:
            return
        ledger = self.workspace.ledger
        if promise is not None:
            linked = sum(1 for p in self.payments.rows() if p.promise_id == promise.id)
            dialog = RemoveDialog(
                self.tr("Remove a promise"),
                self.tr("Remove this promise?"),
                promise_text(promise),
                lambda reason: ledger.remove_promise(
                    promise.id, reason, unlink_payments=bool(linked)
                ),
                self,
                consequence=_WORDS.payments_unlinked(linked) if linked else "",
            )
        elif payment is not None:
            dialog = RemoveDialog(
                self.tr("Remove a payment"),
                self.tr("Remove this payment?"),
                payment_text(payment),
                lambda reason: ledger.remove_payment(payment.id, reason),
                self,
            )
        else:
            return
        table = self.promise_view if promise is not None else self.payment_view
        if self.run_dialog(dialog):
            self._changed()
            table.setFocus()  # not on the Remove button, now off: nothing is selected

    def _event_choices(self, timezone: str, logged: list[Any]) -> list[tuple[int, str]]:
        """The logged contacts a promise can have been made during, the latest first."""
        return [
            (
                e.id,
                " · ".join(
                    part
                    for part in (
                        localefmt.moment_text(e.started_at, timezone),
                        labels.event_kind(e.kind),
                        e.party.name if e.party else "",
                    )
                    if part
                ),
            )
            for e in reversed(logged)
        ]

    def _changed(self, select: tuple[str, int] | None = None) -> None:
        assert self.case_id is not None
        self.show_case(self.case_id, self.today)
        if select is not None:
            self._select(*select)
        self.promises_changed.emit(self.case_id)

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
        self._changed()
