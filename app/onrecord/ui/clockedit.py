"""A date-and-time field that reads a typed time as the user means it.

``QDateTimeEdit`` on a 12-hour clock takes "2:30 PM" as 2:30 AM: after the minutes it has
already stepped over the space before AM/PM, so the typed space lands in the AM/PM section
and the "P" after it no longer fits ("2:30  P"); and "14:30" becomes 1:30 AM, the "4" being
refused. A walk-through's 2:30 PM message became an off-hours contact in the report. This
field swallows that space, reads "p"/"a" (and "pm", "p.m.") there at once, and reads a typed
13–23 as an afternoon hour. A click selects the part clicked (the hour, the minutes…), so
what is typed replaces it: after a plain click, "14:30" typed into "19:36" gave 19:30 or 19:43
(a Taiwanese walk-through).

An hour typed without AM/PM takes the half of the day that is not later than now (``latest``):
the field showed "2:40 PM" (the time it opened at) and a user logging this morning's 9:30 call
typed "9:30" and got 9:30 PM, later than now (user walk-throughs). On the day of ``latest``
the later half that is not later than it is taken (9:30 at 2:40 PM is 9:30 AM, 1:15 is 1:15
PM); when both are later, the earlier (the dialog then asks about a time later than now). On
any other day there is nothing to tell the halves apart: the half shown stays. Typed "a"/"p"
(or an arrow in AM/PM, or a 13–23 hour) is never overridden, and the half taken is shown in
the field as soon as the hour or the minutes are complete. ``half_read`` says the half shown is the
field's choice, changed or kept (at 10:11 PM a typed "9:30" stays 9:30 PM: a morning's call
logged as an evening's unless the field says so, a walk-through), and ``half_read_changed``
tells when that turns on or off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

Section = QDateTimeEdit.Section


class ClockEdit(QDateTimeEdit):
    half_read_changed = Signal()  # ``half_read`` turned on or off

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hour_typed = ""  # the digits typed in a row into the hour
        #: The latest time the field can mean, in the field's own terms (its date and time
        #: as shown): an hour typed without AM/PM is read as not later than it. None: the
        #: half of the day shown is kept.
        self.latest: Callable[[], QDateTime] | None = None
        #: the AM/PM shown is the field's for a typed hour, changed or kept (not the user's)
        self.half_read = False
        self._hour_entered = False  # an hour was typed since the field got the focus
        self._half_chosen = False  # the user typed AM/PM (or a 13–23 hour) or stepped it
        self.lineEdit().installEventFilter(self)
        self.editingFinished.connect(self._read_half)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # After Qt has put the cursor where the user clicked (a drag keeps its selection)
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.lineEdit().hasSelectedText()
        ):
            QTimer.singleShot(0, self._select_clicked_section)
        return super().eventFilter(watched, event)

    def _select_clicked_section(self) -> None:
        section = self.currentSection()
        if section != Section.NoSection and self.hasFocus():
            self.setSelectedSection(section)
            self._hour_typed = ""

    def _twelve_hour(self) -> bool:
        return "ap" in self.displayFormat().lower()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._hour_entered = self._half_chosen = False  # a new edit
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        section = self.currentSection()
        twelve = section != Section.NoSection and self._twelve_hour()
        if twelve and section == Section.AmPmSection and text and text in "aApP":
            self._users_half()  # AM/PM typed
        # Only printable keys: Enter, the arrows and Backspace (no text, or "\r") go to Qt.
        if twelve and section == Section.AmPmSection and text and text in " mM.":
            event.accept()  # the space before AM/PM is there already; "M" after "P" read
            return
        if twelve and section == Section.AmPmSection and text and text in "aApP":
            # "P" alone read as PM (Qt leaves "2:30 P" showing, holding 2:30 AM)
            now = self.time()
            hour = now.hour() % 12 + (12 if text in "pP" else 0)
            self.setTime(QTime(hour, now.minute(), now.second()))
            self.setCurrentSection(Section.AmPmSection)
            event.accept()
            return
        if twelve and text.isdigit() and len(text) == 1 and section == Section.HourSection:
            before = "" if self.lineEdit().hasSelectedText() else self._hour_typed
            typed = before + text
            if len(typed) == 2 and 13 <= int(typed) <= 23:
                now = self.time()
                self.setTime(QTime(int(typed), now.minute(), now.second()))
                self.setCurrentSection(Section.HourSection)
                self._hour_typed = ""
                self._users_half()  # an afternoon hour says its half
                event.accept()
                return
            self._hour_typed = typed[-1:]
            self._hour_entered = True
        else:
            self._hour_typed = ""
        super().keyPressEvent(event)
        # Once the hour or the minutes are complete (Qt has gone on to the next part and
        # selected it), the half read is shown; not while a part is half typed ("9:3").
        typed_time = section in (Section.HourSection, Section.MinuteSection)
        if twelve and typed_time and text.isdigit() and self.lineEdit().hasSelectedText():
            self._read_half()

    def stepBy(self, steps: int) -> None:
        # An arrow, Page Up/Down, the wheel or the buttons on AM/PM: the half is the user's
        if self.currentSection() == Section.AmPmSection:
            self._users_half()
        super().stepBy(steps)

    def _users_half(self) -> None:
        """The user chose AM/PM: the field reads it no more in this edit."""
        self._half_chosen = True
        self._set_half_read(False)

    def _set_half_read(self, on: bool) -> None:
        if on != self.half_read:
            self.half_read = on
            self.half_read_changed.emit()

    def _read_half(self) -> None:
        """Take the half of the day an hour typed without AM/PM means (see the module)."""
        if not (self._hour_entered and not self._half_chosen and self._twelve_hour()):
            return
        if self.latest is None:
            return
        latest = self.latest()
        shown = self.dateTime()
        if shown.date() != latest.date():
            self._set_half_read(True)  # not the day of ``latest``: the half shown stays
            return
        t = shown.time()
        morning = QTime(t.hour() % 12, t.minute(), t.second())
        evening = QTime(t.hour() % 12 + 12, t.minute(), t.second())
        limit = latest.time()
        wanted = evening if evening <= limit else morning
        if wanted == t:
            self._set_half_read(True)  # the half shown kept
            return
        line = self.lineEdit()
        cursor, selected = line.cursorPosition(), line.selectionLength()
        start = line.selectionStart()
        self.setTime(wanted)
        self._set_half_read(True)
        # Where the user is typing stays (setTime puts the cursor at the part's start).
        if selected:
            line.setSelection(start, selected)
        else:
            line.setCursorPosition(cursor)
