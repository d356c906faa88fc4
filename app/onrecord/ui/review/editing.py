"""Changing the marks of a call: notes as new versions, retractions, late marks (the
call's files are ``callfiles.CallFiles``).

Nothing here overwrites or deletes: the store adds a revision (or a retraction, or a mark
flagged "added later") and the audit chain records it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from ...store import StoreError
from ...store.search import mark_history
from .. import dialogs
from ..errors import error_text
from .marks import AddMarkDialog, NoteDialog, RetractDialog, history_lines, mark_label

if TYPE_CHECKING:
    from .panel import ReviewPanel


class MarkEditing:
    """The editing half of :class:`ReviewPanel` (mixed in; uses the panel's state)."""

    run_dialog: Callable[[QDialog], bool]

    def edit_selected(self: ReviewPanel) -> None:
        row = self._row(self.selected_mark())
        if row is None or self.info is None:
            return
        history = history_lines(
            list(reversed(mark_history(self.workspace.store, row.id))), self.info.zone
        )
        dialog = NoteDialog(row, history, self.language, self.info.sample_rate, self)
        if not self.run_dialog(dialog):
            return
        try:
            self.workspace.recordings.edit_mark(
                row.id, dialog.note.toPlainText(), dialog.reason.text()
            )
        except StoreError as exc:
            dialogs.error(self, self.tr("Note not saved"), error_text(exc))
            return
        self._changed(row.id)

    def retract_selected(self: ReviewPanel) -> None:
        row = self._row(self.selected_mark())
        if row is None:
            return
        dialog = RetractDialog(mark_label(row, self.language), self)
        if not self.run_dialog(dialog):
            return
        try:
            self.workspace.recordings.retract_mark(row.id, dialog.reason.text())
        except StoreError as exc:
            dialogs.error(self, self.tr("Not retracted"), error_text(exc))
            return
        self._changed(row.id)

    def add_mark_at_cursor(self: ReviewPanel) -> None:
        if self.info is None:
            return
        frame = self.cursor
        dialog = AddMarkDialog(frame, self.info.sample_rate, self.language, self)
        if not self.run_dialog(dialog):
            return
        try:
            mark = self.workspace.recordings.add_mark(
                self.info.id,
                frame,
                tag=dialog.tag.currentData(),
                text=dialog.note.toPlainText(),
                added_later=True,
            )
        except StoreError as exc:
            dialogs.error(self, self.tr("Mark not added"), error_text(exc))
            return
        self._changed(mark.id)

    def _changed(self: ReviewPanel, mark_id: int) -> None:
        self._reload_marks(keep=mark_id)
        assert self.info is not None
        self.marks_changed.emit(self.info.id)
