"""Who is calling: the case's collectors and organisations, and the numbers they call from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..store import StoreError, Workspace
from ..store.enums import PartyRole
from ..store.models import Party, PhoneNumber
from ..store.phones import pretty
from . import dialogs, labels
from .errors import error_text
from .tablemodel import Column, RowsModel


def fit_placeholder(edit: QLineEdit) -> None:
    """Make ``edit`` at least wide enough to show its whole placeholder, in the language it is
    in (a walk-through's "Add number" cut "as it appears on …")."""
    metrics = edit.fontMetrics()
    margins = edit.textMargins()
    # QLineEdit's own inner margin (2 px each side) and the cursor, then the frame the style adds
    text = metrics.horizontalAdvance(edit.placeholderText()) + 2 * 2 + 2
    text += margins.left() + margins.right()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    size = edit.style().sizeFromContents(
        QStyle.ContentsType.CT_LineEdit, option, QSize(text, metrics.height()), edit
    )
    edit.setMinimumWidth(max(edit.minimumWidth(), size.width()))


class PartyDialog(QDialog):
    """A collector or organisation of the case; ``company``: a new collector's company, the
    case's collection agency (a walk-through typed it again for each collector)."""

    def __init__(
        self, party: Party | None, parent: QWidget | None = None, company: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit collector") if party else self.tr("Add collector"))
        self.name = QLineEdit(party.name if party else "")
        self.employee_id = QLineEdit(party.employee_id if party else "")
        self.organisation = QLineEdit(party.organisation if party else company)
        self.aliases = QLineEdit(party.aliases if party else "")
        self.aliases.setPlaceholderText(self.tr("other names they used"))
        fit_placeholder(self.aliases)
        self.role = QComboBox()
        for role in PartyRole:
            self.role.addItem(labels.party_role(role), role.value)
        if party:
            self.role.setCurrentIndex(self.role.findData(party.role.value))
        self.notes = QPlainTextEdit(party.notes if party else "")
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Employee ID"), self.employee_id)
        form.addRow(self.tr("&Company"), self.organisation)
        form.addRow(self.tr("&Also called"), self.aliases)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("N&otes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "employee_id": self.employee_id.text(),
            "organisation": self.organisation.text(),
            "aliases": self.aliases.text(),
            "role": self.role.currentData(),
            "notes": self.notes.toPlainText(),
        }


class NumberDialog(QDialog):
    def __init__(
        self, number: PhoneNumber | None, parties: list[Party], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit number") if number else self.tr("Add number"))
        self.raw = QLineEdit(number.raw if number else "")
        self.raw.setPlaceholderText(self.tr("as it appears on your phone"))
        self.party = QComboBox()
        self.party.addItem(self.tr("(not known yet)"), None)
        for party in parties:
            self.party.addItem(party.name, party.id)
        if number and number.party_id:
            self.party.setCurrentIndex(self.party.findData(number.party_id))
        self.label = QLineEdit(number.label if number else "")
        self.label.setPlaceholderText(self.tr("e.g. office line"))
        for edit in (self.raw, self.label):
            fit_placeholder(edit)
        form = QFormLayout()
        form.addRow(self.tr("&Number"), self.raw)
        form.addRow(self.tr("&Belongs to"), self.party)
        form.addRow(self.tr("&Label"), self.label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, int | None, str]:
        return self.raw.text(), self.party.currentData(), self.label.text()


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
    return view


class PeoplePanel(QWidget):
    """Two lists with add / edit / remove: the parties, and the phone numbers."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        #: Runs a dialog; tests replace it to fill in and accept the dialog.
        self.run_dialog: Callable[[QDialog], bool] = lambda d: (
            d.exec() == QDialog.DialogCode.Accepted
        )

        self.parties_model: RowsModel[Party] = RowsModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Employee ID"), lambda p: p.employee_id),
                Column(self.tr("Company"), lambda p: p.organisation),
                Column(self.tr("Role"), lambda p: labels.party_role(p.role)),
                Column(self.tr("Notes"), lambda p: p.notes.splitlines()[0] if p.notes else ""),
            ]
        )
        self.numbers_model: RowsModel[PhoneNumber] = RowsModel(
            [
                Column(self.tr("Number"), lambda n: pretty(n.e164, n.raw)),
                Column(self.tr("As typed"), lambda n: n.raw),
                Column(self.tr("Check"), self._number_check),
                Column(self.tr("Belongs to"), self._party_name),
                Column(self.tr("Label"), lambda n: labels.number_label(n.label)),
            ]
        )
        self.parties_view = _table(self.parties_model)
        self.parties_view.setAccessibleName(self.tr("Collectors and organisations"))
        self.parties_view.doubleClicked.connect(self.edit_party)
        self.numbers_view = _table(self.numbers_model)
        self.numbers_view.setAccessibleName(self.tr("Phone numbers"))
        self.numbers_view.doubleClicked.connect(self.edit_number)

        layout = QVBoxLayout(self)
        layout.addWidget(
            self._group(
                self.tr("Collectors and organisations"),
                self.parties_view,
                [
                    (self.tr("Add c&ollector…"), self.add_party),
                    (self.tr("Edit…"), self.edit_party),
                    (self.tr("Remove"), self.remove_party),
                ],
            )
        )
        layout.addWidget(
            self._group(
                self.tr("Phone numbers"),
                self.numbers_view,
                [
                    (self.tr("Add n&umber…"), self.add_number),
                    (self.tr("Edit…"), self.edit_number),
                    (self.tr("Remove"), self.remove_number),
                ],
            )
        )

    def _group(
        self, title: str, view: QTableView, actions: list[tuple[str, Callable[[], None]]]
    ) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout()
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        layout.addLayout(row)
        return box

    def _number_check(self, number: PhoneNumber) -> str:
        if number.is_valid and not number.problem:
            return self.tr("valid")
        if number.is_valid:
            return self.tr("valid (%s)") % labels.number_problem(number.problem)
        return self.tr("kept as typed: %s") % labels.number_problem(number.problem)

    def _party_name(self, number: PhoneNumber) -> str:
        for party in self.parties_model.rows():
            if party.id == number.party_id:
                return party.name
        return ""

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        if case_id is None:
            self.parties_model.set_rows([])
            self.numbers_model.set_rows([])
            return
        self.parties_model.set_rows(self.workspace.cases.parties(case_id))
        self.numbers_model.set_rows(self.workspace.cases.numbers(case_id))

    def refresh(self) -> None:
        self.show_case(self.case_id)

    def _selected(self, view: QTableView, model: RowsModel) -> object | None:
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def _attempt(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except StoreError as exc:
            dialogs.error(self, self.tr("Not saved"), error_text(exc))
            return False
        self.refresh()
        return True

    # ---------------------------------------------------------- parties
    def add_party(self) -> None:
        if self.case_id is None:
            return
        agency = self.workspace.cases.case(self.case_id).agency
        dialog = PartyDialog(None, self, company=agency)
        if self.run_dialog(dialog):
            values = dialog.values()
            name = values.pop("name")
            self._attempt(lambda: self.workspace.cases.add_party(self.case_id, name, **values))

    def edit_party(self) -> None:
        party = self._selected(self.parties_view, self.parties_model)
        if not isinstance(party, Party):
            return
        dialog = PartyDialog(party, self)
        if self.run_dialog(dialog):
            self._attempt(lambda: self.workspace.cases.update_party(party.id, **dialog.values()))

    def remove_party(self) -> None:
        party = self._selected(self.parties_view, self.parties_model)
        if isinstance(party, Party) and dialogs.confirm(
            self,
            self.tr("Remove collector"),
            self.tr("Remove %s? The audit log keeps a record of the removal.") % party.name,
        ):
            self._attempt(lambda: self.workspace.cases.remove_party(party.id))

    # ---------------------------------------------------------- numbers
    def add_number(self) -> None:
        if self.case_id is None:
            return
        dialog = NumberDialog(None, self.parties_model.rows(), self)
        if self.run_dialog(dialog):
            raw, party_id, label = dialog.values()
            self._attempt(
                lambda: self.workspace.cases.add_number(
                    self.case_id, raw, party_id=party_id, label=label
                )
            )

    def edit_number(self) -> None:
        number = self._selected(self.numbers_view, self.numbers_model)
        if not isinstance(number, PhoneNumber):
            return
        dialog = NumberDialog(number, self.parties_model.rows(), self)
        if self.run_dialog(dialog):
            raw, party_id, label = dialog.values()
            self._attempt(
                lambda: self.workspace.cases.update_number(
                    number.id, raw=raw, party_id=party_id, label=label
                )
            )

    def remove_number(self) -> None:
        number = self._selected(self.numbers_view, self.numbers_model)
        if isinstance(number, PhoneNumber) and dialogs.confirm(
            self,
            self.tr("Remove number"),
            self.tr("Remove %s? The audit log keeps a record of the removal.") % number.display,
        ):
            self._attempt(lambda: self.workspace.cases.remove_number(number.id))
