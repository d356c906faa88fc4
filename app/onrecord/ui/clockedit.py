"""A date-and-time field that reads a typed time as the user means it.

``QDateTimeEdit`` on a 12-hour clock takes "2:30 PM" as 2:30 AM: after the minutes it has
already stepped over the space before AM/PM, so the typed space lands in the AM/PM section
and the "P" after it no longer fits ("2:30  P"); and "14:30" becomes 1:30 AM, the "4" being
refused. A walk-through's 2:30 PM message became an off-hours contact in the report. This
field swallows that space, reads "p"/"a" (and "pm", "p.m.") there at once, and reads a typed
13–23 as an afternoon hour. A click selects the part clicked (the hour, the minutes…), so
what is typed replaces it: after a plain click, "14:30" typed into "19:36" gave 19:30 or 19:43
(a Taiwanese walk-through).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

Section = QDateTimeEdit.Section


class ClockEdit(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hour_typed = ""  # the digits typed in a row into the hour
        self.lineEdit().installEventFilter(self)

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        section = self.currentSection()
        twelve = section != Section.NoSection and "ap" in self.displayFormat().lower()
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
                event.accept()
                return
            self._hour_typed = typed[-1:]
        else:
            self._hour_typed = ""
        super().keyPressEvent(event)
