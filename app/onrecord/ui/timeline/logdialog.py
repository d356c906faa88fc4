"""“Log a contact”: a missed call, SMS, letter or visit in a few keystrokes.

Opens with "missed call", now, and the number that last contacted the user; Enter logs it.
Alt+M / Alt+S / Alt+L / Alt+V pick the kind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import phonenumbers
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...conduct.tags import TAGS
from ...store import validate
from ...store.enums import Direction, EventKind, NoticeKind
from ...store.errors import InvalidInputError
from ...store.phones import normalise
from .. import dialogs
from ..errors import error_text


@dataclass(frozen=True)
class NumberChoice:
    number_id: int
    text: str  # as shown (and as logged: the store finds the number again from it)
    party_id: int | None


@dataclass
class LoggedContact:
    """What the dialog asks the store to log."""

    kind: EventKind
    started_at: dt.datetime
    number: str
    party_id: int | None
    direction: Direction
    notice: NoticeKind | None
    summary: str
    tags: list[str] = field(default_factory=list)


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


class LogContactDialog(QDialog):
    def __init__(
        self,
        zone: str,
        numbers: list[NumberChoice],
        parties: list[tuple[int, str]],
        last_number_id: int | None,
        language: str = "en",
        parent: QWidget | None = None,
        *,
        kind: EventKind = EventKind.MISSED_CALL,
        now: dt.datetime | None = None,
        region: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a contact"))
        self.setMinimumWidth(480)
        self.zone = ZoneInfo(zone)
        self.numbers = numbers
        # A typed number is read as in the case's phone region (as the store reads it), or,
        # when that is not given, as in the countries of the case's numbers.
        self._regions = [region] if region else _regions_of(numbers) or [""]

        kinds = [
            (EventKind.MISSED_CALL, self.tr("&Missed call")),
            (EventKind.SMS, self.tr("&SMS")),
            (EventKind.LETTER, self.tr("&Letter")),
            (EventKind.VISIT, self.tr("&Visit")),
            (EventKind.CALL, self.tr("Call (not recorded)")),
            (EventKind.VOICEMAIL, self.tr("Voicemail")),
            (EventKind.EMAIL, self.tr("Email")),
            (EventKind.CHAT, self.tr("Chat message")),
        ]
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[EventKind, QRadioButton] = {}
        grid = QGridLayout()
        for i, (value, text) in enumerate(kinds):
            button = QRadioButton(text)
            self.kind_group.addButton(button, i)
            self.kind_buttons[value] = button
            grid.addWidget(button, i // 4, i % 4)
        self.kind_buttons[kind].setChecked(True)

        local_now = (now or dt.datetime.now(dt.UTC)).astimezone(self.zone)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setCalendarPopup(True)
        self.when.setDateTime(
            # Fields as the case's clock shows them; a UTC QDateTime so the machine's own zone
            # (and its DST gaps) never shifts them.
            QDateTime(
                QDate(local_now.year, local_now.month, local_now.day),
                QTime(local_now.hour, local_now.minute),
                QTimeZone.utc(),
            )
        )
        self.when.setAccessibleName(self.tr("When"))

        self.number = QComboBox()
        self.number.setEditable(True)
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.lineEdit().setPlaceholderText(self.tr("Number, or leave empty"))
        self.number.addItem("", None)
        for choice in numbers:
            self.number.addItem(choice.text, choice.number_id)
        if last_number_id is not None:
            self.number.setCurrentIndex(max(0, self.number.findData(last_number_id)))
        # Picked from the list or typed: "Who" follows the number (see _number_chosen).
        self.number.currentTextChanged.connect(self._number_chosen)

        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Who"))
        self.party.addItem(self.tr("Not known"), None)
        for party_id, name in parties:
            self.party.addItem(name, party_id)
        self._who_chosen = False  # the user picked "Who": the number no longer changes it
        self.party.activated.connect(self._party_chosen)
        self._number_chosen()

        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Direction"))
        self.direction.addItem(self.tr("From them to me"), Direction.INCOMING)
        self.direction.addItem(self.tr("From me to them"), Direction.OUTGOING)

        self.notice = QComboBox()
        self.notice.setAccessibleName(self.tr("Notice given"))
        self.notice.addItem(self.tr("No"), None)
        self.notice.addItem(self.tr("I asked them to stop contacting me"), NoticeKind.CEASE_REQUEST)
        self.notice.addItem(self.tr("I told them I have a lawyer"), NoticeKind.LAWYER_NOTICE)
        self.notice.addItem(
            self.tr("I told them not to call me at work"), NoticeKind.NO_CALLS_AT_WORK
        )
        self.notice.currentIndexChanged.connect(self._notice_chosen)

        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("What happened (tags)"))
        self.tags.setMaximumHeight(120)
        for tag in TAGS:
            item = QListWidgetItem(tag.title(language))
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tags.addItem(item)

        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("Note"))
        self.summary.setPlaceholderText(self.tr("Optional: what they said or wrote"))

        form = QFormLayout()
        form.addRow(self.tr("What:"), grid)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("W&ho:"), self.party)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("N&otice given:"), self.notice)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("Not&e:"), self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log it"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind_buttons[kind].setFocus()

    def _number_chosen(self) -> None:
        """Show whose number this is in "Who", or "Not known" for a number nobody has.

        A "Who" the user picked stays: only the number's own party, never a stale one (the
        last caller's, when another number was typed over it), files the contact.
        """
        if self._who_chosen:
            return
        choice = self.known_number(self.number.currentText())
        party_id = choice.party_id if choice is not None else None
        index = self.party.findData(party_id) if party_id is not None else 0
        self.party.setCurrentIndex(max(0, index))

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

    def accept(self) -> None:
        """Refuse a date in the future here, while what the user typed is still on screen."""
        try:
            validate.not_future(self.result_contact().started_at, "contact date", self.zone.key)
        except InvalidInputError as exc:
            dialogs.error(self, self.tr("Not logged"), error_text(exc))
            self.when.setFocus()
            return
        super().accept()

    def _notice_chosen(self) -> None:
        if self.notice.currentData() is not None:  # a notice is something the user said
            self.direction.setCurrentIndex(self.direction.findData(Direction.OUTGOING))

    def set_kind(self, kind: EventKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def check_tag(self, tag_id: str) -> None:
        for i in range(self.tags.count()):
            item = self.tags.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == tag_id:
                item.setCheckState(Qt.CheckState.Checked)

    def result_contact(self) -> LoggedContact:
        kind = next(k for k, b in self.kind_buttons.items() if b.isChecked())
        q = self.when.dateTime()
        d, t = q.date(), q.time()
        started = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        tags = [
            self.tags.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.tags.count())
            if self.tags.item(i).checkState() == Qt.CheckState.Checked
        ]
        return LoggedContact(
            kind=kind,
            started_at=started,
            number=self.number.currentText().strip(),
            party_id=self.party.currentData(),
            direction=self.direction.currentData(),
            notice=self.notice.currentData(),
            summary=self.summary.text().strip(),
            tags=tags,
        )
