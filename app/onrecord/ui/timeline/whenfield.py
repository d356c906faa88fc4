"""The log dialog's “When”: the time field, read on the case's clock, with its zone and notes.

The time is typed as the case's clock shows it (in a UTC QDateTime, so this computer's own zone
and its DST gaps never shift the fields). Beside it, the zone it is read in, by the name the
report gives it, and a note when this computer's clock is in another zone; below it, a note as
soon as the time is later than now, or when an hour typed without AM/PM was read as a half of
the day: which, and how to get the other (at 10:11 PM a "9:30" read as 9:30 PM without a word
logged a morning's call as an evening's, a walk-through). A letter is asked for its date alone (``date_only``): the time
is hidden, kept for a call again, and the contact is stored at noon of that day.

Its texts are the log dialog's: they are translated in the LogContactDialog context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from ...store.enums import DATE_ONLY_HOUR
from ...timefmt import zone_text
from .. import localefmt, placenames
from ..clockedit import ClockEdit
from .contactchecks import LATER_THAN_NOW_ASKED


class WhenField(QObject):
    """The time field (``edit``), the zone it is read in (``zone_label``) and its notes."""

    def __init__(
        self,
        zone: ZoneInfo,
        shown: dt.datetime,
        date_only: bool,
        computer_zone: str,
        *,
        correcting: bool,
        parent: QObject | None = None,
    ) -> None:
        """``shown``: the time to show (aware); ``date_only``: ask for the date alone;
        ``correcting``: the time is a logged contact's (its zone, not the case's)."""
        super().__init__(parent)
        self.zone = zone
        self.computer_zone = computer_zone
        local_now = shown.astimezone(self.zone)
        self.edit = ClockEdit()  # reads a typed 2:30 PM as 14:30
        # The time as the timeline shows it (4:10 PM in the US, not 16:10).
        self.edit.setDisplayFormat(f"yyyy-MM-dd {localefmt.time_edit_format()}")
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setCalendarPopup(True)
        self.edit.setDateTime(
            # Fields as the case's clock shows them; a UTC QDateTime so the machine's own zone
            # (and its DST gaps) never shifts them.
            QDateTime(
                QDate(local_now.year, local_now.month, local_now.day),
                QTime(local_now.hour, local_now.minute),
                QTimeZone.utc(),
            )
        )
        self.edit.setAccessibleName(QCoreApplication.translate("LogContactDialog", "When"))
        # This computer's clock, now (tests set it)
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        # An hour typed without AM/PM is read as not later than now (9:30 at 2:40 PM: AM)
        self.edit.latest = self.latest_on_clock
        self._shown = self.edit.dateTime()  # an unchanged time keeps its seconds
        self.date_only = False
        self._time_kept = self._shown.time()  # the time a letter hides, for a call again
        self.show_date_only(date_only)
        self.zone_label = QLabel()
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_note = QLabel(
            QCoreApplication.translate(
                "LogContactDialog", "the contact's time zone, not this computer's"
            )
            if correcting
            else QCoreApplication.translate(
                "LogContactDialog", "the case's time zone, not this computer's"
            )
        )
        self.zone_note.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_note.setStyleSheet("color: #b35900")
        self.edit.dateTimeChanged.connect(self.show_zone)
        # Which half of the day a typed hour was read as, and a time later than now, said
        # as it is typed (a 9:30 PM typed for a morning's call went unnoticed)
        self.half_note = QLabel()
        self.half_note.setTextFormat(Qt.TextFormat.PlainText)
        self.half_note.setWordWrap(True)
        self.half_note.setStyleSheet("color: #b35900")
        self.half_note.hide()
        self.edit.dateTimeChanged.connect(self.show_half_note)
        self.edit.half_read_changed.connect(self.show_half_note)

    def lay_out(self) -> QVBoxLayout:
        """The field with its zone beside it, and the notes below."""
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(self.zone_label, 1)
        when = QVBoxLayout()
        when.addLayout(row)
        when.addWidget(self.zone_note)
        when.addWidget(self.half_note)
        return when

    def kind_chosen(self, date_only: bool) -> None:
        """Another kind of contact: a date alone (a letter) or a time, and the notes again."""
        self.show_date_only(date_only)
        self.show_zone()
        self.show_half_note()

    def show_zone(self) -> None:
        """The zone the time is read in, with its offset then; a note if this computer's
        clock is in another zone (at 03:31 in Taipei, a New York case shows 14:31)."""
        moment = self.typed_moment()
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
        self.zone_note.setVisible(not self.date_only and computer.utcoffset() != moment.utcoffset())

    def latest_on_clock(self) -> QDateTime:
        """The latest time a contact is logged at without asking, as the field holds times
        (the case's clock in a UTC QDateTime): now and ``LATER_THAN_NOW_ASKED``."""
        latest = (self.clock() + LATER_THAN_NOW_ASKED).astimezone(self.zone)
        return QDateTime(
            QDate(latest.year, latest.month, latest.day),
            QTime(latest.hour, latest.minute, latest.second),
            QTimeZone.utc(),
        )

    def show_half_note(self) -> None:
        """Say a time later than now, and the half of the day a typed hour was read as:
        why, when the other half is later than now ("Read as 9:30 AM (9:30 PM is later
        than now)."), else how to get the other ("Read as 9:30 PM — type A for 9:30 AM.")."""
        text = ""
        latest = self.latest_on_clock()
        shown = self.edit.dateTime()
        if self.date_only or not self.edit.isEnabled():
            text = ""
        elif shown > latest:
            text = QCoreApplication.translate(
                "LogContactDialog", "Later than now: check the date and the hour."
            )
        elif self.edit.half_read:
            t = shown.time()
            chosen = dt.time(t.hour(), t.minute())
            other = dt.time((t.hour() + 12) % 24, t.minute())
            if shown.date() == latest.date() and QTime(other.hour, other.minute) > latest.time():
                text = QCoreApplication.translate(
                    "LogContactDialog", "Read as %1 (%2 is later than now)."
                )
            elif chosen.hour >= 12:
                text = QCoreApplication.translate("LogContactDialog", "Read as %1 — type A for %2.")
            else:
                text = QCoreApplication.translate("LogContactDialog", "Read as %1 — type P for %2.")
            text = text.replace("%1", localefmt.time_text(chosen)).replace(
                "%2", localefmt.time_text(other)
            )
        self.half_note.setText(text)
        self.half_note.setVisible(bool(text))

    def show_date_only(self, on: bool) -> None:
        """Ask only the date (a letter), or the date and time again (the time it had)."""
        if on == self.date_only:
            return
        shown = self.edit.dateTime()
        if on:
            self._time_kept = shown.time()
            self.edit.setDisplayFormat("yyyy-MM-dd")
        else:
            self.edit.setDisplayFormat(f"yyyy-MM-dd {localefmt.time_edit_format()}")
            self.edit.setDateTime(QDateTime(shown.date(), self._time_kept, QTimeZone.utc()))
        self.date_only = on

    def typed_moment(self) -> dt.datetime:
        """The time in the field, read on the zone's clock; a letter's date at noon."""
        q = self.edit.dateTime()
        d, t = q.date(), q.time()
        if self.date_only:
            return dt.datetime(d.year(), d.month(), d.day(), DATE_ONLY_HOUR, tzinfo=self.zone)
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)

    def unchanged(self, was_date_only: bool) -> bool:
        """The time first shown is still there: the same time, or, for a contact that was
        dated already (``was_date_only``: a letter), the same date (its stored time is shown
        nowhere)."""
        if not self.date_only:
            return self.edit.dateTime() == self._shown
        return was_date_only and self.edit.date() == self._shown.date()
