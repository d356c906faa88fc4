"""Adding promises and payments by hand in the timeline's "Promises and payments" tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from small_case import SmallCase
from sqlalchemy import select

from onrecord.demo import create_demo
from onrecord.store import StoreError, Workspace
from onrecord.store.enums import PromiseBy
from onrecord.store.models import AuditEvent
from onrecord.ui.errors import error_text
from onrecord.ui.timeline.ledger import LedgerView
from onrecord.ui.timeline.ledgerdialog import PaymentDialog, PromiseDialog

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 3, 20)


@pytest.fixture
def view(qtbot, workspace: Workspace, small_case: SmallCase) -> LedgerView:
    widget = LedgerView(workspace)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_case(small_case.case_id, today=TODAY)
    return widget


def filling(fill: Callable[[QDialog], None], seen: list[QDialog]) -> Callable[[QDialog], bool]:
    """A run_dialog that types into the dialog, presses OK, and says whether it closed."""

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        if not accepted:
            dialog.reject()
        return accepted

    return run


def actions(workspace: Workspace, case_id: int) -> list[str]:
    with workspace.store.session() as s:
        query = select(AuditEvent.action).where(AuditEvent.case_id == case_id)
        return list(s.scalars(query.order_by(AuditEvent.seq)))


def test_a_payment_entered_in_the_dialog_is_saved_and_listed(
    view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    promise = workspace.ledger.add_promise(
        small_case.case_id, PromiseBy.USER, description="pay 150", amount="150", due_date=TODAY
    )
    view.show_case(small_case.case_id, today=TODAY)
    view.promise_view.selectRow(0)

    def fill(dialog: PaymentDialog) -> None:
        assert dialog.promise.currentData() == promise.id  # the selected promise
        dialog.amount.setText("150.00")
        dialog.paid_on.setDate(QDate(2026, 3, 18))
        dialog.method.setText("bank transfer")
        dialog.reference.setText("TX-991")

    seen: list[QDialog] = []
    view.run_dialog = filling(fill, seen)  # type: ignore[arg-type]
    view.add_payment_button.click()

    assert isinstance(seen[0], PaymentDialog)
    assert not no_dialogs
    [payment] = workspace.ledger.payments(small_case.case_id)
    assert (payment.amount, payment.paid_on, payment.method, payment.reference) == (
        Decimal("150.00"),
        dt.date(2026, 3, 18),
        "bank transfer",
        "TX-991",
    )
    assert payment.promise_id == promise.id
    assert view.payments.rowCount() == 1
    assert view.payments.data(view.payments.index(0, 2)) == "bank transfer"
    assert "pay 150" in view.payments.data(view.payments.index(0, 4))
    assert view.promises.state(view.promises.rows()[0])[0] == "kept"
    assert "payment.created" in actions(workspace, small_case.case_id)


def test_a_promise_entered_in_the_dialog_is_saved_and_listed(
    english, view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    letter = workspace.cases.log_event(
        small_case.case_id, "letter", dt.datetime(2026, 3, 12, 15, tzinfo=dt.UTC)
    )

    def fill(dialog: PromiseDialog) -> None:
        dialog.theirs.setChecked(True)
        dialog.description.setText("waive the late fees if I pay 500 by the 25th")
        dialog.amount.setText("500")
        dialog.due.setDate(QDate(2026, 3, 25))
        dialog.party.setCurrentIndex(dialog.party.findData(small_case.mike))
        dialog.event.setCurrentIndex(dialog.event.findData(letter.id))

    seen: list[QDialog] = []
    view.run_dialog = filling(fill, seen)  # type: ignore[arg-type]
    view.add_promise_button.click()

    assert isinstance(seen[0], PromiseDialog)
    assert not no_dialogs
    [promise] = workspace.ledger.promises(small_case.case_id)
    assert promise.by == PromiseBy.COLLECTOR
    assert (promise.amount, promise.due_date) == (Decimal("500"), dt.date(2026, 3, 25))
    assert (promise.party_id, promise.event_id) == (small_case.mike, letter.id)
    assert promise.made_at == letter.started_at
    assert view.promises.rowCount() == 1
    assert view.promises.data(view.promises.index(0, 0)) == "They did"
    assert view.promises.data(view.promises.index(0, 4)) == "Due in 5 days"
    assert "promise.created" in actions(workspace, small_case.case_id)


def test_a_promise_without_a_date_is_open(
    view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    def fill(dialog: PromiseDialog) -> None:
        dialog.description.setText("call them back")
        dialog.has_due.setChecked(False)

    view.run_dialog = filling(fill, [])  # type: ignore[arg-type]
    view.add_promise()
    [promise] = workspace.ledger.promises(small_case.case_id)
    assert (promise.by, promise.due_date, promise.amount) == (PromiseBy.USER, None, None)
    assert view.promises.state(promise)[0] == "open"


def test_a_bad_amount_shows_the_store_reason_and_saves_nothing(
    view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    with pytest.raises(StoreError) as refused:
        workspace.ledger.add_payment(small_case.case_id, "a lot", TODAY)
    closed: list[QDialog] = []

    def fill(dialog: PaymentDialog) -> None:
        dialog.amount.setText("a lot")
        dialog.method.setText("cash")
        dialog.finished.connect(lambda _r: closed.append(dialog))

    seen: list[QDialog] = []
    view.run_dialog = filling(fill, seen)  # type: ignore[arg-type]
    view.add_payment()

    assert no_dialogs == [("error", "Not saved", error_text(refused.value))]
    assert seen[0].method.text() == "cash"  # still there when the refusal was shown
    assert workspace.ledger.payments(small_case.case_id) == []
    assert view.payments.rowCount() == 0
    assert "payment.created" not in actions(workspace, small_case.case_id)

    no_dialogs.clear()

    def fill_promise(dialog: PromiseDialog) -> None:
        dialog.amount.setText("-5")

    view.run_dialog = filling(fill_promise, [])  # type: ignore[arg-type]
    view.add_promise()
    assert [kind for kind, *_ in no_dialogs] == ["error"]
    assert workspace.ledger.promises(small_case.case_id) == []


def test_a_payment_after_the_due_date_keeps_the_promise_late(
    view: LedgerView, workspace: Workspace, small_case: SmallCase
) -> None:
    promise = workspace.ledger.add_promise(
        small_case.case_id, PromiseBy.USER, amount="200", due_date="2026-03-10"
    )
    workspace.ledger.add_payment(small_case.case_id, "50", "2026-03-09", promise_id=promise.id)
    view.show_case(small_case.case_id, today=TODAY)
    state, words = view.promises.state(view.promises.rows()[0])
    assert state == "overdue" and "of" in words and "paid" in words  # part paid, still overdue
    workspace.ledger.add_payment(small_case.case_id, "150", "2026-03-12", promise_id=promise.id)
    view.show_case(small_case.case_id, today=TODAY)
    state, words = view.promises.state(view.promises.rows()[0])
    assert state == "kept_late" and words.startswith("Kept late")
    assert view.overdue_count() == 0


@pytest.mark.parametrize("reference", ["DEMO-US", "DEMO-CN"])
def test_the_demo_promise_that_was_paid_is_not_overdue(qtbot, workspace: Workspace, reference):
    create_demo(workspace)
    case_id = workspace.cases.case(reference).id
    view = LedgerView(workspace)
    qtbot.addWidget(view)
    view.show_case(case_id)
    [mine] = [p for p in view.promises.rows() if p.by == PromiseBy.USER]
    [payment] = workspace.ledger.payments(case_id)
    assert payment.amount == mine.amount
    assert view.promises.state(mine)[0] == "kept"
    assert view.payments.data(view.payments.index(0, 4)).startswith("I did: ")


def test_a_payment_can_answer_the_collector_s_offer_and_says_so(
    view: LedgerView, workspace: Workspace, small_case: SmallCase, no_dialogs
) -> None:
    """'They'd waive the fees if I paid $500 by Friday': the payment is linked to their offer,
    which then says what was paid and that it was by their date, not 'date passed'."""
    offer = workspace.ledger.add_promise(
        small_case.case_id,
        PromiseBy.COLLECTOR,
        description="waive fees if I pay $500 by Friday",
        amount="600",
        due_date=dt.date(2026, 3, 13),
    )
    view.show_case(small_case.case_id, today=TODAY)
    assert view.promises.state(view.promises.rows()[0])[0] == "past_date"
    view.promise_view.selectRow(0)
    offered: list[object] = []

    def fill(dialog: PaymentDialog) -> None:
        offered.extend(dialog.promise.itemData(i) for i in range(dialog.promise.count()))
        assert dialog.promise.currentData() == offer.id  # the selected offer
        dialog.amount.setText("500")
        dialog.paid_on.setDate(QDate(2026, 3, 13))

    view.run_dialog = filling(fill, [])  # type: ignore[arg-type]
    view.add_payment_button.click()
    assert offer.id in offered
    key, words = view.promises.state(view.promises.rows()[0])
    assert key == "paid_for_offer"
    assert words.startswith("You paid") and words.endswith("by their date")


def test_the_promise_a_payment_is_for_is_named_with_the_languages_colon(
    language: str, view: LedgerView, workspace: Workspace, small_case: SmallCase
) -> None:
    """The payments table named the promise "我: 我的承諾", an English colon in Chinese text
    (a Taiwanese walk-through)."""
    promise = workspace.ledger.add_promise(
        small_case.case_id, PromiseBy.USER, description="first part", amount="5000"
    )
    workspace.ledger.add_payment(
        small_case.case_id, amount="3000", paid_on=TODAY, promise_id=promise.id
    )
    view.show_case(small_case.case_id, today=TODAY)
    shown = view.payments.data(view.payments.index(0, 4))
    colon = "：" if language.startswith("zh") else ": "
    assert colon in shown and (language == "en" or ": " not in shown)
