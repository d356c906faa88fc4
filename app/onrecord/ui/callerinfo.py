"""Who is calling: name, employee ID, company and number, completed from the case."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..capture.unsaved import CallerDetails, apply_caller
from ..store import Workspace
from ..store.enums import PromiseBy
from ..store.models import Party, PhoneNumber
from ..store.phones import normalise


def _completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(sorted(set(w for w in words if w)), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class CallerInfo(QGroupBox):
    """The caller's details for the current call, applied to its event when the call ends."""

    edited = Signal()  # any of the details changed (typed, completed or filled in)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who is calling"))
        self.workspace = workspace
        self.case_id: int | None = None
        self.parties: list[Party] = []
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("the name they give"))
        self.name.editingFinished.connect(self._fill_from_party)
        self.employee_id = QLineEdit()
        self.company = QLineEdit()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("the number on your phone"))
        self.number.editingFinished.connect(self._fill_from_number)
        self.region = ""
        self.numbers: list[PhoneNumber] = []
        # The details belong to one call: once it has ended they are that call's, and the next
        # call starts empty. The last caller is offered, never filled in silently: a new call
        # saved under the last collector's name would put the wrong person in the evidence.
        self.ended_call: int | None = None  # the event the shown details were saved to
        self.ended_in_case: int | None = None
        self.last_caller: dict[str, str] | None = None
        self.same_as_last = QPushButton()
        self.same_as_last.setObjectName("sameCallerAsLast")
        self.same_as_last.setVisible(False)
        self.same_as_last.clicked.connect(self.use_last_caller)
        for field in self._fields().values():
            field.textChanged.connect(self.edited)
        # Space is kept for the offer, shown or not: appearing as a call starts, it pushed
        # the fields down under a click meant for one of them.
        policy = self.same_as_last.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.same_as_last.setSizePolicy(policy)
        outer = QVBoxLayout(self)
        outer.addWidget(self.same_as_last)
        form = QFormLayout()
        outer.addLayout(form)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Employee ID"), self.employee_id)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Number"), self.number)
        for label, widget in (
            (self.tr("Caller's name"), self.name),
            (self.tr("Caller's employee ID"), self.employee_id),
            (self.tr("Caller's company"), self.company),
            (self.tr("Caller's number"), self.number),
        ):
            widget.setAccessibleName(label)

    def show_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self._forget_last_caller()  # another case's collector is no suggestion here
        self.case_id = case_id
        self.parties = self.workspace.cases.parties(case_id) if case_id else []
        numbers = self.workspace.cases.numbers(case_id) if case_id else []
        self.numbers = numbers
        case = self.workspace.cases.case(case_id) if case_id else None
        self.region = case.region if case else ""
        self.name.setCompleter(_completer([p.name for p in self.parties], self))
        self.company.setCompleter(
            _completer(
                [p.organisation for p in self.parties] + ([case.agency] if case else []), self
            )
        )
        self.number.setCompleter(_completer([n.raw for n in numbers], self))

    def clear(self) -> None:
        for field in self._fields().values():
            field.clear()

    def _fields(self) -> dict[str, QLineEdit]:
        return {
            "name": self.name,
            "employee_id": self.employee_id,
            "company": self.company,
            "number": self.number,
        }

    def call_ended(self, event_id: int) -> None:
        """The details shown are now that call's (they can still be completed and saved)."""
        self.ended_call = event_id
        self.ended_in_case = self.case_id

    def new_call(self) -> None:
        """A call starts: details left from the last call are offered, not kept.

        What the user typed before pressing Record (no call has ended since) is for this call
        and stays.
        """
        if self.ended_call is None:
            return
        self.ended_call = None
        shown = {key: field.text().strip() for key, field in self._fields().items()}
        self.clear()
        if not (shown["name"] or shown["number"]) or self.ended_in_case != self.case_id:
            self._forget_last_caller()  # nobody to offer, or another case's collector
            return
        self.last_caller = shown
        who = " · ".join(part for part in (shown["name"], shown["number"]) if part)
        self.same_as_last.setText(self.tr("Same caller as last call: %1").replace("%1", who))
        self.same_as_last.setAccessibleName(self.tr("Same caller as last call"))
        self.same_as_last.setToolTip(self.tr("Fill in the details of the last caller"))
        self.same_as_last.setVisible(True)

    def use_last_caller(self) -> None:
        if self.last_caller is None:
            return
        for key, field in self._fields().items():
            field.setText(self.last_caller.get(key, ""))
        self._forget_last_caller()

    def _forget_last_caller(self) -> None:
        self.last_caller = None
        self.same_as_last.setVisible(False)

    def _fill_from_party(self) -> None:
        party = self._known_party()
        if party is None:
            return
        if not self.employee_id.text():
            self.employee_id.setText(party.employee_id)
        if not self.company.text():
            self.company.setText(party.organisation)

    def _fill_from_number(self) -> None:
        """A number the case knows as a collector's fills in who that is (an empty name
        only: what the user typed is theirs)."""
        if self.name.text().strip():
            return
        typed = self.number.text().strip()
        if not typed:
            return
        e164 = normalise(typed, self.region).e164
        known = next((n for n in self.numbers if n.raw == typed or (e164 and n.e164 == e164)), None)
        party = next((p for p in self.parties if known and p.id == known.party_id), None)
        if party is None:
            return
        self.name.setText(party.name)
        self._fill_from_party()

    def _known_party(self) -> Party | None:
        name = self.name.text().strip().casefold()
        return next((p for p in self.parties if p.name.casefold() == name), None)

    def details(self) -> CallerDetails:
        """The details as typed (journalled during a call so that a crash keeps them)."""
        return CallerDetails(**{key: field.text().strip() for key, field in self._fields().items()})

    def missing(self) -> bool:
        """Whether who called (the name) or their number is not given."""
        details = self.details()
        return not (details.name and details.number)

    def saved_words(self) -> str:
        """What the call was saved with, and what to add only if something is missing (rich
        text). "You can still complete who called" after both were typed and saved read as
        "nothing was saved" to a walk-through."""
        details = self.details()
        name, number = _escape(details.name), _escape(details.number)
        if name and number:
            return (
                self.tr("Saved with this call: who called (%1) and their number (%2).")
                .replace("%1", name)
                .replace("%2", number)
            )
        if name:
            return self.tr(
                "Saved with this call: who called (%1). If you know their number, type it "
                "under “Who is calling” and press Save call details."
            ).replace("%1", name)
        if number:
            return self.tr(
                "Saved with this call: their number (%1). If you know their name, type it "
                "under “Who is calling” and press Save call details."
            ).replace("%1", number)
        return self.tr(
            "Who called is not saved with this call. If you know their name or number, type "
            "it under “Who is calling” and press Save call details."
        )

    def apply_to_event(self, event_id: int) -> None:
        """Link the call to the caller (created in the case if new) and to the number."""
        if self.case_id is None:
            return
        apply_caller(self.workspace, self.case_id, event_id, self.details(), correct=True)
        self.parties = self.workspace.cases.parties(self.case_id)


class PromiseEntry(QGroupBox):
    """Quick entry of a promise: amount and date, theirs or mine, pinned to this moment.

    The date is optional: "I'll pay 5000" said without a date must not be recorded as due
    today. Picking a date ticks "by"; the amount shows the case's currency next to it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("A promise was made"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("amount"))
        self.amount.setAccessibleName(self.tr("Promised amount"))
        self.currency = QLabel()
        self.has_due = QCheckBox(self.tr("by"))
        self.has_due.setAccessibleName(self.tr("The promise has a date"))
        self.due = QDateEdit(QDate.currentDate())
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("Promised date"))
        self.due.dateChanged.connect(lambda _date: self.has_due.setChecked(True))
        self.theirs = QPushButton(self.tr("Their promise"))
        self.mine = QPushButton(self.tr("My promise"))
        row = QHBoxLayout()
        row.addWidget(self.amount, 2)
        row.addWidget(self.currency)
        row.addWidget(self.has_due)
        row.addWidget(self.due, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.theirs)
        buttons.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)

    def set_currency(self, code: str) -> None:
        self.currency.setText(code)
        self.amount.setAccessibleDescription(code)

    def values(self, by: PromiseBy) -> dict[str, object]:
        return {
            "by": by,
            "amount": self.amount.text(),
            "due_date": self.due.date().toPython() if self.has_due.isChecked() else None,
        }

    def clear(self) -> None:
        self.amount.clear()
        self.due.setDate(QDate.currentDate())
        self.has_due.setChecked(False)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
