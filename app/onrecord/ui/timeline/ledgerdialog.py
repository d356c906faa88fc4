"""“Add a promise” and “Add a payment”: what was agreed outside a recorded call, what was paid.

The same dialogs, prefilled, correct one (“Edit a promise”, “Edit a payment”); ``RemoveDialog``
asks before one is removed, and why. Each dialog hands what was typed to a ``save`` function
(the store checks it). If the store refuses, its reason is shown and the dialog stays open with
everything the user typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...store import StoreError
from ...store.enums import PromiseBy
from .. import dialogs, localefmt
from ..errors import error_text


@dataclass
class PromiseEntry:
    """What the promise dialog asks the store to add."""

    by: PromiseBy
    description: str
    amount: str  # as typed: the store reads it
    due_date: dt.date | None
    party_id: int | None
    event_id: int | None


@dataclass
class PaymentEntry:
    """What the payment dialog asks the store to add."""

    amount: str  # as typed: the store reads it
    paid_on: dt.date
    method: str
    reference: str
    promise_id: int | None
    notes: str


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setDate(_qdate(day))
    edit.setAccessibleName(name)
    return edit


def _amount_row(form: QFormLayout, text: str, edit: QLineEdit, currency: str) -> None:
    """The amount, with the case's currency after it (and Alt+key still reaching the box)."""
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    if currency:
        row.addWidget(QLabel(currency))
        edit.setAccessibleDescription(currency)
    label = QLabel(text)
    label.setBuddy(edit)
    form.addRow(label, row)


def amount_text(amount: Decimal | None) -> str:
    """A stored amount as the user would type it again ("150.00"), or empty."""
    return "" if amount is None else format(amount, "f")


class _LedgerDialog(QDialog):
    """Saves on OK; a refusal is shown and keeps the dialog open."""

    def __init__(self, save: Callable[[object], object], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(460)
        self.save = save
        self.saved: object = None

    def _buttons(self, ok_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def entry(self) -> object:
        raise NotImplementedError

    def refused_title(self) -> str:
        """The title of the message that shows the store's refusal."""
        return QCoreApplication.translate("LedgerDialog", "Not saved")

    def accept(self) -> None:
        try:
            self.saved = self.save(self.entry())
        except StoreError as exc:
            dialogs.error(self, self.refused_title(), error_text(exc))
            return
        super().accept()


class PromiseDialog(_LedgerDialog):
    def __init__(
        self,
        currency: str,
        parties: list[tuple[int, str]],
        events: list[tuple[int, str]],
        save: Callable[[PromiseEntry], object],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        entry: PromiseEntry | None = None,
    ) -> None:
        """``entry``: the promise to correct (the dialog is then "Edit a promise")."""
        super().__init__(save, parent)  # type: ignore[arg-type]
        editing = entry is not None
        self.setWindowTitle(self.tr("Edit a promise") if editing else self.tr("Add a promise"))
        today = today or dt.date.today()

        self.by_group = QButtonGroup(self)
        self.mine = QRadioButton(self.tr("&I promised"))
        self.theirs = QRadioButton(self.tr("&They promised or offered"))
        who = QHBoxLayout()
        for i, button in enumerate((self.mine, self.theirs)):
            self.by_group.addButton(button, i)
            who.addWidget(button)
        who.addStretch(1)
        self.mine.setChecked(True)

        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("What was promised"))
        self.description.setPlaceholderText(self.tr("For example: pay 150 by the 15th"))

        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Promised amount"))
        self.amount.setPlaceholderText(
            self.tr("Optional, for example %1").replace(
                "%1", localefmt.example_amount("150.00", currency)
            )
        )

        self.has_due = QCheckBox(self.tr("By a &date:"))
        self.has_due.setChecked(True)
        self.due = _date_edit(today, self.tr("Due date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        due = QHBoxLayout()
        due.addWidget(self.has_due)
        due.addWidget(self.due, 1)

        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Who on their side"))
        self.party.addItem(self.tr("Not known"), None)
        for party_id, name in parties:
            self.party.addItem(name, party_id)

        self.event = QComboBox()
        self.event.setAccessibleName(self.tr("Made during which contact"))
        self.event.addItem(self.tr("None of the logged contacts"), None)
        for event_id, text in events:
            self.event.addItem(text, event_id)

        form = QFormLayout()
        form.addRow(self.tr("Who:"), who)
        form.addRow(self.tr("&What:"), self.description)
        _amount_row(form, self.tr("&Amount:"), self.amount, currency)
        form.addRow(self.tr("Due:"), due)
        form.addRow(self.tr("Their &side:"), self.party)
        form.addRow(self.tr("C&ontact:"), self.event)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            self._buttons(self.tr("Save changes") if editing else self.tr("Add promise"))
        )
        if entry is not None:
            self._fill(entry)
        self.mine.setFocus()

    def _fill(self, entry: PromiseEntry) -> None:
        (self.mine if entry.by == PromiseBy.USER else self.theirs).setChecked(True)
        self.description.setText(entry.description)
        self.amount.setText(entry.amount)
        self.has_due.setChecked(entry.due_date is not None)
        if entry.due_date is not None:
            self.due.setDate(_qdate(entry.due_date))
        for combo, value in ((self.party, entry.party_id), (self.event, entry.event_id)):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def entry(self) -> PromiseEntry:
        return PromiseEntry(
            by=PromiseBy.USER if self.mine.isChecked() else PromiseBy.COLLECTOR,
            description=self.description.text().strip(),
            amount=self.amount.text().strip(),
            due_date=_day(self.due) if self.has_due.isChecked() else None,
            party_id=self.party.currentData(),
            event_id=self.event.currentData(),
        )


class PaymentDialog(_LedgerDialog):
    def __init__(
        self,
        currency: str,
        promises: list[tuple[int, str]],
        save: Callable[[PaymentEntry], object],
        parent: QWidget | None = None,
        *,
        promise_id: int | None = None,
        today: dt.date | None = None,
        entry: PaymentEntry | None = None,
    ) -> None:
        """``entry``: the payment to correct (the dialog is then "Edit a payment")."""
        super().__init__(save, parent)  # type: ignore[arg-type]
        editing = entry is not None
        self.setWindowTitle(self.tr("Edit a payment") if editing else self.tr("Add a payment"))
        today = today or dt.date.today()

        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount paid"))
        self.amount.setPlaceholderText(
            self.tr("For example %1").replace("%1", localefmt.example_amount("150.00", currency))
        )

        self.paid_on = _date_edit(today, self.tr("Payment date"))

        self.method = QLineEdit()
        self.method.setAccessibleName(self.tr("How it was paid"))
        self.method.setPlaceholderText(self.tr("For example: bank transfer, cash, card"))

        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setPlaceholderText(self.tr("Optional: receipt or transfer number"))

        self.promise = QComboBox()
        self.promise.setAccessibleName(self.tr("Which promise it pays"))
        # A long promise is cut short here (all of it is in the list), not the dialog widened.
        self.promise.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.promise.setMinimumContentsLength(30)
        self.promise.addItem(self.tr("No particular promise"), None)
        for pid, text in promises:
            self.promise.addItem(text, pid)
        if promise_id is not None:
            self.promise.setCurrentIndex(max(0, self.promise.findData(promise_id)))

        self.notes = QLineEdit()
        self.notes.setAccessibleName(self.tr("Note"))
        self.notes.setPlaceholderText(self.tr("Optional"))

        form = QFormLayout()
        _amount_row(form, self.tr("&Amount:"), self.amount, currency)
        form.addRow(self.tr("&Paid on:"), self.paid_on)
        form.addRow(self.tr("&How:"), self.method)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("&For promise:"), self.promise)
        form.addRow(self.tr("No&te:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            self._buttons(self.tr("Save changes") if editing else self.tr("Add payment"))
        )
        if entry is not None:
            self.amount.setText(entry.amount)
            self.paid_on.setDate(_qdate(entry.paid_on))
            self.method.setText(entry.method)
            self.reference.setText(entry.reference)
            self.promise.setCurrentIndex(max(0, self.promise.findData(entry.promise_id)))
            self.notes.setText(entry.notes)
        self.amount.setFocus()

    def entry(self) -> PaymentEntry:
        return PaymentEntry(
            amount=self.amount.text().strip(),
            paid_on=_day(self.paid_on),
            method=self.method.text().strip(),
            reference=self.reference.text().strip(),
            promise_id=self.promise.currentData(),
            notes=self.notes.text().strip(),
        )


def item_label(text: str) -> QLabel:
    """The thing a dialog acts on, in one indented, wrapped line of plain text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setIndent(12)
    return label


def reason_row(line: QLineEdit, label_text: str) -> QHBoxLayout:
    """ "Reason: [line]", the label's accelerator taking the focus to the line."""
    label = QLabel(label_text)
    label.setBuddy(line)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(line, 1)
    return row


class _ReasonDialog(_LedgerDialog):
    """A question about one item, with a reason for the answer: removing a promise, or
    withdrawing a contact or a file. ``save`` gets the reason."""

    reason: QLineEdit

    def _lay_out(
        self, labels: Sequence[QLabel], reason_label: str, ok_text: str, *, required: bool
    ) -> None:
        """The labels, the reason's row and the buttons; OK waits for a reason if
        ``required``."""
        layout = QVBoxLayout(self)
        for label in labels:
            layout.addWidget(label)
        layout.addLayout(reason_row(self.reason, reason_label))
        self.buttons = self._buttons(ok_text)
        layout.addWidget(self.buttons)
        if required:
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setEnabled(False)
            self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.reason.setFocus()

    def entry(self) -> str:
        return self.reason.text().strip()


class RemoveDialog(_ReasonDialog):
    """Asks before a promise or payment typed by mistake is removed, and for an optional reason.

    ``remove`` gets the reason; the store logs the removal with what was removed.
    """

    def __init__(
        self,
        title: str,
        question: str,
        item: str,
        remove: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        consequence: str = "",
    ) -> None:
        super().__init__(remove, parent)  # type: ignore[arg-type]
        self.setWindowTitle(title)
        self.question = QLabel(question)
        self.item = item_label(item)
        self.consequence = QLabel(consequence)
        self.consequence.setWordWrap(True)
        self.consequence.setVisible(bool(consequence))
        self.logged = QLabel(
            self.tr(
                "The removal is recorded in the case's audit log, with what was removed and "
                "your reason; an evidence package of the whole case shows it."
            )
        )
        self.logged.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the removal"))
        self.reason.setPlaceholderText(self.tr("Optional, for example: entered twice"))
        self._lay_out(
            (self.question, self.item, self.consequence, self.logged),
            self.tr("&Reason:"),
            self.tr("Remove"),
            required=False,
        )

    def refused_title(self) -> str:
        return QCoreApplication.translate("LedgerDialog", "Not removed")
