"""“Log a contact”: a missed call, SMS, letter or visit in a few keystrokes.

Opens with "missed call", now, and the number that last contacted the user; Enter logs it.
Alt+M / Alt+S / Alt+L / Alt+V pick the kind. The dialog is made of its parts: the time, read
in the case's time zone and shown with it (``whenfield``); the number and whose it is
(``numberfield``); the files to attach (``filesfield``); and the questions asked before a
contact is logged (``contactchecks``). A letter is asked for its date alone and stored at noon
of that day (``DATE_ONLY_KINDS``).

The same dialog, prefilled (``entry``), corrects a contact ("Edit a contact"): it hands what
was typed to ``save`` and stays open, with everything typed, if the store refuses it. A
recorded call's kind and time come from its recording and are not editable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...conduct.tags import TAGS
from ...handlog import notice_applies
from ...store import validate
from ...store.enums import Direction, EventKind, NoticeKind, date_only
from ...store.errors import InvalidInputError, StoreError
from .. import dialogs, localefmt
from ..errors import error_text
from .attachedfiles import ContactFile
from .contactchecks import later_than_now_confirmed, repeat_confirmed
from .filesfield import FilesField, KeptFile
from .numberfield import NumberChoice, NumberField
from .whenfield import WhenField

__all__ = ["ContactEntry", "KeptFile", "LogContactDialog", "LoggedContact", "NumberChoice"]


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
    reason: str = ""  # why a contact was corrected (edit only)
    files: list[Path] = field(default_factory=list)  # to attach once it is logged or saved


@dataclass(frozen=True)
class ContactEntry:
    """A logged contact as the edit dialog shows it."""

    kind: EventKind
    started_at: dt.datetime  # aware
    number_id: int | None
    number: str  # as shown, when the number is not among the case's numbers
    party_id: int | None
    direction: Direction
    notice: NoticeKind | None
    summary: str
    tags: list[str] = field(default_factory=list)  # the live tags on the contact itself
    recorded: bool = False  # a recorded call: its kind and time are fixed
    # the files attached to it already (those withdrawn too, marked)
    files: list[ContactFile] = field(default_factory=list)


class NoteBox(QPlainTextEdit):
    """A few lines of plain text with QLineEdit's text()/setText(), for a contact's note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in the other fields
        lines = 4
        self.setFixedHeight(
            self.fontMetrics().lineSpacing() * lines
            + int(2 * self.document().documentMargin())
            + 2 * self.frameWidth()
        )

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # QLineEdit's name
        self.setPlainText(text)


class LogContactDialog(QDialog):
    """Log a contact, or correct one (``entry``). Made of its parts: the time (WhenField), the
    number and Who (NumberField) and the files (FilesField); the kind, direction, notice, tags,
    note and reason are its own, and ``contactchecks`` asks what it asks before logging."""

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
        entry: ContactEntry | None = None,
        save: Callable[[LoggedContact], object] | None = None,
        computer_zone: str | None = None,
        logged_already: Callable[[LoggedContact, int | None], str | None] | None = None,
        kept_where: Callable[[Path], KeptFile | None] | None = None,
        withdraw_file: Callable[[ContactFile], list[ContactFile] | None] | None = None,
        attach_again: Callable[[QWidget, Path], bool] | None = None,
    ) -> None:
        """``entry``: the contact to correct, with ``save`` to store the correction.

        ``computer_zone``: this computer's IANA zone (default: as the system tells it).
        ``logged_already(contact, number id)``: the case's contact this one repeats (same
        kind, number and minute), in a line of words, or None; asked before a new contact
        is logged, so a call logged twice is caught at once.
        ``kept_where(path)``: where the case keeps that file already (by its fingerprint), or
        None; asked when a file is chosen, so one the store would refuse is refused here.
        ``withdraw_file(file)``: withdraws a file the contact has (or puts a withdrawn one
        back), asking first; the contact's files then, or None if nothing changed. At once,
        not on Save: it asks for its own reason.
        ``attach_again(parent, path)``: asked when a file is chosen; False if it is one
        withdrawn from the case and the user chose not to attach it again.
        """
        super().__init__(parent)
        self.entry = entry
        self.save = save
        self.logged_already = logged_already
        self.setWindowTitle(self.tr("Edit a contact") if entry else self.tr("Log a contact"))
        self.setMinimumWidth(480)
        self.zone = ZoneInfo(zone)

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
        if entry is not None:
            kind = entry.kind
        self.kind_buttons[kind].setChecked(True)

        shown = entry.started_at if entry is not None else now or dt.datetime.now(dt.UTC)
        self.when_field = WhenField(
            self.zone,
            shown,
            date_only(kind),
            computer_zone or localefmt.system_zone(),
            correcting=entry is not None,
            parent=self,
        )
        self.when = self.when_field.edit
        self.zone_label = self.when_field.zone_label
        self.zone_note = self.when_field.zone_note
        self.half_note = self.when_field.half_note

        self.number_field = NumberField(
            numbers,
            parties,
            self.kind,
            region=region,
            offered_id=last_number_id if entry is None else None,
            own=(entry.number_id, entry.number) if entry is not None else None,
            parent=self,
        )
        self.number = self.number_field.number
        self.number_note = self.number_field.note
        self.party = self.number_field.party

        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Direction"))
        self.direction.addItem(self.tr("From them to me"), Direction.INCOMING)
        self.direction.addItem(self.tr("From me to them"), Direction.OUTGOING)
        self.direction.addItem(
            self.tr("From them to someone else (family, friends, work)"), Direction.TO_OTHERS
        )

        # A notice limits what the collector may do from then on (store.enums.NoticeKind).
        self.notice = QComboBox()
        self.notice.setAccessibleName(self.tr("In this contact I told them"))
        self.notice.setToolTip(
            self.tr(
                "Choose this if, in this contact, you told the collector to stop contacting "
                "you, that you have a lawyer, or not to call you at work. It is kept with the "
                "contact and shown in the report. Where the rules OnRecord knows limit what a "
                "collector may do after it (the US rules), their contacts that ignore it are "
                "shown as possible issues."
            )
        )
        self.notice.addItem(self.tr("None of these"), None)
        self.notice.addItem(self.tr("To stop contacting me"), NoticeKind.CEASE_REQUEST)
        self.notice.addItem(
            self.tr("That I have a lawyer (to contact my lawyer)"), NoticeKind.LAWYER_NOTICE
        )
        self.notice.addItem(self.tr("Not to call me at work"), NoticeKind.NO_CALLS_AT_WORK)

        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("What happened (tags)"))
        for tag in TAGS:
            item = QListWidgetItem(tag.title(language))
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tags.addItem(item)
        # Every tag in view, in two columns, none behind a scroll bar (the walk-through saw
        # 6 of them and had to scroll for the rest).
        self.tags.setFlow(QListView.Flow.TopToBottom)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListView.ResizeMode.Adjust)
        for policy in (
            self.tags.setVerticalScrollBarPolicy,
            self.tags.setHorizontalScrollBarPolicy,
        ):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = self.tags.sizeHintForRow(0)
        column = max(self.tags.sizeHintForColumn(0), 120) + 12
        per_column = -(-self.tags.count() // 2)
        self.tags.setGridSize(QSize(column, row))
        frame = 2 * self.tags.frameWidth() + 8
        self.tags.setFixedHeight(per_column * row + frame)
        self.tags.setMinimumWidth(2 * column + frame)

        # Several lines: an SMS or a letter is often longer than a line.
        self.summary = NoteBox()
        self.summary.setAccessibleName(self.tr("Note"))
        self.summary.setPlaceholderText(self.tr("Optional: what they said or wrote"))

        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.reason.setPlaceholderText(self.tr("Optional, for example: wrong number"))

        self.files_field = FilesField(
            self,
            list(entry.files) if entry is not None else [],
            kept_where,
            withdraw_file,
            attach_again,
        )
        self.files = self.files_field.files
        self.attach_button = self.files_field.attach_button
        self.withdraw_button = self.files_field.withdraw_button

        if entry is not None:
            self._fill(entry)
        # After filling: a contact being corrected keeps the tags it has.
        self.direction.currentIndexChanged.connect(self._direction_chosen)
        self.kind_group.idToggled.connect(lambda _id, checked: checked and self._kind_chosen())
        # A contact being corrected keeps its notice even where one is not offered now.
        self.notice.setEnabled(self._notice_applies() or self.notice.currentData() is not None)
        form = QFormLayout()
        form.addRow(self.tr("What:"), grid)
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.when)  # Alt+W: the time field
        form.addRow(when_label, self.when_field.lay_out())
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow("", self.number_note)
        form.addRow(self.tr("W&ho:"), self.party)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("In this contact, I t&old them:"), self.notice)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("Not&e:"), self.summary)
        form.addRow(self.tr("Files:"), self.files_field.lay_out())
        if entry is not None:
            form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self,  # in the dialog already: the default button is the dialog's, so Enter
            # logs the contact (made default outside it, "Attach files…" took Enter)
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if entry else self.tr("Log it"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Room the form does not need stays below it: given to the notes, it opened a blank
        # band between the time and its zone note when the number's note appeared.
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.when_field.show_zone()
        self.when_field.show_half_note()
        self.number_field.update_note()
        if entry is not None and entry.recorded:
            self.summary.setFocus()
        else:
            self.kind_buttons[kind].setFocus()

    @property
    def clock(self) -> Callable[[], dt.datetime]:
        """This computer's clock, now (tests set it)."""
        return self.when_field.clock

    @clock.setter
    def clock(self, clock: Callable[[], dt.datetime]) -> None:
        self.when_field.clock = clock

    @property
    def choose_files(self) -> Callable[[QWidget], list[Path]]:
        """Asks for files to attach; tests replace it."""
        return self.files_field.choose_files

    @choose_files.setter
    def choose_files(self, choose: Callable[[QWidget], list[Path]]) -> None:
        self.files_field.choose_files = choose

    def _fill(self, entry: ContactEntry) -> None:
        """Show the contact being corrected."""
        self.number_field.keep_who(entry.party_id)
        self.direction.setCurrentIndex(max(0, self.direction.findData(entry.direction)))
        self.notice.blockSignals(True)  # the direction stays as it was logged
        self.notice.setCurrentIndex(max(0, self.notice.findData(entry.notice)))
        self.notice.blockSignals(False)
        self.summary.setText(entry.summary)
        for tag_id in entry.tags:
            self.check_tag(tag_id)
        if entry.recorded:
            fixed = self.tr("A recorded call's kind and time come from its recording")
            for widget in (*self.kind_buttons.values(), self.when):
                widget.setEnabled(False)
                widget.setToolTip(fixed)

    def kind(self) -> EventKind:
        """The kind of contact chosen."""
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _kind_chosen(self) -> None:
        """A kind without a phone number takes away the number only offered (a letter was
        logged "from" the last caller); a phone kind brings it back. A letter has a date
        and no time."""
        kind = self.kind()
        self.number_field.kind_chosen(kind)
        self.when_field.kind_chosen(date_only(kind))
        self._update_notice()
        self.number_field.update_note()

    def accept(self) -> None:
        """Refuse a date in the future here, while what the user typed is still on screen,
        and ask about a time later than now or a contact logged already (``contactchecks``).

        When correcting, save: a refusal is shown and the dialog stays open.
        """
        title = self.tr("Not saved") if self.entry else self.tr("Not logged")
        contact = self.result_contact()
        try:
            validate.not_future(contact.started_at, "contact date", self.zone.key)
        except InvalidInputError as exc:
            dialogs.error(self, title, error_text(exc))
            self.when.setFocus()
            return
        if not self._later_than_now_confirmed(contact.started_at):
            self.when.setFocus()
            return
        if not self._repeat_confirmed(contact):
            self.when.setFocus()
            return
        if self.save is not None:
            try:
                self.save(contact)
            except StoreError as exc:
                dialogs.error(self, title, error_text(exc))
                return
        super().accept()

    def _repeat_confirmed(self, contact: LoggedContact) -> bool:
        """A new contact with the same kind, number and minute as one already logged: ask
        before logging it again (two calls in one minute do happen; a double entry more)."""
        if self.entry is not None or self.logged_already is None:
            return True
        choice = self.number_field.known_number(contact.number)
        repeated = self.logged_already(contact, choice.number_id if choice else None)
        if repeated is None:
            return True
        return repeat_confirmed(self, repeated)

    def _later_than_now_confirmed(self, started_at: dt.datetime) -> bool:
        """A time later than this computer's clock, changed or new: ask before logging."""
        now = self.clock()
        if self.entry is not None and started_at == self.entry.started_at:
            return True  # unchanged
        return later_than_now_confirmed(
            self, started_at, now, self.zone, dated=self.when_field.date_only
        )

    def _notice_applies(self) -> bool:
        """Whether the user can have told them something in this contact: not in a missed
        call or a voicemail, not in their message or letter (hers would be "from me"), not
        in their contact with someone else. The direction is never changed for it: a call
        they made stays theirs (a walk-through's incoming call had turned into hers)."""
        return notice_applies(self.kind(), self.direction.currentData())

    def _update_notice(self) -> None:
        applies = self._notice_applies()
        if not applies:
            self.notice.setCurrentIndex(0)
        self.notice.setEnabled(applies)

    def set_kind(self, kind: EventKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def _direction_chosen(self) -> None:
        """A contact with someone else about the debt is a third-party contact: its tag is
        ticked (the rules count it as one either way). The user told them nothing in it, so
        "I told them" does not apply."""
        if self.direction.currentData() == Direction.TO_OTHERS:
            self.check_tag("third_party")
        self._update_notice()

    def check_tag(self, tag_id: str) -> None:
        for i in range(self.tags.count()):
            item = self.tags.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == tag_id:
                item.setCheckState(Qt.CheckState.Checked)

    def result_contact(self) -> LoggedContact:
        kind = self.kind()
        started = self.when_field.typed_moment()
        # The contact being corrected keeps its time when it shows the same (a letter that was
        # one already: the same date; its stored time is shown nowhere).
        if self.entry is not None and self.when_field.unchanged(date_only(self.entry.kind)):
            started = self.entry.started_at  # as it was, to the second
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
            reason=self.reason.text().strip(),
            files=list(self.files_field.new_files),
        )
