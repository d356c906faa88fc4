"""The form to create a case or edit its details (the debt, where it is, its time zone)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import available_timezones

import phonenumbers
from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_mod
from ..conduct.rules import jurisdictions_asking
from ..regions import suggest
from ..store import StoreError, Workspace, validate
from ..store.enums import JURISDICTION_DEFAULTS, Jurisdiction
from ..store.models import Case
from . import dialogs, labels, localefmt, placenames
from .errors import error_text
from .i18n import current_language

#: The case's statement that its rules may ask (``conduct.rules.STATEMENTS``).
ILLEGAL_DEBT = "debt_may_be_illegal"
#: The keys of :meth:`CaseForm.values`, in the order the form shows them.
FIELDS = (
    "title",
    "reference",
    "creditor",
    "agency",
    "account_ref",
    "my_numbers",
    "amount",
    "currency",
    "due_date",
    "jurisdiction",
    "timezone",
    "region",
    "contract_notes",
    "notes",
    ILLEGAL_DEBT,
)


class _ToggleLabel(QLabel):
    """The wrapped words of a check box: a click on them ticks the box, as on its own text
    (a QCheckBox's text cannot wrap, and this one is a sentence)."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class _WrappingRow(QWidget):
    """A form row of wrapped words: as tall as its words at its width (a form layout would
    give it the height they take at their preferred, much narrower, width)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.isVisible() and self.hasHeightForWidth():
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class CaseForm(QWidget):
    """Shows one case's details; in "new" mode the same form creates a case.

    The form knows whether it differs from what was loaded (:meth:`has_unsaved_changes`);
    before it shows something else, :meth:`ask_to_save` lets the user save, discard or stay.
    """

    case_saved = Signal(int)
    #: True when the form starts to differ from what was loaded, False when it no longer does.
    modified_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        self._loading = False
        #: The values as loaded (or as a new form starts); None while the form is being filled.
        self._clean: dict[str, Any] | None = None
        self._loaded_title = ""
        self._modified = False

        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        # A long title wraps (or is cut) instead of making the window wider than the screen.
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setMinimumWidth(1)
        # Said when the case was changed elsewhere while it was being edited here.
        self.saved_elsewhere = QLabel()
        self.saved_elsewhere.setObjectName("savedElsewhere")
        self.saved_elsewhere.setWordWrap(True)
        self.saved_elsewhere.setStyleSheet("color:#4a5568;")
        self.saved_elsewhere.setVisible(False)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Credit card with Harbor Bank"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("assigned automatically"))
        self.creditor = QLineEdit()
        self.creditor.setPlaceholderText(self.tr("who you originally owed"))
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("the company that is calling you"))
        self.account_ref = QLineEdit()
        # Which of her numbers they call: a lawyer asking the carrier for its records needs
        # it, and nothing else in the case file says it.
        self.my_numbers = QLineEdit()
        self.my_numbers.setPlaceholderText(
            self.tr("the numbers they call you on: your mobile, your home or work phone")
        )
        self.amount = QLineEdit()
        self._loaded_amount = ""  # the amount as the saved case shows it
        self.currency = placenames.searchable_combo(placenames.currency_items())
        # What the amount typed will be saved as ("2.3万" is 23,000), or why it cannot be:
        # seen while typing, not found out after saving.
        self.amount_preview = QLabel()
        self.amount_preview.setObjectName("amountPreview")
        self.amount_preview.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.amount_preview.setWordWrap(True)
        self.amount_preview.setVisible(False)
        self.has_due_date = QCheckBox(self.tr("Known"))
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        # Shown only once the date is known: greyed out, it still showed today's date, which
        # a walk-through read as a due date (a made-up one).
        self.due_date.setVisible(False)
        self.has_due_date.toggled.connect(self.due_date.setVisible)
        self.jurisdiction = QComboBox()
        for value in Jurisdiction:
            self.jurisdiction.addItem(labels.jurisdiction(value), value.value)
        self.jurisdiction.currentIndexChanged.connect(self._jurisdiction_changed)
        self.timezone = placenames.searchable_combo(
            placenames.zone_items(list(available_timezones()))
        )
        self.region = placenames.searchable_combo(
            placenames.region_items(sorted(phonenumbers.SUPPORTED_REGIONS))
        )
        # What the user says about the debt; asked only where a rule depends on it (mainland
        # China's crime of collecting an illegal debt), or while it is ticked.
        statement = self.tr(
            "I believe this debt may itself be illegal "
            "(for example high-interest usury or a gambling debt)"
        )
        explanation = self.tr(
            "Only then does OnRecord check the crime of collecting an illegal debt "
            "(mainland China's Criminal Law, art. 293-1). This is information, not legal advice."
        )
        self.debt_may_be_illegal = QCheckBox()
        self.debt_may_be_illegal.setAccessibleName(statement)
        self.debt_may_be_illegal.setAccessibleDescription(explanation)
        self.illegal_debt_text = _ToggleLabel(statement, self.debt_may_be_illegal)
        self.illegal_debt_help = QLabel(explanation)
        self.illegal_debt_help.setWordWrap(True)
        self.illegal_debt_help.setStyleSheet("color:#4a5568;")
        self.illegal_debt_row = _WrappingRow()
        illegal_words = QVBoxLayout()
        illegal_words.setSpacing(2)
        illegal_words.addWidget(self.illegal_debt_text)
        illegal_words.addWidget(self.illegal_debt_help)
        illegal_words.addStretch(1)  # room left over goes below the words, not between
        illegal_row = QHBoxLayout(self.illegal_debt_row)
        illegal_row.setContentsMargins(0, 0, 0, 0)
        illegal_row.addWidget(self.debt_may_be_illegal, 0, Qt.AlignmentFlag.AlignTop)
        illegal_row.addLayout(illegal_words, 1)
        self.contract_notes = QPlainTextEdit()
        self.contract_notes.setPlaceholderText(self.tr("what the contract or statements say"))
        self.notes = QPlainTextEdit()
        for box in (self.contract_notes, self.notes):
            box.setTabChangesFocus(True)  # Tab moves on (keyboard users), as in a line edit
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 4 + 12)  # four lines

        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 3)
        amount_row.addWidget(self.currency, 1)
        amount_box = QVBoxLayout()
        amount_box.setSpacing(2)
        amount_box.addLayout(amount_row)
        # A line kept for the preview, shown or not: appearing as the first digit was typed,
        # it pushed the rows below down, and a click meant for "Known" (the due date) landed
        # on empty space (a walk-through).
        preview_room = QWidget()
        preview_room.setMinimumHeight(self.amount_preview.fontMetrics().lineSpacing())
        room = QVBoxLayout(preview_room)
        room.setContentsMargins(0, 0, 0, 0)
        room.addWidget(self.amount_preview)
        amount_box.addWidget(preview_room)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due_date)
        due_row.addWidget(self.due_date, 1)

        self.form = form = QFormLayout()
        form.addRow(self.tr("Tit&le"), self.title)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Original cre&ditor"), self.creditor)
        form.addRow(self.tr("Collection agenc&y"), self.agency)
        form.addRow(self.tr("Account / contract no."), self.account_ref)
        form.addRow(self.tr("Yo&ur phone number(s)"), self.my_numbers)
        form.addRow(self.tr("Amount claimed"), amount_box)
        form.addRow(self.tr("Due date"), due_row)
        form.addRow(self.tr("&Whose rules apply"), self.jurisdiction)
        form.addRow("", self.illegal_debt_row)
        form.addRow(self.tr("Your time &zone"), self.timezone)
        form.addRow(self.tr("Ph&one region"), self.region)
        form.addRow(self.tr("Contract notes"), self.contract_notes)
        form.addRow(self.tr("Notes"), self.notes)
        for label_text, widget in [
            (self.tr("Title"), self.title),
            (self.tr("Amount claimed"), self.amount),
            (self.tr("Time zone"), self.timezone),
            (self.tr("Currency"), self.currency),
            (self.tr("Due date is known"), self.has_due_date),
            (self.tr("Due date"), self.due_date),
        ]:
            widget.setAccessibleName(label_text)

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.saved_elsewhere)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for line in self._lines():
            line.textChanged.connect(self._update_modified)
        for combo in (self.currency, self.timezone, self.region):
            combo.currentTextChanged.connect(self._update_modified)
        self.jurisdiction.currentIndexChanged.connect(self._update_modified)
        self.amount.textChanged.connect(self._show_amount_preview)
        self.currency.currentTextChanged.connect(self._show_amount_preview)
        self.currency.currentTextChanged.connect(self._amount_example)
        self._amount_example()
        self.has_due_date.toggled.connect(self._update_modified)
        self.debt_may_be_illegal.toggled.connect(self._update_modified)
        self.debt_may_be_illegal.toggled.connect(self._show_illegal_debt)
        self.jurisdiction.currentIndexChanged.connect(self._show_illegal_debt)
        self.due_date.dateChanged.connect(self._update_modified)
        self.contract_notes.textChanged.connect(self._update_modified)
        self.notes.textChanged.connect(self._update_modified)
        self.start_new()

    def _lines(self) -> tuple[QLineEdit, ...]:
        """The one-line fields of the form."""
        return (
            self.title,
            self.reference,
            self.creditor,
            self.agency,
            self.account_ref,
            self.my_numbers,
            self.amount,
        )

    def _amount_example(self) -> None:
        """The amount's example as this currency's amounts are written (no cents in NT$)."""
        example = localefmt.example_amount("3482.17", placenames.value_of(self.currency))
        self.amount.setPlaceholderText(self.tr("amount they claim, e.g. %1").replace("%1", example))

    # ------------------------------------------------------------ modes
    def start_new(self) -> None:
        """Empty the form for a new case, with defaults for the chosen jurisdiction."""
        self.case_id = None
        self._clean = None
        self._loaded_title = ""
        self._loaded_amount = ""
        self._loading = True
        for line in self._lines():
            line.clear()
        self.contract_notes.clear()
        self.notes.clear()
        self.has_due_date.setChecked(False)
        self.due_date.setDate(QDate.currentDate())
        self.debt_may_be_illegal.setChecked(False)
        saved = settings_mod.load(self.workspace.data_dir)
        # Without the first-run guide's answer: the computer's zone or the UI language.
        guess, guessed_zone = suggest(localefmt.system_zone(), current_language())
        jurisdiction = saved.default_jurisdiction or guess.value
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(jurisdiction)))
        self._loading = False
        self._jurisdiction_changed()
        if saved.default_timezone:
            placenames.set_value(self.timezone, saved.default_timezone)
        elif jurisdiction == guess.value:
            placenames.set_value(self.timezone, guessed_zone)
        self.heading.setText(
            self.tr(
                "<h2>New case</h2>One case per debt. Only a title is needed; "
                "add the rest when you know it."
            )
        )
        self.heading.setToolTip("")
        self.save_button.setText(self.tr("Create case"))
        self.revert_button.setVisible(False)
        self._mark_clean()
        self.title.setFocus()

    def load(self, case: Case) -> None:
        self.case_id = case.id
        self._clean = None
        self._loading = True
        self._show_title(case)
        for key in FIELDS:
            self._show_field(key, case)
        self._loading = False
        self.save_button.setText(self.tr("Sa&ve changes"))
        self.revert_button.setVisible(True)
        self._mark_clean()

    def _show_title(self, case: Case) -> None:
        self._loaded_title = case.title
        self.heading.setText(f"<h2>{_escape(_breakable(case.title))}</h2>")
        self.heading.setToolTip(case.title)

    def _show_field(self, key: str, case: Case) -> None:
        """Show one field (a key of :meth:`values`) as ``case`` has it."""
        lines = {
            "title": self.title,
            "reference": self.reference,
            "creditor": self.creditor,
            "agency": self.agency,
            "account_ref": self.account_ref,
            "my_numbers": self.my_numbers,
        }
        combos = {"currency": self.currency, "timezone": self.timezone, "region": self.region}
        if key in lines:
            lines[key].setText(getattr(case, key))
        elif key in combos:
            placenames.set_value(combos[key], getattr(case, key))
        elif key == "amount":
            self.amount.setText(_amount_text(case))
            self._loaded_amount = self.amount.text()  # shown as saved: no preview for it
            self._show_amount_preview()
        elif key == "due_date":
            self.has_due_date.setChecked(case.due_date is not None)
            self.due_date.setDate(QDate(case.due_date) if case.due_date else QDate.currentDate())
        elif key == "jurisdiction":
            self.jurisdiction.setCurrentIndex(self.jurisdiction.findData(case.jurisdiction))
        elif key == "contract_notes":
            self.contract_notes.setPlainText(case.contract_notes)
        elif key == "notes":
            self.notes.setPlainText(case.notes)
        elif key == ILLEGAL_DEBT:
            self.debt_may_be_illegal.setChecked(case.debt_may_be_illegal)

    def show_saved_elsewhere(self, case: Case) -> None:
        """``case`` as it is saved now, changed elsewhere (another window, the onrecord
        command) while the form shows it.

        Without unsaved changes the form shows it. With them, nothing typed is lost: a field
        the user has not changed shows the saved value, one she changed keeps what she typed
        (saving then replaces only those), and a quiet note says so.
        """
        if case.id != self.case_id or self._clean is None:
            return
        saved = _case_values(case)
        there = {key for key, value in saved.items() if value != self._clean.get(key)}
        if not self.has_unsaved_changes():
            if there:
                self.load(case)
            return
        if not there:
            return
        typed = self.values()
        mine = {key for key, value in typed.items() if value != self._clean.get(key)}
        self._loading = True
        for key in there - mine:
            self._show_field(key, case)
        self._loading = False
        shown = self.values()
        self._clean = {**self._clean, **{key: saved[key] for key in there & mine}}
        self._clean.update({key: shown[key] for key in there - mine if key in shown})
        self._show_title(case)
        self._loaded_amount = _amount_text(case)
        self._show_amount_preview()
        self._show_illegal_debt()
        self._update_modified()
        note = self.tr(
            "This case was changed in another OnRecord window or by the onrecord command "
            "while you were editing it."
        )
        note += "" if note.endswith("。") else " "  # no space after a Chinese full stop
        if there & mine:
            # What was saved there is shown, not only offered through Revert: Revert throws
            # away what she typed (a walk-through lost a note following the old advice).
            note += self.tr(
                "Some of the fields you changed were changed there too. What you typed is "
                "kept, and saving puts it in place of what was saved there, which is:"
            )
            for key in sorted(there & mine, key=lambda k: _FORM_ROWS.get(k, 99)):
                note += "\n" + self.tr("%1: “%2”").replace("%1", self._label(key)).replace(
                    "%2", _shown(saved[key])
                )
        else:
            note += self.tr(
                "The fields you did not change now show what was saved there; your own "
                "changes are kept and not saved yet."
            )
        self.saved_elsewhere.setText(note)
        self.saved_elsewhere.setVisible(True)

    def _show_amount_preview(self, *_changed: object) -> None:
        """Under the amount: what saving will store, in the case's currency and the UI's
        locale ("2.3万" will be saved as 23,000.00), or, in red, why it cannot be saved as
        typed. The field itself keeps exactly what was typed."""
        typed = self.amount.text()
        if not typed.strip() or typed == self._loaded_amount:
            self.amount_preview.clear()
            self.amount_preview.setVisible(False)
            self.amount.setAccessibleDescription("")
            return
        currency = placenames.value_of(self.currency)
        try:
            number = validate.amount(typed, currency=currency or None)
        except StoreError as exc:
            shown = self.tr("Cannot be saved as typed: %1").replace("%1", error_text(exc))
            self.amount_preview.setStyleSheet("color:#a32020;")
        else:
            shown = self.tr("Will be saved as %1", "the amount typed, as it will be stored")
            shown = shown.replace("%1", localefmt.money_text(number, currency))
            self.amount_preview.setStyleSheet("color:#4a5568;")
        self.amount_preview.setText(shown)
        self.amount_preview.setVisible(True)
        self.amount.setAccessibleDescription(shown)  # read out with the field, not only seen

    def _show_illegal_debt(self, *_changed: object) -> None:
        """Ask "may the debt be illegal?" where the rules ask it (mainland China), and keep
        it shown wherever it is ticked or saved ticked, so a stated fact is never hidden."""
        saved = self._clean is not None and self._clean.get(ILLEGAL_DEBT) is True
        shown = (
            self.jurisdiction.currentData() in jurisdictions_asking(ILLEGAL_DEBT)
            or self.debt_may_be_illegal.isChecked()
            or saved
        )
        self.form.setRowVisible(self.illegal_debt_row, shown)

    def _jurisdiction_changed(self) -> None:
        if self._loading or self.case_id is not None:
            return
        zone, region, currency = JURISDICTION_DEFAULTS[
            Jurisdiction(self.jurisdiction.currentData())
        ]
        placenames.set_value(self.timezone, zone)
        placenames.set_value(self.region, region)
        placenames.set_value(self.currency, currency)

    # ------------------------------------------------------------ saving
    def values(self) -> dict[str, Any]:
        due: dt.date | None = None
        if self.has_due_date.isChecked():
            due = self.due_date.date().toPython()  # type: ignore[assignment]
        values: dict[str, Any] = {
            "title": self.title.text(),
            "creditor": self.creditor.text(),
            "agency": self.agency.text(),
            "account_ref": self.account_ref.text(),
            "my_numbers": self.my_numbers.text(),
            "amount": self.amount.text(),
            "currency": placenames.value_of(self.currency),
            "due_date": due,
            "jurisdiction": self.jurisdiction.currentData(),
            "timezone": placenames.value_of(self.timezone),
            "region": placenames.value_of(self.region),
            "contract_notes": self.contract_notes.toPlainText(),
            "notes": self.notes.toPlainText(),
            ILLEGAL_DEBT: self.debt_may_be_illegal.isChecked(),
        }
        if self.reference.text().strip():
            values["reference"] = self.reference.text()
        return values

    def save(self) -> bool:
        values = self.values()
        try:
            if self.case_id is None:
                case = self.workspace.cases.create_case(values.pop("title"), **values)
            else:
                case = self.workspace.cases.update_case(self.case_id, **values)
        except StoreError as exc:
            dialogs.error(self, self.tr("Not saved"), error_text(exc))
            return False
        self.load(case)
        self.case_saved.emit(case.id)
        return True

    def revert(self) -> None:
        """Show what is saved again; what was typed is thrown away only once she says so."""
        if self.case_id is None:
            return
        if self.has_unsaved_changes() and not dialogs.confirm(
            self,
            self.tr("Throw away what you typed?"),
            self.tr(
                "Revert shows what is saved and throws away the changes you typed in this "
                "case. It cannot be undone."
            ),
            yes=self.tr("Throw away my changes"),
            no=self.tr("Keep my changes"),
        ):
            return
        self.load(self.workspace.cases.case(self.case_id))

    def _label(self, key: str) -> str:
        """The form's name for a field ("Notes"), without its shortcut marker."""
        if key == ILLEGAL_DEBT:
            text = self.debt_may_be_illegal.text()
        else:
            item = self.form.itemAt(_FORM_ROWS.get(key, 0), QFormLayout.ItemRole.LabelRole)
            text = item.widget().text() if item is not None and item.widget() else key
        return re.sub(r"\(&.\)|&(?=.)", "", text).strip()

    # ------------------------------------------------------ unsaved changes
    def has_unsaved_changes(self) -> bool:
        """True if something typed or chosen differs from what was loaded (or a new form)."""
        return self._clean is not None and self.values() != self._clean

    def _mark_clean(self) -> None:
        self._clean = self.values()
        self.saved_elsewhere.setVisible(False)
        self._show_illegal_debt()
        self._update_modified()

    def _update_modified(self, *_changed: object) -> None:
        if self._loading or self._clean is None:
            return
        modified = self.has_unsaved_changes()
        # A new case can always be tried (an empty title is answered with what is missing).
        self.save_button.setEnabled(modified or self.case_id is None)
        self.revert_button.setEnabled(modified)
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def discard_changes(self) -> None:
        """Show what is stored again (an empty new form in "new" mode)."""
        if self.case_id is None:
            self.start_new()
            return
        try:
            self.load(self.workspace.cases.case(self.case_id))
        except StoreError:  # the case is gone: nothing to go back to
            self.start_new()

    def ask_to_save(self, parent: QWidget | None = None) -> bool:
        """Before the form shows something else: True if it may (no changes, saved or
        discarded); False if the user stays, also when saving was refused (the message says
        why and what was typed is kept)."""
        if not self.has_unsaved_changes():
            return True
        if self.case_id is None:
            question = self.tr("Save the new case you started?")
        else:
            question = self.tr("Save the changes to “%1”?").replace("%1", self._loaded_title)
        answer = dialogs.save_discard_cancel(
            parent or self,
            self.tr("Unsaved changes"),
            question + "\n\n" + self.tr("If you do not save, what you typed is lost."),
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.discard_changes()
            return True
        return False


def _amount_text(case: Case) -> str:
    # grouped as typed ("86,420"): shown bare, it looked as if her number had been changed
    return "" if case.amount is None else format(case.amount, ",f")


#: each field's row in the form (its label names it in the changed-elsewhere note)
_FORM_ROWS = {
    "title": 0,
    "reference": 1,
    "creditor": 2,
    "agency": 3,
    "account_ref": 4,
    "my_numbers": 5,
    "amount": 6,
    "currency": 6,
    "due_date": 7,
    "jurisdiction": 8,
    ILLEGAL_DEBT: 9,
    "timezone": 10,
    "region": 11,
    "contract_notes": 12,
    "notes": 13,
}


def _shown(value: Any, limit: int = 300) -> str:
    """A saved value as the note quotes it: text as it is (cut if long), else its words."""
    text = value if isinstance(value, str) else "" if value is None else str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _case_values(case: Case) -> dict[str, Any]:
    """What :meth:`CaseForm.values` gives once ``case`` is loaded."""
    return {
        "title": case.title,
        "creditor": case.creditor,
        "agency": case.agency,
        "account_ref": case.account_ref,
        "my_numbers": case.my_numbers,
        "amount": _amount_text(case),
        "currency": case.currency,
        "due_date": case.due_date,
        "jurisdiction": case.jurisdiction,
        "timezone": case.timezone,
        "region": case.region,
        "contract_notes": case.contract_notes,
        "notes": case.notes,
        ILLEGAL_DEBT: case.debt_may_be_illegal,
        "reference": case.reference,
    }


def _breakable(text: str) -> str:
    """Let a long run without spaces wrap too (an invisible break chance between letters)."""
    return re.sub(r"\S{30,}", lambda run: "\u200b".join(run.group()), text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
