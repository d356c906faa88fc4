"""Call review: find the moment, hear it, and correct the record without erasing anything."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...audio.peaks import Peaks, read_peaks
from ...audio.playback import SPEEDS, PlaybackError, Player
from ...settings import DEFAULT_COLOURS
from ...settings import load as load_settings
from ...store import Workspace
from ...store.search import (
    MarkRow,
    RecordingInfo,
    mark_history,
    mark_rows,
    recording_info,
    recording_list,
)
from ...timefmt import clock_text
from .. import dialogs, localefmt
from ..errors import error_text
from ..recoverynotice import interruption_text
from ..timeline.attachedfiles import WithdrawFileButton, contact_files, file_item
from .audiofiles import peaks_from_audio, peaks_path
from .editing import MarkEditing
from .marks import (
    MarksModel,
    history_lines,
    mark_label,
    state_text,
    ui_language,
)
from .waveform import Flag, WaveformView

PlayerFactory = Callable[[Sequence[Path]], Player]
TICK_MS = 30


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


class ReviewPanel(MarkEditing, QWidget):
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
        self.calls = _LazyCombo()
        self.calls.setAccessibleName(self.tr("Recorded call"))
        self.calls.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.calls.activated.connect(self._call_chosen)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Call:")))
        top.addWidget(self.calls)

        self.waveform = WaveformView()
        self.waveform.cursor_requested.connect(self.set_cursor)
        self.waveform.mark_clicked.connect(self.go_to_mark)

        self.prev_button = QPushButton(self.tr("◀ Previous mark"))
        self.prev_button.setToolTip(self.tr("Left arrow"))
        self.prev_button.clicked.connect(self.previous_mark)
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setToolTip(self.tr("Space"))
        self.play_button.setMinimumWidth(110)
        self.play_button.clicked.connect(self.toggle_play)
        self.next_button = QPushButton(self.tr("Next mark ▶"))
        self.next_button.setToolTip(self.tr("Right arrow"))
        self.next_button.clicked.connect(self.next_mark)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setMinimumWidth(120)
        self.speed = QComboBox()
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.zoom_in = QPushButton("+")
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl + mouse wheel)"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.clicked.connect(lambda: self.waveform.zoom(3.0))
        self.zoom_out = QPushButton("−")
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl + mouse wheel)"))
        self.zoom_out.clicked.connect(lambda: self.waveform.zoom(1 / 3.0))
        self.whole = QPushButton(self.tr("Whole call"))
        self.whole.clicked.connect(self.waveform.show_all)
        for button in (self.zoom_in, self.zoom_out):
            button.setFixedWidth(32)
        self.add_button = QPushButton(self.tr("Add a &mark here…"))
        self.add_button.clicked.connect(self.add_mark_at_cursor)
        transport = QHBoxLayout()
        for widget in (self.prev_button, self.play_button, self.next_button, self.time_label):
            transport.addWidget(widget)
        transport.addWidget(QLabel(self.tr("Speed:")))
        transport.addWidget(self.speed)
        transport.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.whole, self.add_button):
            transport.addWidget(widget)

        self.model = MarksModel(self)
        self.model.colours = self.colours
        self.model.language = self.language
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Marks in this call"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 70)
        header.resizeSection(1, 220)
        header.resizeSection(3, 100)
        self.table.clicked.connect(self._row_clicked)
        self.table.activated.connect(self._row_clicked)

        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_note = QLabel()
        self.detail_note.setWordWrap(True)
        self.detail_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("E&dit note…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.retract_button = QPushButton(self.tr("Retract…"))
        self.retract_button.clicked.connect(self.retract_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.retract_button)
        buttons.addStretch(1)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History of this mark"))
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSpacing(2)
        mark_box = QGroupBox(self.tr("Selected mark"))
        mark_layout = QVBoxLayout(mark_box)
        mark_layout.addWidget(self.detail_title)
        mark_layout.addWidget(self.detail_note)
        mark_layout.addLayout(buttons)
        mark_layout.addWidget(QLabel(self.tr("History (every version is kept):")))
        mark_layout.addWidget(self.history, 1)

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files attached to this call"))
        for small_list in (self.history, self.files):  # two lines: room for large text
            small_list.setMinimumHeight(small_list.fontMetrics().lineSpacing() * 2 + 12)
        self.attach_button = QPushButton(self.tr("Attach fi&le…"))
        self.attach_button.setToolTip(
            self.tr("Screenshots, letters, chat exports: copied into the case and fingerprinted")
        )
        self.attach_button.clicked.connect(self.attach_files)
        self.withdraw_file_button = WithdrawFileButton(self.files)
        self.withdraw_file_button.clicked.connect(self.withdraw_file)
        files_box = QGroupBox(self.tr("Files for this call"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.attach_button)
        file_buttons.addWidget(self.withdraw_file_button)
        files_layout.addLayout(file_buttons)

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

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._playback_ended.connect(self._ended)
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

    def show_case(self, case_id: int | None) -> None:
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
            self.waveform.empty_text = self.tr(
                "No recorded calls in this case yet. Calls you record appear here."
            )
            self.waveform.set_recording(None, 0, 48000, [])
            self.waveform.set_flags([])
            self.heading.setText(self.tr("<b>Call review</b>"))
            self.files.clear()
            self._set_enabled(False)
            self._show_details(None)
            return
        self.show_recording(recordings[-1].id)

    def refresh(self) -> None:
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

    def _call_text(self, info: RecordingInfo) -> str:
        who = info.party or info.number or self.tr("unknown caller")
        return (
            self.tr("%1 — %2 (%3, %n mark(s))", "", info.marks)
            .replace("%1", localefmt.moment_text(_utc(info.started_utc), info.zone))
            .replace("%2", who)
            .replace("%3", clock_text(info.duration_s or 0))
        )

    def _fill_calls(self, recordings: list[RecordingInfo]) -> None:
        self.calls.clear()
        for info in recordings:
            self.calls.addItem(self._call_text(info), info.id)
        if self.info is not None:
            self.calls.setCurrentIndex(max(0, self.calls.findData(self.info.id)))

    def _call_chosen(self, index: int) -> None:
        recording_id = self.calls.itemData(index)
        if recording_id is not None and (self.info is None or recording_id != self.info.id):
            self.show_recording(recording_id)

    def show_recording(self, recording_id: int, frame: int | None = None) -> None:
        """Open a recording, the cursor at ``frame`` (or at the start)."""
        self.stop()
        self._close_player()
        info = recording_info(self.workspace.store, recording_id)
        self.info = info
        if info.case_id != self.case_id or self.calls.findData(recording_id) < 0:
            self.case_id = info.case_id
            self.calls.clear()
            self.calls.addItem(self._call_text(info), info.id)
            case_id = info.case_id
            self.calls.load = lambda: self._fill_calls(
                recording_list(self.workspace.store, case_id)
            )
        else:
            index = self.calls.findData(recording_id)
            self.calls.setCurrentIndex(index)
            # As it is now: a call filed by recovery read "unknown caller (0:00)" in the list
            # made before, beside its heading's caller and length (a walk-through)
            self.calls.setItemText(index, self._call_text(info))
        peaks, problem = self._load_peaks(info)
        names = self._lane_names(info)
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
        when = localefmt.moment_text(_utc(info.started_utc), info.zone)
        self.heading.setText(
            self.tr("<b>Call with %1</b> &nbsp; %2 · %3 long")
            .replace("%1", _html(who))
            .replace("%2", _html(when))
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

    def _reload_marks(self, keep: int | None = None) -> None:
        if self.info is None:
            return
        self.marks = mark_rows(self.workspace.store, self.info.id)
        self._mark_frames = [m.frame for m in self.marks]
        self.model.set_rows(self.marks, self.info.sample_rate)
        self.waveform.set_flags(
            [
                Flag(
                    m.id,
                    m.frame,
                    mark_label(m, self.language),
                    self.colours.get(m.tag or "", "#5b6b7a"),
                    m.retracted,
                    m.added_later,
                )
                for m in self.marks
            ]
        )
        if keep is not None:
            self._select(keep)

    def _reload_files(self) -> None:
        self.files.clear()
        if self.info is None:
            return
        for file in contact_files(self.workspace, self.info.case_id, self.info.event_id):
            text = self.tr("%1  (fingerprint %2…)").replace("%1", file.name)
            self.files.addItem(file_item(text.replace("%2", file.sha256[:12]), file))
        if not self.files.count():
            self.files.addItem(self.tr("No files attached yet."))
        self.withdraw_file_button.follow()

    # ------------------------------------------------------------ cursor
    @property
    def cursor(self) -> int:
        return self.waveform.cursor

    def set_cursor(self, frame: int) -> None:
        """Move the play cursor (restarting playback there when playing)."""
        self.waveform.set_cursor(frame)
        self._update_time()
        if self.player is not None and self.player.playing:
            self._start_player(self.waveform.cursor)
        elif self.player is not None:
            self.player.seek(self.waveform.cursor)

    def _update_time(self) -> None:
        if self.info is None:
            self.time_label.setText("0:00 / 0:00")
            return
        rate = self.info.sample_rate or 1
        self.time_label.setText(
            f"{clock_text(self.waveform.cursor / rate)} / {clock_text(self.info.frames / rate)}"
        )

    def mark_at(self, frame: int | None) -> int | None:
        """The id of the last mark at or before ``frame`` (None before the first)."""
        if frame is None or not self.marks:
            return None
        i = bisect.bisect_right(self._mark_frames, frame) - 1
        return self.marks[i].id if i >= 0 else None

    def _row(self, mark_id: int | None) -> MarkRow | None:
        row = self.model.row_of(mark_id)
        return self.marks[row] if row is not None else None

    def go_to_mark(self, mark_id: int) -> None:
        row = self._row(mark_id)
        if row is None:
            return
        self.set_cursor(row.frame)
        self._select(mark_id)

    def next_mark(self) -> None:
        i = bisect.bisect_right(self._mark_frames, self.cursor)
        if i < len(self.marks):
            self.go_to_mark(self.marks[i].id)

    def previous_mark(self) -> None:
        # While playing, "previous" means the one before the mark just heard.
        slack = int(0.8 * self.info.sample_rate) if self.info and self.is_playing else 0
        i = bisect.bisect_left(self._mark_frames, self.cursor - slack) - 1
        if i >= 0:
            self.go_to_mark(self.marks[i].id)
        elif self.marks:
            self.set_cursor(0)

    def _select(self, mark_id: int) -> None:
        row = self.model.row_of(mark_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._set_current(mark_id)
        self._show_details(mark_id)

    def _set_current(self, mark_id: int | None) -> None:
        self.model.set_current(mark_id)
        self.waveform.set_current_mark(mark_id)

    def _row_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.go_to_mark(self.marks[index.row()].id)

    def selected_mark(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.marks[rows[0].row()].id if rows else None

    def _show_details(self, mark_id: int | None) -> None:
        row = self._row(mark_id)
        self.edit_button.setEnabled(row is not None and not row.retracted)
        self.retract_button.setEnabled(row is not None and not row.retracted)
        self.history.clear()
        if row is None or self.info is None:
            self.detail_title.setText(
                self.tr("Choose a mark in the list or on the waveform.")
                if self.marks
                else self.tr("This call has no marks yet. Use “Add a mark here…”.")
            )
            self.detail_note.setText("")
            return
        what = self.model.data(self.model.index(self.model.row_of(mark_id) or 0, 1))
        state = state_text(row)
        self.detail_title.setText(
            f"<b>{_html(what)}</b> · {clock_text(row.frame / self.info.sample_rate)}"
            + (f" · <i>{_html(state)}</i>" if state else "")
        )
        self.detail_note.setText(row.text or self.tr("(no note)"))
        history = mark_history(self.workspace.store, row.id)
        self.history.addItems(history_lines(list(reversed(history)), self.info.zone))

    # ----------------------------------------------------------- playback
    @property
    def is_playing(self) -> bool:
        return self.player is not None and self.player.playing

    def toggle_play(self) -> None:
        if self.is_playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.info is None:
            return
        if self.player is None:
            try:
                self.player = self.player_factory(self.audio_paths())
            except PlaybackError as exc:
                dialogs.error(self, self.tr("Cannot play this call"), error_text(exc))
                return
        start = self.cursor if self.cursor < self.info.frames else 0
        self._start_player(start)

    def _start_player(self, start: int) -> None:
        assert self.player is not None
        try:
            self.player.play(
                start, speed=self.speed.currentData(), on_finished=self._playback_ended.emit
            )
        except PlaybackError as exc:
            self.stop()
            dialogs.error(self, self.tr("Cannot play this call"), error_text(exc))
            return
        self.play_button.setText(self.tr("❚❚ Pause"))
        self.timer.start()

    def pause(self) -> None:
        if self.player is not None and self.player.playing:
            frame = self.player.pause()
            self.waveform.set_cursor(frame)
            self._update_time()
        self.timer.stop()
        self.play_button.setText(self.tr("▶ Play"))

    def stop(self) -> None:
        self.timer.stop()
        if self.player is not None:
            self.player.stop()
        self.play_button.setText(self.tr("▶ Play"))

    def _close_player(self) -> None:
        if self.player is not None:
            self.player.close()
            self.player = None

    def _speed_changed(self) -> None:
        if self.player is not None:
            self.player.set_speed(self.speed.currentData())

    def _tick(self) -> None:
        if self.player is None:
            return
        frame = self.player.position
        self.waveform.set_cursor(frame)
        self._update_time()
        current = self.mark_at(frame)
        if current != self.model.current:
            self._set_current(current)
            row = self.model.row_of(current)
            if row is not None:
                self.table.scrollTo(self.model.index(row, 0))

    def _ended(self) -> None:
        self._tick()
        self.stop()

    def hideEvent(self, event: object) -> None:
        self.pause()
        super().hideEvent(event)  # type: ignore[arg-type]


def _utc(text: str):  # type: ignore[no-untyped-def]
    from ...store.search import parse_utc

    return parse_utc(text)


def _html(text: object) -> str:
    from html import escape

    return escape(str(text))
