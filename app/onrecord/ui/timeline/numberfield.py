"""The log dialog's “Number” and “Who”: the number a contact came from, and whose it is.

The number that last contacted the user is offered only for a contact that comes by phone
(``PHONE_KINDS``): a letter or a visit takes it away again, a call back brings it back. A
number the user typed or picked stays whatever the kind, with a note where the kind has none
(``NUMBERLESS_KINDS``), and a note at once when it is not a number OnRecord recognises. A typed
number is read as the store reads it, so “Who” follows it to the number's own person.

Its texts are the log dialog's: they are translated in the LogContactDialog context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import phonenumbers
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QStyledItemDelegate, QStyleOptionViewItem

from ...store.enums import NUMBERLESS_KINDS, PHONE_KINDS, EventKind
from ...store.phones import WITHHELD_PROBLEM, normalise, pretty
from .. import labels


@dataclass(frozen=True)
class NumberChoice:
    number_id: int
    text: str  # as shown (and as logged: the store finds the number again from it)
    party_id: int | None
    whose: str = ""  # said beside it in the list: its collector, its label ("office")


def number_choices(case: Any) -> list[NumberChoice]:
    """The case's numbers as the log dialog lists them, each with whose it is."""
    names = {p.id: p.name for p in case.parties}
    return [
        NumberChoice(
            n.id,
            pretty(n.e164, n.raw),
            n.party_id,
            " · ".join(x for x in (names.get(n.party_id, ""), labels.number_label(n.label)) if x),
        )
        for n in case.numbers
    ]


#: the role of a listed number's "whose" words (the list shows them; the field does not)
WHOSE_ROLE = Qt.ItemDataRole.UserRole + 1


class _WhoseDelegate(QStyledItemDelegate):
    """The number list says whose each number is ("0912-345-678 — 陳專員 · 公司市話") and what
    its empty first row means: a bare list of numbers did not say which was whose (a
    walk-through). Only the list: the field, and what is logged, stay the number itself."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        whose = index.data(WHOSE_ROLE)
        if index.row() == 0 and not option.text:
            option.text = QCoreApplication.translate("LogContactDialog", "(no number)")
        elif whose:
            option.text = f"{option.text} — {whose}"


class _SelectAllOnFocus(QObject):
    """Selects an editable combo's text whenever it gets the focus, by mouse as by Tab (the
    combo, not its line edit, receives the focus)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.line = combo.lineEdit()
        combo.installEventFilter(self)
        self.line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            # After the mouse press that gave the focus has placed the cursor.
            QTimer.singleShot(0, self.line.selectAll)
        return False


def _regions_of(numbers: list[NumberChoice]) -> list[str]:
    regions: list[str] = []
    for choice in numbers:
        try:
            parsed = phonenumbers.parse(choice.text, None)
        except phonenumbers.NumberParseException:
            continue
        code = phonenumbers.region_code_for_number(parsed)
        if code and code not in regions:
            regions.append(code)
    return regions


class NumberField(QObject):
    """The number (``number``, editable), its note (``note``) and “Who” (``party``)."""

    def __init__(
        self,
        numbers: list[NumberChoice],
        parties: list[tuple[int, str]],
        kind: Callable[[], EventKind],
        *,
        region: str = "",
        offered_id: int | None = None,
        own: tuple[int | None, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``kind()``: the kind of contact chosen now; ``region``: the case's phone region;
        ``offered_id``: the last caller's number, offered for a phone contact; ``own``: the
        number of a contact being corrected (its id among ``numbers``, or its text)."""
        super().__init__(parent)
        self.numbers = numbers
        self.kind = kind
        # A typed number is read as in the case's phone region (as the store reads it), or,
        # when that is not given, as in the countries of the case's numbers.
        self._regions = [region] if region else _regions_of(numbers) or [""]

        self.number = QComboBox()
        self.number.setEditable(True)
        self.number.setAccessibleName(
            QCoreApplication.translate("LogContactDialog", "Phone number")
        )
        self.number.lineEdit().setPlaceholderText(
            QCoreApplication.translate("LogContactDialog", "Number, or leave empty")
        )
        self.number.addItem("", None)
        for choice in numbers:
            self.number.addItem(choice.text, choice.number_id)
            self.number.setItemData(self.number.count() - 1, choice.whose, WHOSE_ROLE)
        self._whose = _WhoseDelegate(self.number)
        self.number.view().setItemDelegate(self._whose)
        if own is not None:
            number_id, text = own
            found = self.number.findData(number_id) if number_id else -1
            if found >= 0:
                self.number.setCurrentIndex(found)
            else:
                self.number.setCurrentIndex(0)
                self.number.setEditText(text)
        # the last caller's number, offered (not chosen by the user) for a phone contact
        self._offered_id = offered_id
        self._number_by_user = own is not None  # a contact's own number is the user's
        if self._offered_id is not None and kind() in PHONE_KINDS:
            self.number.setCurrentIndex(max(0, self.number.findData(self._offered_id)))
        # Typed or picked by the user: kept whatever the kind (with a note if it has none).
        self.number.lineEdit().textEdited.connect(self._number_edited)
        self.number.activated.connect(self._number_edited)
        # Picked from the list or typed: "Who" follows the number (see _number_chosen).
        self.number.currentTextChanged.connect(self._number_chosen)
        # Clicked into, the number is selected: typing replaces the last caller's number
        # instead of running on after it ("+1 614-555-0199614-555-0177" in a walk-through).
        self._select_on_focus = _SelectAllOnFocus(self.number)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b35900")
        self.note.hide()

        self.party = QComboBox()
        self.party.setAccessibleName(QCoreApplication.translate("LogContactDialog", "Who"))
        self.party.addItem(QCoreApplication.translate("LogContactDialog", "Not known"), None)
        for party_id, name in parties:
            self.party.addItem(name, party_id)
        self._who_chosen = False  # the user picked "Who": the number no longer changes it
        self.party.activated.connect(self._party_chosen)
        self._number_chosen()

    def keep_who(self, party_id: int | None) -> None:
        """Show the contact's own person (being corrected); a person who is not the
        number's own is kept when the number changes."""
        if party_id != self.party.currentData():
            self.party.setCurrentIndex(max(0, self.party.findData(party_id)))
            self._who_chosen = True  # not the number's own collector: keep it

    def kind_chosen(self, kind: EventKind) -> None:
        """A kind without a phone number takes away the number only offered (a letter was
        logged "from" the last caller); a phone kind brings it back."""
        if not self._number_by_user and self._offered_id is not None:
            offered = max(0, self.number.findData(self._offered_id))
            self.number.setCurrentIndex(offered if kind in PHONE_KINDS else 0)

    def _number_chosen(self) -> None:
        """Show whose number this is in "Who", or "Not known" for a number nobody has.

        A "Who" the user picked stays: only the number's own party, never a stale one (the
        last caller's, when another number was typed over it), files the contact.
        """
        choice = self.known_number(self.number.currentText())
        self.update_note(known=choice is not None)
        if self._who_chosen:
            return
        party_id = choice.party_id if choice is not None else None
        index = self.party.findData(party_id) if party_id is not None else 0
        self.party.setCurrentIndex(max(0, index))

    def update_note(self, *, known: bool | None = None) -> None:
        """Say at once when a typed number is not one OnRecord recognises (it is kept as
        typed, a strange number being evidence too, but a typo should be caught here), and
        when a number is given to a kind of contact that has none (a letter); ``known``: it
        is one of the case's numbers (found again when not given)."""
        typed = self.number.currentText().strip()
        if known is None:
            known = self.known_number(typed) is not None
        results = [normalise(typed, region) for region in self._regions] if typed else []
        notes = []
        if results and self.kind() in NUMBERLESS_KINDS:
            notes.append(
                QCoreApplication.translate(
                    "LogContactDialog",
                    "A letter, a visit or an email does not come from a phone number: keep "
                    "this number only if it really belongs to this contact, or empty the field.",
                )
            )
        if (
            results
            and not known
            and not any(r.is_valid or r.problem == WITHHELD_PROBLEM for r in results)
        ):
            notes.append(
                QCoreApplication.translate(
                    "LogContactDialog",
                    "Not a phone number OnRecord recognises: it will be kept exactly as typed. "
                    "Check it, or leave the field empty.",
                )
            )
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def _number_edited(self, *_args: object) -> None:
        self._number_by_user = True

    def _party_chosen(self, _index: int) -> None:
        self._who_chosen = True

    def known_number(self, text: str) -> NumberChoice | None:
        """The case's number that ``text`` is, however it is spelled ("(212) 555-0142",
        "+12125550142"), as the store will find it; None for a number not in the case."""
        typed = text.strip()
        if not typed:
            return None
        for choice in self.numbers:
            if choice.text.strip() == typed:
                return choice
        typed_keys = {normalise(typed, region).key for region in self._regions}
        for choice in self.numbers:
            if {normalise(choice.text, region).key for region in self._regions} & typed_keys:
                return choice
        return None
