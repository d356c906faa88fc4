"""Correcting and removing a promise or payment in the "Promises and payments" tab."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from small_case import SmallCase, answering
from sqlalchemy import select

from onrecord.store import Workspace
from onrecord.store.enums import PromiseBy, PromiseStatus
from onrecord.store.models import AuditEvent
from onrecord.ui.timeline.ledger import LedgerView
from onrecord.ui.timeline.ledgerdialog import PaymentDialog, PromiseDialog, RemoveDialog

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 3, 20)


@pytest.fixture
def view(qtbot, workspace: Workspace, small_case: SmallCase) -> LedgerView:
    widget = LedgerView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.show_case(small_case.case_id, today=TODAY)
    return widget


def logged(workspace: Workspace, case_id: int, action: str) -> list[dict]:
    with workspace.store.session() as s:
        query = select(AuditEvent.body).where(
            AuditEvent.case_id == case_id, AuditEvent.action == action
        )
        return [json.loads(b)["data"] for b in s.scalars(query.order_by(AuditEvent.seq))]


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def test_edit_and_remove_are_off_until_a_row_is_selected(
    view: LedgerView, workspace: Workspace, small_case: SmallCase
) -> None:
    workspace.ledger.add_promise(small_case.case_id, PromiseBy.USER, amount="100")
    workspace.ledger.add_payment(small_case.case_id, "40", "2026-03-01")
    view.show_case(small_case.case_id, today=TODAY)
    buttons = (view.edit_button, view.remove_button, view.kept_button, view.broken_button)
    assert [b.isEnabled() for b in buttons] == [False] * 4

    view.promise_view.selectRow(0)
    assert [b.isEnabled() for b in buttons] == [True] * 4
    assert view.edit_button.text() == "E&dit promise…"

    view.payment_view.selectRow(0)  # one row of one table at a time
    assert not view.promise_view.selectionModel().hasSelection()
    assert [b.isEnabled() for b in buttons] == [True, True, False, False]
    assert view.remove_button.text() == "Rem&ove payment…"

    view.show_case(small_case.case_id, today=TODAY)  # read again: nothing selected
    assert [b.isEnabled() for b in buttons] == [False] * 4
    assert view.edit_button.text() == "E&dit…"


def test_a_promise_is_corrected_in_the_prefilled_dialog(
    view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    promise = workspace.ledger.add_promise(
        small_case.case_id,
        PromiseBy.COLLECTOR,
        description="waive the fees if I pay 20",
        amount="20.00",
        due_date="2026-03-25",
        party_id=small_case.mike,
    )
    view.show_case(small_case.case_id, today=TODAY)
    view.promise_view.selectRow(0)
    prefilled: dict[str, object] = {}

    def fill(dialog: PromiseDialog) -> None:
        prefilled.update(
            title=dialog.windowTitle(),
            theirs=dialog.theirs.isChecked(),
            description=dialog.description.text(),
            amount=dialog.amount.text(),
            due=dialog.due.date(),
            has_due=dialog.has_due.isChecked(),
            party=dialog.party.currentData(),
        )
        dialog.amount.setText("200.00")
        dialog.description.setText("waive the fees if I pay 200")

    seen: list[QDialog] = []
    view.run_dialog = answering(fill, seen)  # type: ignore[arg-type]
    view.edit_button.click()

    assert isinstance(seen[0], PromiseDialog)
    assert prefilled == {
        "title": "Edit a promise",
        "theirs": True,
        "description": "waive the fees if I pay 20",
        "amount": "20.00",
        "due": QDate(2026, 3, 25),
        "has_due": True,
        "party": small_case.mike,
    }
    assert not no_dialogs
    [now] = workspace.ledger.promises(small_case.case_id)
    assert (now.id, now.amount, now.party_id) == (promise.id, Decimal("200.00"), small_case.mike)
    assert "200" in cell(view.promises, 0, 2)
    assert cell(view.promises, 0, 1) == "waive the fees if I pay 200"
    assert view.selected_promise() is not None and view.selected_promise().id == promise.id
    [change] = logged(workspace, small_case.case_id, "promise.updated")
    assert change["changed"]["amount"] == ["20.00", "200.00"]


def test_a_double_clicked_payment_opens_prefilled_and_its_correction_keeps_the_promise(
    qtbot, view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    ledger = workspace.ledger
    promise = ledger.add_promise(
        small_case.case_id, PromiseBy.USER, description="pay 150", amount="150", due_date=TODAY
    )
    payment = ledger.add_payment(
        small_case.case_id, "15", "2026-03-18", method="bank transfer", promise_id=promise.id
    )
    view.show_case(small_case.case_id, today=TODAY)
    assert view.promises.state(view.promises.rows()[0])[0] == "due_today"  # 15 of 150
    prefilled: dict[str, object] = {}

    def fill(dialog: PaymentDialog) -> None:
        prefilled.update(
            amount=dialog.amount.text(),
            paid_on=dialog.paid_on.date(),
            method=dialog.method.text(),
            promise=dialog.promise.currentData(),
        )
        dialog.amount.setText("150")

    seen: list[QDialog] = []
    view.run_dialog = answering(fill, seen)  # type: ignore[arg-type]
    rect = view.payment_view.visualRect(view.payments.index(0, 2))
    qtbot.mouseClick(view.payment_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.payment_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert [type(d) for d in seen] == [PaymentDialog]
    assert seen[0].windowTitle() == "Edit a payment"
    assert prefilled == {
        "amount": "15",
        "paid_on": QDate(2026, 3, 18),
        "method": "bank transfer",
        "promise": promise.id,
    }
    [now] = ledger.payments(small_case.case_id)
    assert (now.id, now.amount, now.promise_id) == (payment.id, Decimal("150"), promise.id)
    assert view.promises.state(view.promises.rows()[0])[0] == "kept"  # 150 of 150, at once
    assert "150" in cell(view.payments, 0, 1)


def test_a_payment_of_a_closed_promise_keeps_its_link_when_edited(
    view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    ledger = workspace.ledger
    promise = ledger.add_promise(small_case.case_id, PromiseBy.USER, description="pay 80")
    ledger.add_payment(small_case.case_id, "80", "2026-03-18", promise_id=promise.id)
    ledger.set_promise_status(promise.id, PromiseStatus.KEPT)  # no longer offered for new ones
    view.show_case(small_case.case_id, today=TODAY)
    view.payment_view.selectRow(0)

    def fill(dialog: PaymentDialog) -> None:
        dialog.reference.setText("TX-1")

    view.run_dialog = answering(fill, [])  # type: ignore[arg-type]
    view.edit_selected()
    [now] = ledger.payments(small_case.case_id)
    assert (now.reference, now.promise_id) == ("TX-1", promise.id)
    [change] = logged(workspace, small_case.case_id, "payment.updated")
    assert change["changed"] == {"reference": ["", "TX-1"]}


def test_a_refused_correction_shows_why_and_changes_nothing(
    view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    workspace.ledger.add_payment(small_case.case_id, "40", "2026-03-01", method="cash")
    view.show_case(small_case.case_id, today=TODAY)
    view.payment_view.selectRow(0)

    def fill(dialog: PaymentDialog) -> None:
        dialog.amount.setText("3,48")
        dialog.method.setText("card")

    seen: list[QDialog] = []
    view.run_dialog = answering(fill, seen)  # type: ignore[arg-type]
    view.edit_button.click()

    [(kind, title, text)] = no_dialogs
    assert (kind, title) == ("error", "Not saved") and "3,48" in text
    assert seen[0].method.text() == "card"  # what was typed is still there
    [now] = workspace.ledger.payments(small_case.case_id)
    assert (now.amount, now.method) == (Decimal("40"), "cash")
    assert logged(workspace, small_case.case_id, "payment.updated") == []


def test_cancel_changes_nothing(
    view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    workspace.ledger.add_promise(small_case.case_id, PromiseBy.USER, amount="100")
    workspace.ledger.add_payment(small_case.case_id, "40", "2026-03-01")
    view.show_case(small_case.case_id, today=TODAY)

    def edit(dialog: QDialog) -> None:
        if isinstance(dialog, RemoveDialog):
            dialog.reason.setText("never mind")
        else:
            dialog.amount.setText("999")

    seen: list[QDialog] = []
    view.run_dialog = answering(edit, seen, ok=False)  # type: ignore[arg-type]
    for table in (view.promise_view, view.payment_view):
        table.selectRow(0)
        view.edit_button.click()
        view.remove_button.click()

    assert len(seen) == 4
    assert [p.amount for p in workspace.ledger.promises(small_case.case_id)] == [Decimal(100)]
    assert [p.amount for p in workspace.ledger.payments(small_case.case_id)] == [Decimal(40)]
    for action in ("promise.updated", "promise.removed", "payment.updated", "payment.removed"):
        assert logged(workspace, small_case.case_id, action) == []
    assert not no_dialogs


def test_the_delete_key_asks_then_removes_the_payment_with_the_reason(
    qtbot, view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    first = workspace.ledger.add_payment(small_case.case_id, "40", "2026-03-01", method="cash")
    workspace.ledger.add_payment(small_case.case_id, "40", "2026-03-02", method="cash")
    view.show_case(small_case.case_id, today=TODAY)
    view.payment_view.setFocus()
    view.payment_view.selectRow(1)
    asked: dict[str, str] = {}

    def fill(dialog: RemoveDialog) -> None:
        asked.update(
            title=dialog.windowTitle(), item=dialog.item.text(), logged=dialog.logged.text()
        )
        assert not dialog.consequence.isVisibleTo(dialog)
        dialog.reason.setText("entered twice")

    seen: list[QDialog] = []
    view.run_dialog = answering(fill, seen)  # type: ignore[arg-type]
    qtbot.keyClick(view.payment_view, Qt.Key.Key_Delete)

    assert [type(d) for d in seen] == [RemoveDialog]
    assert asked["title"] == "Remove a payment"
    assert "cash" in asked["item"] and "40" in asked["item"]
    assert "audit log" in asked["logged"]
    assert [p.id for p in workspace.ledger.payments(small_case.case_id)] == [first.id]
    assert view.payments.rowCount() == 1
    [removal] = logged(workspace, small_case.case_id, "payment.removed")
    assert removal["reason"] == "entered twice"
    assert removal["removed"]["paid_on"] == "2026-03-02"
    assert not view.remove_button.isEnabled()  # nothing is selected any more


def test_removing_a_promise_says_its_payments_stay_and_unlinks_them(
    view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    ledger = workspace.ledger
    promise = ledger.add_promise(small_case.case_id, PromiseBy.USER, description="pay 100")
    ledger.add_payment(small_case.case_id, "100", "2026-03-05", promise_id=promise.id)
    view.show_case(small_case.case_id, today=TODAY)
    assert cell(view.payments, 0, 4).startswith("I did: pay 100")
    view.promise_view.selectRow(0)
    said: list[str] = []

    def fill(dialog: RemoveDialog) -> None:
        said.append(dialog.consequence.text())
        assert dialog.consequence.isVisibleTo(dialog)

    view.run_dialog = answering(fill, [])  # type: ignore[arg-type]
    view.remove_button.click()

    assert said == ["1 payment(s) linked to it will stay on record, linked to no promise."]
    assert ledger.promises(small_case.case_id) == []
    [payment] = ledger.payments(small_case.case_id)
    assert (payment.amount, payment.promise_id) == (Decimal("100"), None)
    assert view.promises.rowCount() == 0
    assert cell(view.payments, 0, 4) == ""
    [removal] = logged(workspace, small_case.case_id, "promise.removed")
    assert removal["unlinked_payments"] == [payment.id] and removal["reason"] == ""
