"""What is typed during a call but not saved yet, journalled so that a crash keeps it.

The caller's details and the note before Enter are sent to the recorder's journal (fsynced
like a mark) shortly after each change; recovery files them if the app dies during the call
(``capture.unsaved``). Only what changed since the last time is sent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from .callcontroller import CallController
from .callerinfo import CallerInfo
from .notefield import NoteField


class TypingJournal(QObject):
    """Journals the caller's details and the unconfirmed note of the call being recorded."""

    KEEP_TYPING_MS = 400

    def __init__(
        self,
        controller: CallController,
        caller: CallerInfo,
        note: NoteField,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.caller = caller
        self.note = note
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.KEEP_TYPING_MS)
        self._timer.timeout.connect(self.keep)
        self._kept_caller: Any = None
        self._kept_draft = ""
        caller.edited.connect(self._timer.start)
        note.textChanged.connect(self._timer.start)
        note.finished.connect(self.keep)  # saved or dropped: no draft left

    def call_started(self) -> None:
        """A new call: nothing of it is journalled yet; details typed before Record are its."""
        self._kept_caller, self._kept_draft = None, ""
        self.keep()

    def call_ended(self) -> None:
        self._timer.stop()

    def draft_filed(self) -> None:
        """The note in the field was filed (or dropped) elsewhere: no draft is journalled."""
        self._kept_draft = ""

    def keep(self) -> None:
        """Journal the caller's details and the unconfirmed note if they changed."""
        self._timer.stop()
        if not self.controller.recording:
            return
        caller = self.caller.details()
        draft = self.note.text().strip()
        send_caller = (
            caller
            if caller != self._kept_caller and not (self._kept_caller is None and caller.is_empty())
            else None
        )
        send_draft = (
            (draft, self.note.stamp if draft else None) if draft != self._kept_draft else None
        )
        if send_caller is None and send_draft is None:
            return
        self.controller.keep_typing(send_caller, send_draft)
        if send_caller is not None:
            self._kept_caller = caller
        self._kept_draft = draft
