"""Changing the record of a call: notes as new versions, retractions, late marks, files
(attached, or withdrawn when attached by mistake).

Nothing here overwrites or deletes: the store adds a revision (or a retraction, or a mark
flagged "added later", or a hashed copy of a file) and the audit chain records it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from ...store import StoreError
from ...store.search import mark_history
from .. import dialogs
from ..errors import error_text
from ..timeline.attachedfiles import contact_files, selected_file, withdraw_or_restore
from ..timeline.withdrawnagain import attach_again
from .marks import AddMarkDialog, NoteDialog, RetractDialog, history_lines, mark_label

if TYPE_CHECKING:
    from .panel import ReviewPanel


class MarkEditing:
    """The editing half of :class:`ReviewPanel` (mixed in; uses the panel's state)."""

    run_dialog: Callable[[QDialog], bool]
    choose_files: Callable[[QWidget], list[str]]

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

    def attach_files(self: ReviewPanel) -> None:
        """Attach the files chosen; one the case keeps already (the same bytes, whatever its
        name) is refused saying where, or said to be here already, never kept twice; one
        withdrawn from the case is attached again only if the user says so."""
        if self.info is None:
            return
        info = self.info
        added = 0
        for name in self.choose_files(self):
            if not attach_again(self, self.workspace, info.case_id, Path(name)):
                continue
            here = {f.id for f in contact_files(self.workspace, info.case_id, info.event_id)}
            try:
                kept = self.workspace.attachments.add(info.case_id, name, event_id=info.event_id)
            except StoreError as exc:
                dialogs.error(self, self.tr("File not attached"), error_text(exc))
                continue
            if kept.id in here:  # the same bytes, maybe under another name: kept once
                text = self.tr(
                    "%1 is attached to this call already (the same file, by its "
                    "fingerprint, as %2)."
                )
                shown = Path(name).name
                dialogs.info(
                    self,
                    self.tr("File not attached"),
                    text.replace("%1", shown).replace("%2", kept.original_name),
                )
                continue
            added += 1
        self._reload_files()
        if added:
            self.files_changed.emit(info.case_id)

    def withdraw_file(self: ReviewPanel) -> None:
        """Withdraw the selected file (attached by mistake), or put a withdrawn one back."""
        file = selected_file(self.files)
        if self.info is None or file is None:
            return
        if withdraw_or_restore(self, self.workspace, file, self.run_dialog):
            self._reload_files()
            self.files_changed.emit(self.info.case_id)
