"""The note typed during a call, kept whichever way the call ends.

The note is pinned to the moment its typing began (``NoteField``); Enter saves it as a mark.
It must not be lost, nor said to be saved when it was not:

- she stops the call (the record key, the stop button, quitting): a note still being typed is
  saved at its moment first, and the summary says so;
- the recorder refused its mark (it stopped at that moment): the text stays in the field;
- the call ended without it being saved (the recorder stopped by itself, refused the note as
  she stopped, or died): it is filed with that call as an unconfirmed draft, as recovery does
  after a crash (``capture.unsaved.file_draft``), and the field is emptied, so it never goes
  into the next call at this call's moment; if the case file refuses it, the summary shows
  its text to copy.

Its texts are the call screen's: they are translated in the CallPanel context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..capture.session import EarlyMark
from ..capture.unsaved import file_draft
from ..store import StoreError, Workspace
from ..store.models import Mark
from .callcontroller import CallController
from .errors import error_text
from .i18n import fill
from .notefield import NoteField


class CallNote(QObject):
    """The call screen's note field and what becomes of the note when the call ends."""

    # The case file refused the note typed when the call ended: its text is only in the
    # summary now, which must let her select and copy it.
    not_saved = Signal()

    def __init__(
        self, workspace: Workspace, controller: CallController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.controller = controller
        self.field = NoteField(controller.stamp)
        # Short enough to be read whole in the field; the rest is said where it fits.
        self.field.setPlaceholderText(
            QCoreApplication.translate("CallPanel", "Press N or click here to write a note")
        )
        self.field.setToolTip(
            QCoreApplication.translate(
                "CallPanel",
                "The note is pinned to the moment you start typing it. Enter saves it, Esc "
                "discards it.",
            )
        )
        self.field.setAccessibleDescription(self.field.toolTip())
        self.field.setAccessibleName(QCoreApplication.translate("CallPanel", "Note"))
        self.field.committed.connect(self._entered)
        self.saved_on_stop = ""  # said in the summary once the call is saved

    def save_on_stop(self) -> None:
        """A note still being typed when the call is stopped is saved, at the moment its
        typing began, and the summary says so: stopping threw it away without a word."""
        text, stamp = self.field.text().strip(), self.field.stamp
        self.saved_on_stop = ""
        if not text or stamp is None:
            return
        if self._commit(text, stamp) is None:
            # The recorder did not take it (it stopped at that moment): the text stays in
            # the field, to be filed with the recording once it is stopped (keep_unsaved).
            return
        self.saved_on_stop = text
        self.field.abandon()
        self.field.finished.emit()  # done with the note: no draft left to keep

    def saved_on_stop_lines(self) -> list[str]:
        """What the summary says of the note saved when she stopped the call (once)."""
        text, self.saved_on_stop = self.saved_on_stop, ""
        if not text:
            return []
        return [
            QCoreApplication.translate(
                "CallPanel",
                "The note you were typing was saved when you stopped the call: “%1”. You "
                "can change or withdraw it in Review calls.",
            ).replace("%1", escape(text))
        ]

    def keep_unsaved(self, recording_id: int) -> list[str]:
        """File the note still in the field when the call ended without saving it (the
        recorder stopped the call by itself, or refused the note's mark as the user stopped
        it) as an unconfirmed draft, as recovery does after a crash, and empty the field: it
        was lost from the case file, and left in the field to be saved into the next call at
        this call's moment. What the summary says of it."""
        text, stamp = self.field.text().strip(), self.field.stamp
        self.field.abandon()
        if not text or stamp is None:
            return []
        try:
            draft = file_draft(self.workspace, recording_id, text, stamp.frame, stamp.wall_time_utc)
        except StoreError as exc:
            self.not_saved.emit()  # said where she can still select and copy it
            return [
                fill(
                    QCoreApplication.translate(
                        "CallPanel",
                        "The note you were typing could not be saved (%1). Here it is, to copy "
                        "if you need it: “%2”",
                    ),
                    escape(error_text(exc)),
                    escape(text),
                )
            ]
        if draft is None:  # its mark reached the recording after all: a saved note
            self.saved_on_stop = text
            return []
        return [
            QCoreApplication.translate(
                "CallPanel",
                "The recording stopped before the note you were typing was saved. It is kept "
                "with this call as an unconfirmed draft, at the moment you began it: “%1”. "
                "You can change or withdraw it in Review calls.",
            ).replace("%1", escape(text))
        ]

    def _entered(self, text: str, stamp: Any) -> None:
        """Enter: the note is saved. One the recorder refused (it stopped at that moment)
        stays in the field, to be filed with the recording when the call ends: Enter cleared
        it, and it was lost."""
        if self._commit(text, stamp) is None:
            self.field.refuse()

    def _commit(self, text: str, stamp: Any) -> Mark | EarlyMark | None:
        return self.controller.mark(None, text, stamp=stamp)


def escape(text: str) -> str:
    """``text`` shown as it is in a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
