"""A note field whose mark is stamped at the first keystroke, not when Enter is pressed.

Typing a note takes time; what it describes was said when the user started typing. The field
asks for a stamp (the audio position) on the first character, Enter commits the note at that
stamp, Esc abandons it (nothing is written). Either way the field is done (``finished``): the
call screen then gives the keyboard back to the tag keys. A note that could not be saved
(``refuse`` from a ``committed`` handler) stays in the field with its stamp: Enter cleared it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ..store.recordings import NOTE_LIMIT


class NoteField(QLineEdit):
    committed = Signal(str, object)  # text, stamp
    finished = Signal()  # Enter or Esc: the note was saved or dropped

    def __init__(self, take_stamp: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.take_stamp = take_stamp
        self.stamp: Any = None
        self._refused = False
        # The store refuses a longer note; the recorder took it first, and the call's stop
        # then failed on it (a review): the field holds no more than the store keeps.
        self.setMaxLength(NOTE_LIMIT)
        self.textEdited.connect(self._edited)

    def refuse(self) -> None:
        """From a ``committed`` handler: the note was not saved; its text and stamp stay."""
        self._refused = True

    def _edited(self, text: str) -> None:
        if self.stamp is None and text:
            self.stamp = self.take_stamp()
        elif not text:
            self.stamp = None

    def event(self, event: QEvent) -> bool:
        # Esc is the note's own key (drop the note), before any Esc shortcut around it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.text().strip()
            if text:
                self._refused = False
                self.committed.emit(text, self.stamp)
                if self._refused:
                    return
            self.abandon()
            self.finished.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.abandon()
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def abandon(self) -> None:
        self.clear()
        self.stamp = None
