"""The recorded calls of the case, in the review's "Call:" list: which call is shown.

The list shows the case's newest call when the case is chosen, and is read again (the call
shown staying) when something was saved elsewhere. A call opened from another case (the
search, the timeline) shows alone in it until the user opens the list.

Its texts are the review's: they are translated in the ReviewPanel context. The text of a
call in the list is the panel's (``ReviewPanel._call_text``): it has plural forms, which
only ``self.tr`` gives the translation tools.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ...store.search import RecordingInfo, recording_info, recording_list

if TYPE_CHECKING:
    from .panel import ReviewPanel


class _LazyCombo(QComboBox):
    """A combo that fills itself (calls ``load``) only when the user opens it."""

    def __init__(self) -> None:
        super().__init__()
        self.load: Callable[[], None] | None = None

    def showPopup(self) -> None:
        if self.load is not None:
            load, self.load = self.load, None
            load()
        super().showPopup()


class RecordingsList:
    """The recordings list of :class:`ReviewPanel` (mixed in; uses the panel's state)."""

    def _build_calls(self: ReviewPanel) -> _LazyCombo:
        self.calls = _LazyCombo()
        self.calls.setAccessibleName(QCoreApplication.translate("ReviewPanel", "Recorded call"))
        self.calls.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.calls.activated.connect(self._call_chosen)
        return self.calls

    def show_case(self: ReviewPanel, case_id: int | None) -> None:
        """Show the case's most recent recorded call (or say there is none)."""
        self.stop()
        self.case_id = case_id
        self.calls.clear()
        self.calls.load = None
        recordings = recording_list(self.workspace.store, case_id) if case_id is not None else []
        self._fill_calls(recordings)
        if not recordings:
            self.info = None
            self.marks = []
            self._mark_frames = []
            self.model.set_rows([], 48000)
            self.waveform.empty_text = QCoreApplication.translate(
                "ReviewPanel", "No recorded calls in this case yet. Calls you record appear here."
            )
            self.waveform.set_recording(None, 0, 48000, [])
            self.waveform.set_flags([])
            self.heading.setText(QCoreApplication.translate("ReviewPanel", "<b>Call review</b>"))
            self.files.clear()
            self._set_enabled(False)
            self._show_details(None)
            return
        self.show_recording(recordings[-1].id)

    def refresh(self: ReviewPanel) -> None:
        """Read the case's calls and the shown call's marks again (saved elsewhere, e.g. by
        the onrecord command) without leaving the call shown: playback, the cursor and the
        chosen mark stay. With no call shown, the newest is shown."""
        if self.case_id is None:
            return
        recordings = recording_list(self.workspace.store, self.case_id)
        if self.info is None or all(r.id != self.info.id for r in recordings):
            self.show_case(self.case_id)  # nothing shown, or the call was moved elsewhere
            return
        self.calls.load = None
        self._fill_calls(recordings)
        chosen = self.selected_mark()
        fresh = recording_info(self.workspace.store, self.info.id)
        if replace(fresh, marks=self.info.marks) != self.info and not self.is_playing:
            # e.g. the call was still being recorded when it was shown: its length, its file
            self.show_recording(fresh.id, self.cursor)
            if chosen is not None:
                self._select(chosen)
            return
        self._reload_marks(keep=chosen)

    def _fill_calls(self: ReviewPanel, recordings: list[RecordingInfo]) -> None:
        self.calls.clear()
        for info in recordings:
            self.calls.addItem(self._call_text(info), info.id)
        if self.info is not None:
            self.calls.setCurrentIndex(max(0, self.calls.findData(self.info.id)))

    def _call_chosen(self: ReviewPanel, index: int) -> None:
        recording_id = self.calls.itemData(index)
        if recording_id is not None and (self.info is None or recording_id != self.info.id):
            self.show_recording(recording_id)

    def _show_in_list(self: ReviewPanel, info: RecordingInfo) -> None:
        """The list on the call ``info`` opened: alone in it (filled when opened) if it is
        not in the list, e.g. a call of another case opened from the search."""
        if info.case_id != self.case_id or self.calls.findData(info.id) < 0:
            self.case_id = info.case_id
            self.calls.clear()
            self.calls.addItem(self._call_text(info), info.id)
            case_id = info.case_id
            self.calls.load = lambda: self._fill_calls(
                recording_list(self.workspace.store, case_id)
            )
        else:
            index = self.calls.findData(info.id)
            self.calls.setCurrentIndex(index)
            # As it is now: a call filed by recovery read "unknown caller (0:00)" in the list
            # made before, beside its heading's caller and length (a walk-through)
            self.calls.setItemText(index, self._call_text(info))
