"""Who is calling: name, employee ID, company and number, completed from the case."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..store import Workspace
from ..store.enums import PartyRole, PromiseBy
from ..store.models import Party


def _completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(sorted(set(w for w in words if w)), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class CallerInfo(QGroupBox):
    """The caller's details for the current call, applied to its event when the call ends."""

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
        form = QFormLayout(self)
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
        self.case_id = case_id
        self.parties = self.workspace.cases.parties(case_id) if case_id else []
        numbers = self.workspace.cases.numbers(case_id) if case_id else []
        case = self.workspace.cases.case(case_id) if case_id else None
        self.name.setCompleter(_completer([p.name for p in self.parties], self))
        self.company.setCompleter(
            _completer(
                [p.organisation for p in self.parties] + ([case.agency] if case else []), self
            )
        )
        self.number.setCompleter(_completer([n.raw for n in numbers], self))

    def clear(self) -> None:
        for field in (self.name, self.employee_id, self.company, self.number):
            field.clear()

    def _fill_from_party(self) -> None:
        party = self._known_party()
        if party is None:
            return
        if not self.employee_id.text():
            self.employee_id.setText(party.employee_id)
        if not self.company.text():
            self.company.setText(party.organisation)

    def _known_party(self) -> Party | None:
        name = self.name.text().strip().casefold()
        return next((p for p in self.parties if p.name.casefold() == name), None)

    def apply_to_event(self, event_id: int) -> None:
        """Link the call to the caller (created in the case if new) and to the number."""
        if self.case_id is None:
            return
        cases = self.workspace.cases
        party_id: int | None = None
        name = self.name.text().strip()
        if name:
            party = self._known_party()
            if party is None:
                party = cases.add_party(
                    self.case_id,
                    name,
                    employee_id=self.employee_id.text(),
                    organisation=self.company.text(),
                    role=PartyRole.COLLECTOR,
                )
            else:
                changes = {}
                if self.employee_id.text().strip() and not party.employee_id:
                    changes["employee_id"] = self.employee_id.text()
                if self.company.text().strip() and not party.organisation:
                    changes["organisation"] = self.company.text()
                if changes:
                    party = cases.update_party(party.id, **changes)
            party_id = party.id
            self.parties = cases.parties(self.case_id)
        number = self.number.text().strip()
        if party_id is None and not number:
            return
        event = self.workspace.corrections.update_event(
            event_id, number=number or None, **({"party_id": party_id} if party_id else {})
        )
        if party_id is not None and event.phone_number_id is not None:
            for known in cases.numbers(self.case_id):
                if known.id == event.phone_number_id and known.party_id is None:
                    cases.update_number(known.id, party_id=party_id)


class PromiseEntry(QGroupBox):
    """Quick entry of a promise: amount and date, theirs or mine, pinned to this moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("A promise was made"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("amount"))
        self.amount.setAccessibleName(self.tr("Promised amount"))
        self.due = QDateEdit(QDate.currentDate())
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("Promised date"))
        self.theirs = QPushButton(self.tr("Their promise"))
        self.mine = QPushButton(self.tr("My promise"))
        row = QHBoxLayout()
        row.addWidget(self.amount, 2)
        row.addWidget(self.due, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.theirs)
        buttons.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)

    def values(self, by: PromiseBy) -> dict[str, object]:
        return {
            "by": by,
            "amount": self.amount.text(),
            "due_date": self.due.date().toPython(),
        }

    def clear(self) -> None:
        self.amount.clear()
        self.due.setDate(QDate.currentDate())
