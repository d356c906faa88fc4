"""“Log a contact”: a missed call, SMS, letter or visit in a few keystrokes.

Opens with "missed call", now, and the number that last contacted the user; Enter logs it.
Alt+M / Alt+S / Alt+L / Alt+V pick the kind. The time is read in the case's time zone, which
is shown next to it (with a note when this computer's clock is in another zone).

That number is offered only for a contact that comes by phone (``PHONE_KINDS``): choosing a
letter or a visit takes it away again (choosing a call back brings it back), while a number
the user typed or picked stays, with a note where the kind has none (``NUMBERLESS_KINDS``).
A letter is asked for its date alone and stored at noon of that day (``DATE_ONLY_KINDS``).

Files (a letter's scan, a screenshot, a chat export) are chosen here and attached to the
contact when it is logged or saved, as Review's "Files for this call" attaches them
(``Attachments.add``: copied, fingerprinted, logged); a contact being corrected lists the
files it has, and one attached by mistake is withdrawn there (see ``attachedfiles``).

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

import phonenumbers
from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QSize, Qt, QTime, QTimer, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...conduct.tags import TAGS
from ...store import validate
from ...store.enums import (
    DATE_ONLY_HOUR,
    NUMBERLESS_KINDS,
    PHONE_KINDS,
    Direction,
    EventKind,
    NoticeKind,
    date_only,
)
from ...store.errors import InvalidInputError, StoreError
from ...store.phones import WITHHELD_PROBLEM, normalise
from ...timefmt import zone_text
from .. import dialogs, labels, localefmt, placenames
from ..clockedit import ClockEdit
from ..errors import error_text
from .attachedfiles import (
    PENDING_ROLE,
    ContactFile,
    WithdrawFileButton,
    file_item,
    selected_file,
    selected_pending,
)

#: How far past this computer's clock a logged time is taken without asking (a phone's clock
#: a few minutes ahead); further, up to the store's limit of a day, the user confirms.
LATER_THAN_NOW_ASKED = dt.timedelta(minutes=10)


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
    #: the files attached to it already (those withdrawn too, marked)
    files: list[ContactFile] = field(default_factory=list)


@dataclass(frozen=True)
class KeptFile:
    """Where the case keeps a file already (a file is kept once, by its fingerprint)."""

    event_id: int | None  # None: the case itself
    kind: str = ""  # the contact's kind (an ``EventKind`` value)
    local: dt.datetime | None = None  # the contact's time on its own clock
    here: bool = False  # the contact being corrected


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
        entry: ContactEntry | None = None,
        save: Callable[[LoggedContact], object] | None = None,
        computer_zone: str | None = None,
        logged_already: Callable[[LoggedContact, int | None], str | None] | None = None,
        kept_where: Callable[[Path], KeptFile | None] | None = None,
        withdraw_file: Callable[[ContactFile], list[ContactFile] | None] | None = None,
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
        """
        super().__init__(parent)
        self.entry = entry
        self.kept_where = kept_where
        self.withdraw_file = withdraw_file
        self.kept_files: list[ContactFile] = list(entry.files) if entry is not None else []
        self.save = save
        self.logged_already = logged_already
        self.setWindowTitle(self.tr("Edit a contact") if entry else self.tr("Log a contact"))
        self.setMinimumWidth(480)
        self.zone = ZoneInfo(zone)
        self.computer_zone = computer_zone or localefmt.system_zone()
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
        if entry is not None:
            kind = entry.kind
        self.kind_buttons[kind].setChecked(True)

        shown = entry.started_at if entry is not None else now or dt.datetime.now(dt.UTC)
        local_now = shown.astimezone(self.zone)
        self.when = ClockEdit()  # reads a typed 2:30 PM as 14:30
        # The time as the timeline shows it (4:10 PM in the US, not 16:10).
        self.when.setDisplayFormat(f"yyyy-MM-dd {localefmt.time_edit_format()}")
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
        #: This computer's clock, now (tests set it)
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        # An hour typed without AM/PM is read as not later than now (9:30 at 2:40 PM: AM)
        self.when.latest = self._latest_on_clock
        self._shown_when = self.when.dateTime()  # an unchanged time keeps its seconds
        self._date_only = False
        self._time_kept = self._shown_when.time()  # the time a letter hides, for a call again
        self._show_date_only(date_only(kind))
        self.zone_label = QLabel()
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_note = QLabel(
            self.tr("the contact's time zone, not this computer's")
            if entry
            else self.tr("the case's time zone, not this computer's")
        )
        self.zone_note.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_note.setStyleSheet("color: #b35900")
        self.when.dateTimeChanged.connect(self._show_zone)
        # Which half of the day a typed hour was read as, and a time later than now, said
        # as it is typed (a 9:30 PM typed for a morning's call went unnoticed)
        self.half_note = QLabel()
        self.half_note.setTextFormat(Qt.TextFormat.PlainText)
        self.half_note.setWordWrap(True)
        self.half_note.setStyleSheet("color: #b35900")
        self.half_note.hide()
        self.when.dateTimeChanged.connect(self._show_half_note)

        self.number = QComboBox()
        self.number.setEditable(True)
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.lineEdit().setPlaceholderText(self.tr("Number, or leave empty"))
        self.number.addItem("", None)
        for choice in numbers:
            self.number.addItem(choice.text, choice.number_id)
        if entry is not None:
            found = self.number.findData(entry.number_id) if entry.number_id else -1
            if found >= 0:
                self.number.setCurrentIndex(found)
            else:
                self.number.setCurrentIndex(0)
                self.number.setEditText(entry.number)
        #: the last caller's number, offered (not chosen by the user) for a phone contact
        self._offered_id = last_number_id if entry is None else None
        self._number_by_user = entry is not None  # a contact's own number is the user's
        if self._offered_id is not None and kind in PHONE_KINDS:
            self.number.setCurrentIndex(max(0, self.number.findData(self._offered_id)))
        # Typed or picked by the user: kept whatever the kind (with a note if it has none).
        self.number.lineEdit().textEdited.connect(self._number_edited)
        self.number.activated.connect(self._number_edited)
        # Picked from the list or typed: "Who" follows the number (see _number_chosen).
        self.number.currentTextChanged.connect(self._number_chosen)
        # Clicked into, the number is selected: typing replaces the last caller's number
        # instead of running on after it ("+1 614-555-0199614-555-0177" in a walk-through).
        self._select_on_focus = _SelectAllOnFocus(self.number)
        self.number_note = QLabel()
        self.number_note.setWordWrap(True)
        self.number_note.setStyleSheet("color: #b35900")
        self.number_note.hide()

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

        #: Asks for files to attach; tests replace it.
        self.choose_files: Callable[[QWidget], list[Path]] = lambda parent: dialogs.choose_files(
            parent, self.tr("Attach files to this contact")
        )
        self.new_files: list[Path] = []
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files for this contact"))
        self.files.setFixedHeight(self.files.fontMetrics().lineSpacing() * 3 + 12)
        self.attach_button = QPushButton(self.tr("&Attach files…"))
        self.attach_button.setToolTip(
            self.tr(
                "Screenshots, letter scans, chat exports: copied into the case and "
                "fingerprinted when the contact is saved"
            )
        )
        self.attach_button.clicked.connect(self.attach_files)
        self.withdraw_button = WithdrawFileButton(self.files)
        self.withdraw_button.clicked.connect(self._withdraw_file)
        self._show_files()

        if entry is not None:
            self._fill(entry)
        # After filling: a contact being corrected keeps the tags it has.
        self.direction.currentIndexChanged.connect(self._direction_chosen)
        self.kind_group.idToggled.connect(lambda _id, checked: checked and self._kind_chosen())
        # A contact being corrected keeps its notice even where one is not offered now.
        self.notice.setEnabled(self._notice_applies() or self.notice.currentData() is not None)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.zone_label, 1)
        when = QVBoxLayout()
        when.addLayout(when_row)
        when.addWidget(self.zone_note)
        when.addWidget(self.half_note)
        form = QFormLayout()
        form.addRow(self.tr("What:"), grid)
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.when)  # Alt+W: the time field
        form.addRow(when_label, when)
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow("", self.number_note)
        form.addRow(self.tr("W&ho:"), self.party)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("In this contact, I t&old them:"), self.notice)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("Not&e:"), self.summary)
        files = QHBoxLayout()
        files.addWidget(self.files, 1)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.attach_button)
        file_buttons.addWidget(self.withdraw_button)
        file_buttons.addStretch(1)
        files.addLayout(file_buttons)
        form.addRow(self.tr("Files:"), files)
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
        self._show_zone()
        self._show_half_note()
        self._update_number_note()
        if entry is not None and entry.recorded:
            self.summary.setFocus()
        else:
            self.kind_buttons[kind].setFocus()

    def _fill(self, entry: ContactEntry) -> None:
        """Show the contact being corrected."""
        if entry.party_id != self.party.currentData():
            self.party.setCurrentIndex(max(0, self.party.findData(entry.party_id)))
            self._who_chosen = True  # not the number's own collector: keep it
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

    def attach_files(self) -> None:
        """Choose files to attach: listed now, copied into the case when it is saved. A file
        the case keeps already is refused now, saying where it is: listed "(attached when
        saved)", it was refused only after Save had closed the dialog (a Taiwanese user)."""
        refused = []
        for chosen in self.choose_files(self):
            path = Path(chosen)
            if path in self.new_files:
                continue
            kept = self.kept_where(path) if self.kept_where is not None else None
            if kept is not None:
                refused.append(self._kept_text(path.name, kept))
                continue
            self.new_files.append(path)
        self._show_files()
        if refused:
            dialogs.error(self, self.tr("File not attached"), "\n\n".join(refused))

    def _kept_text(self, name: str, kept: KeptFile) -> str:
        """Why ``name`` is not attached: where the case keeps it, named as the timeline
        shows that contact (its day and time, or a letter's day, and its kind)."""
        if kept.here:
            return self.tr("%1 is attached to this contact already.").replace("%1", name)
        if kept.event_id is None or kept.local is None:
            where = self.tr("the case itself")
        else:
            when = (
                localefmt.date_text(kept.local.date())
                if date_only(kept.kind)
                else localefmt.wall_text(kept.local)
            )
            where = (
                self.tr("the contact of %1 (%2, #%3)")
                .replace("%1", when)
                .replace("%2", labels.event_kind(kept.kind))
                .replace("%3", str(kept.event_id))
            )
        return (
            self.tr(
                "%1 is already in this case, attached to %2 (the same file, by its "
                "fingerprint). A file is kept once, so it is not attached here."
            )
            .replace("%1", name)
            .replace("%2", where)
        )

    def _withdraw_file(self) -> None:
        """Leave out a file chosen but not attached yet; withdraw (or put back) one the
        contact has, at once, through ``withdraw_file``."""
        pending = selected_pending(self.files)
        if pending is not None:
            self.new_files = [p for p in self.new_files if str(p) != pending]
            self._show_files()
            return
        file = selected_file(self.files)
        if file is None or self.withdraw_file is None:
            return
        files = self.withdraw_file(file)
        if files is not None:
            self.kept_files = files
            self._show_files()

    def _show_files(self) -> None:
        self.files.clear()
        for file in self.kept_files:
            text = self.tr("%1  (fingerprint %2…)").replace("%1", file.name)
            self.files.addItem(file_item(text.replace("%2", file.sha256[:12]), file))
        for path in self.new_files:
            item = QListWidgetItem(self.tr("%1  (attached when saved)").replace("%1", path.name))
            item.setData(PENDING_ROLE, str(path))
            self.files.addItem(item)
        if not self.files.count():
            self.files.addItem(self.tr("No files attached yet."))
        self.withdraw_button.follow()

    def _show_zone(self) -> None:
        """The zone the time is read in, with its offset then; a note if this computer's
        clock is in another zone (at 03:31 in Taipei, a New York case shows 14:31)."""
        moment = self._typed_moment()
        # By the name the case form and the report give it (香港時間), then the offset
        name = placenames.zone_name(self.zone.key).replace("_", " ")
        self.zone_label.setText(f"{name} · {zone_text(moment)}")
        try:
            computer = moment.astimezone(
                ZoneInfo(self.computer_zone) if self.computer_zone else None
            )
        except (ValueError, KeyError, OSError):
            computer = moment.astimezone()
        # A letter is asked for its date alone: there is no time for the note to be about.
        self.zone_note.setVisible(
            not self._date_only and computer.utcoffset() != moment.utcoffset()
        )

    def _latest_on_clock(self) -> QDateTime:
        """The latest time a contact is logged at without asking, as the field holds times
        (the case's clock in a UTC QDateTime): now and ``LATER_THAN_NOW_ASKED``."""
        latest = (self.clock() + LATER_THAN_NOW_ASKED).astimezone(self.zone)
        return QDateTime(
            QDate(latest.year, latest.month, latest.day),
            QTime(latest.hour, latest.minute, latest.second),
            QTimeZone.utc(),
        )

    def _show_half_note(self) -> None:
        """Say a time later than now, and the half of the day a typed hour was read as
        when the other half is later than now ("Read as 9:30 AM (9:30 PM is later than
        now).")."""
        text = ""
        latest = self._latest_on_clock()
        shown = self.when.dateTime()
        if self._date_only or not self.when.isEnabled():
            text = ""
        elif shown > latest:
            text = self.tr("Later than now: check the date and the hour.")
        elif self.when.half_inferred and shown.date() == latest.date():
            t = shown.time()
            other = dt.time((t.hour() + 12) % 24, t.minute())
            if QTime(other.hour, other.minute) > latest.time():
                chosen = dt.time(t.hour(), t.minute())
                text = (
                    self.tr("Read as %1 (%2 is later than now).")
                    .replace("%1", localefmt.time_text(chosen))
                    .replace("%2", localefmt.time_text(other))
                )
        self.half_note.setText(text)
        self.half_note.setVisible(bool(text))

    def _number_chosen(self) -> None:
        """Show whose number this is in "Who", or "Not known" for a number nobody has.

        A "Who" the user picked stays: only the number's own party, never a stale one (the
        last caller's, when another number was typed over it), files the contact.
        """
        choice = self.known_number(self.number.currentText())
        self._update_number_note(known=choice is not None)
        if self._who_chosen:
            return
        party_id = choice.party_id if choice is not None else None
        index = self.party.findData(party_id) if party_id is not None else 0
        self.party.setCurrentIndex(max(0, index))

    def _update_number_note(self, *, known: bool | None = None) -> None:
        """Say at once when a typed number is not one OnRecord recognises (it is kept as
        typed, a strange number being evidence too, but a typo should be caught here), and
        when a number is given to a kind of contact that has none (a letter); ``known``: it
        is one of the case's numbers (found again when not given)."""
        if not hasattr(self, "kind_buttons"):
            return
        typed = self.number.currentText().strip()
        if known is None:
            known = self.known_number(typed) is not None
        results = [normalise(typed, region) for region in self._regions] if typed else []
        notes = []
        if results and self.kind() in NUMBERLESS_KINDS:
            notes.append(
                self.tr(
                    "A letter, a visit or an email does not come from a phone number: keep "
                    "this number only if it really belongs to this contact, or empty the field."
                )
            )
        if (
            results
            and not known
            and not any(r.is_valid or r.problem == WITHHELD_PROBLEM for r in results)
        ):
            notes.append(
                self.tr(
                    "Not a phone number OnRecord recognises: it will be kept exactly as typed. "
                    "Check it, or leave the field empty."
                )
            )
        self.number_note.setText("\n".join(notes))
        self.number_note.setVisible(bool(notes))

    def _number_edited(self, *_args: object) -> None:
        self._number_by_user = True

    def kind(self) -> EventKind:
        """The kind of contact chosen."""
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _kind_chosen(self) -> None:
        """A kind without a phone number takes away the number only offered (a letter was
        logged "from" the last caller); a phone kind brings it back. A letter has a date
        and no time."""
        kind = self.kind()
        if not self._number_by_user and self._offered_id is not None:
            offered = max(0, self.number.findData(self._offered_id))
            self.number.setCurrentIndex(offered if kind in PHONE_KINDS else 0)
        self._show_date_only(date_only(kind))
        self._show_zone()
        self._show_half_note()
        self._update_notice()
        self._update_number_note()

    def _show_date_only(self, on: bool) -> None:
        """Ask only the date (a letter), or the date and time again (the time it had)."""
        if on == self._date_only:
            return
        shown = self.when.dateTime()
        if on:
            self._time_kept = shown.time()
            self.when.setDisplayFormat("yyyy-MM-dd")
        else:
            self.when.setDisplayFormat(f"yyyy-MM-dd {localefmt.time_edit_format()}")
            self.when.setDateTime(QDateTime(shown.date(), self._time_kept, QTimeZone.utc()))
        self._date_only = on

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
        """Refuse a date in the future here, while what the user typed is still on screen.

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
        choice = self.known_number(contact.number)
        repeated = self.logged_already(contact, choice.number_id if choice else None)
        if repeated is None:
            return True
        return dialogs.confirm(
            self,
            self.tr("Logged already?"),
            self.tr(
                "This looks like a contact you have logged already:\n\n%1\n\nLog it again?"
            ).replace("%1", repeated),
            yes=self.tr("Log it again"),
            no=self.tr("Go back"),
        )

    def _later_than_now_confirmed(self, started_at: dt.datetime) -> bool:
        """A time a little ahead of this computer's clock is allowed (another time zone, a
        phone whose clock runs ahead) but is usually a slip of the hour: ask before logging."""
        now = self.clock()
        if self.entry is not None and started_at == self.entry.started_at:
            return True  # unchanged
        if started_at <= now + LATER_THAN_NOW_ASKED:
            return True
        if self._date_only and started_at.date() <= now.astimezone(self.zone).date():
            return True  # a letter of today: dated, not later than now
        zone = self.zone
        return dialogs.confirm(
            self,
            self.tr("Later than now"),
            self.tr(
                "%1 is later than the time now (%2). Contacts are logged after they happen: "
                "please check the date and hour. Log it with this time anyway?"
            )
            .replace("%1", localefmt.moment_text(started_at, zone.key))
            .replace("%2", localefmt.moment_text(now, zone.key)),
        )

    def _notice_applies(self) -> bool:
        """Whether the user can have told them something in this contact: not in a missed
        call or a voicemail, not in their message or letter (hers would be "from me"), not
        in their contact with someone else. The direction is never changed for it: a call
        they made stays theirs (a walk-through's incoming call had turned into hers)."""
        kind = self.kind()
        direction = self.direction.currentData()
        if direction == Direction.TO_OTHERS or kind in (EventKind.MISSED_CALL, EventKind.VOICEMAIL):
            return False
        written = (EventKind.SMS, EventKind.EMAIL, EventKind.LETTER)
        return not (kind in written and direction == Direction.INCOMING)

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

    def _typed_moment(self) -> dt.datetime:
        """The time in the field, read on the zone's clock; a letter's date at noon."""
        q = self.when.dateTime()
        d, t = q.date(), q.time()
        if self._date_only:
            return dt.datetime(d.year(), d.month(), d.day(), DATE_ONLY_HOUR, tzinfo=self.zone)
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)

    def _when_unchanged(self) -> bool:
        """The contact being corrected keeps its time: the same time shown, or a letter that
        was one already with the same date (its stored time is shown nowhere)."""
        if self.entry is None:
            return False
        if not self._date_only:
            return self.when.dateTime() == self._shown_when
        return date_only(self.entry.kind) and self.when.date() == self._shown_when.date()

    def result_contact(self) -> LoggedContact:
        kind = self.kind()
        started = self._typed_moment()
        if self.entry is not None and self._when_unchanged():
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
            files=list(self.new_files),
        )
