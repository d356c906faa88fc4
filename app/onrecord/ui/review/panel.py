"""Call review: find the moment, hear it, and correct the record without erasing anything.

The panel is made of parts, each mixed in from its own module: the recorded calls of the
case (``recordings``), the player and its cursor on the waveform (``playback``), the marks
and the selected mark (``marklist``), changing marks (``editing``) and the call's files
(``callfiles``). Here: the panel's layout, and opening one call into it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...audio.peaks import Peaks, read_peaks
from ...audio.playback import Player
from ...settings import DEFAULT_COLOURS
from ...settings import load as load_settings
from ...store import Workspace
from ...store.search import MarkRow, RecordingInfo, parse_utc, recording_info
from ...timefmt import clock_text
from .. import dialogs, localefmt
from ..recoverynotice import interruption_text
from .audiofiles import peaks_from_audio, peaks_path
from .callfiles import CallFiles
from .editing import MarkEditing
from .marklist import MarkList
from .marks import ui_language
from .playback import Playback, PlayerFactory
from .recordings import RecordingsList
from .waveform import WaveformView


class ReviewPanel(RecordingsList, Playback, MarkList, MarkEditing, CallFiles, QWidget):
    """Review one recorded call: waveform, marks, playback, notes, retractions, files."""

    recording_shown = Signal(int)  # recording id
    marks_changed = Signal(int)  # recording id: a mark was added, edited or retracted
    files_changed = Signal(int)  # case id: a file was attached, withdrawn or put back
    _playback_ended = Signal()  # from the audio thread

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        player_factory: PlayerFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.player_factory: PlayerFactory = player_factory or (lambda paths: Player(paths))
        #: Runs a dialog; tests replace it to fill in and accept the dialog.
        self.run_dialog: Callable[[QDialog], bool] = lambda d: (
            d.exec() == QDialog.DialogCode.Accepted
        )
        #: Asks for files to attach; tests replace it.
        self.choose_files: Callable[[QWidget], list[str]] = lambda parent: [
            str(path) for path in dialogs.choose_files(parent, self.tr("Attach files to this call"))
        ]
        self.case_id: int | None = None
        self.info: RecordingInfo | None = None
        self.player: Player | None = None
        self.marks: list[MarkRow] = []
        self._mark_frames: list[int] = []
        self.language = ui_language()
        self.colours = self._tag_colours()

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self._build_calls()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Call:")))
        top.addWidget(self.calls)

        self.waveform = WaveformView()
        self.waveform.cursor_requested.connect(self.set_cursor)
        self.waveform.mark_clicked.connect(self.go_to_mark)
        transport = self._build_transport()
        self._build_table()
        mark_box = self._build_mark_box()
        files_box = self._build_files_box()

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(mark_box, 3)
        side_layout.addWidget(files_box, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.table)
        lower.addWidget(side)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.waveform, 1)
        upper_layout.addLayout(transport)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        self.hint = QLabel(
            self.tr(
                "Click the waveform to move the cursor · ← → previous / next mark · "
                "Space play / pause · Ctrl + wheel to zoom"
            )
        )
        self.hint.setStyleSheet("color: #5f6b76;")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setStyleSheet("background: #fff8e1; padding: 6px; border-radius: 4px;")
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        layout.addWidget(self.hint)

        self._make_timer()
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle_play),
            (Qt.Key.Key_Left, self.previous_mark),
            (Qt.Key.Key_Right, self.next_mark),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._set_enabled(False)
        self._show_details(None)

    # ------------------------------------------------------------ loading
    def _tag_colours(self) -> dict[str, str]:
        colours = dict(DEFAULT_COLOURS)
        try:
            for button in load_settings(self.workspace.data_dir).tag_buttons:
                colours[button.tag] = button.colour
        except OSError:
            pass
        return colours

    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.prev_button, self.play_button, self.next_button, self.speed, self.zoom_in,
            self.zoom_out, self.whole, self.add_button, self.attach_button,
        ):  # fmt: skip
            widget.setEnabled(on)

    def _call_text(self, info: RecordingInfo) -> str:
        """A call as the list of calls names it."""
        who = info.party or info.number or self.tr("unknown caller")
        return (
            self.tr("%1 — %2 (%3, %n mark(s))", "", info.marks)
            .replace("%1", localefmt.moment_text(parse_utc(info.started_utc), info.zone))
            .replace("%2", who)
            .replace("%3", clock_text(info.duration_s or 0))
        )

    def show_recording(self, recording_id: int, frame: int | None = None) -> None:
        """Open a recording, the cursor at ``frame`` (or at the start)."""
        self.stop()
        self._close_player()
        info = recording_info(self.workspace.store, recording_id)
        self.info = info
        self._show_in_list(info)
        peaks, problem = self._load_peaks(info)
        names = self._lane_names(info)
        # A call with no sound at all (the microphone gave none, or it is still starting)
        # said "No recorded calls in this case yet", left from an empty case shown before.
        self.waveform.empty_text = self.tr(
            "No sound was recorded in this call: the microphone gave none (or the call has "
            "only just started). Its marks and notes are kept."
        )
        self.waveform.set_recording(peaks, info.frames, info.sample_rate, names)
        self._reload_marks()
        self._show_heading(info, problem)
        self._reload_files()
        self._set_enabled(True)
        self.set_cursor(frame or 0)
        at = self.mark_at(frame) if frame is not None else None
        if at is not None:
            self._select(at)
        else:
            self._show_details(None)
        self.waveform.setFocus()
        self.recording_shown.emit(recording_id)

    def _lane_names(self, info: RecordingInfo) -> list[str]:
        names = {
            "me": self.tr("Me"),
            "them": self.tr("Them"),
            "mixed": self.tr("Both sides"),
            # one stereo device (a microphone with two capsules): its channels, not two people
            "left": self.tr("Left channel"),
            "right": self.tr("Right channel"),
        }
        return [names.get(role, role) for role in info.channel_roles][: info.channels]

    def audio_paths(self, info: RecordingInfo | None = None) -> list[Path]:
        info = info or self.info
        return [self.workspace.data_dir / p for p in info.paths] if info else []

    def _load_peaks(self, info: RecordingInfo) -> tuple[Peaks | None, str]:
        paths = self.audio_paths(info)
        side = peaks_path(paths[0])
        if side.is_file():
            try:
                return read_peaks(side), "" if paths[0].is_file() else "missing"
            except (OSError, ValueError):
                pass
        if not paths[0].is_file():
            return None, "missing"
        try:
            return peaks_from_audio(paths), ""
        except (OSError, RuntimeError, ValueError):
            return None, "unreadable"

    def _show_heading(self, info: RecordingInfo, problem: str) -> None:
        who = info.party or info.number or self.tr("an unknown caller")
        when = localefmt.moment_text(parse_utc(info.started_utc), info.zone)
        self.heading.setText(
            self.tr("<b>Call with %1</b> &nbsp; %2 · %3 long")
            .replace("%1", escape(str(who)))
            .replace("%2", escape(str(when)))
            .replace("%3", clock_text(info.duration_s or 0))  # as the player shows it
        )
        notes = []
        if problem == "missing":
            notes.append(
                self.tr(
                    "The audio file of this call is not in the data folder, so it cannot be played."
                )
            )
        elif problem == "unreadable":
            notes.append(self.tr("The audio file of this call could not be read."))
        if info.status == "recovered":
            notes.append(interruption_text(self.workspace.recordings.recording(info.id).warnings))
        self.notice.setText(" ".join(notes))
        self.notice.setVisible(bool(notes))

    def hideEvent(self, event: object) -> None:
        self.pause()
        super().hideEvent(event)  # type: ignore[arg-type]
