"""Hearing a call in the review: the row under the waveform (previous / play / next mark,
the time, the speed, zoom), the play cursor, and the player that follows it.

The player is made when the call is first played (``ReviewPanel.player_factory``); while it
plays, a timer moves the cursor on the waveform and the mark being heard is shown current.

Its texts are the review's: they are translated in the ReviewPanel context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from ...audio.playback import SPEEDS, PlaybackError, Player
from ...timefmt import clock_text
from .. import dialogs
from ..errors import error_text

if TYPE_CHECKING:
    from .panel import ReviewPanel

PlayerFactory = Callable[[Sequence[Path]], Player]
TICK_MS = 30


class Playback:
    """The player and its wiring to the waveform, in :class:`ReviewPanel` (mixed in; uses
    the panel's state)."""

    player: Player | None
    player_factory: PlayerFactory

    def _build_transport(self: ReviewPanel) -> QHBoxLayout:
        """The row under the waveform (the waveform is made first: zoom acts on it)."""
        self.prev_button = QPushButton(QCoreApplication.translate("ReviewPanel", "◀ Previous mark"))
        self.prev_button.setToolTip(QCoreApplication.translate("ReviewPanel", "Left arrow"))
        self.prev_button.clicked.connect(self.previous_mark)
        self.play_button = QPushButton(QCoreApplication.translate("ReviewPanel", "▶ Play"))
        self.play_button.setToolTip(QCoreApplication.translate("ReviewPanel", "Space"))
        self.play_button.setMinimumWidth(110)
        self.play_button.clicked.connect(self.toggle_play)
        self.next_button = QPushButton(QCoreApplication.translate("ReviewPanel", "Next mark ▶"))
        self.next_button.setToolTip(QCoreApplication.translate("ReviewPanel", "Right arrow"))
        self.next_button.clicked.connect(self.next_mark)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setMinimumWidth(120)
        self.speed = QComboBox()
        self.speed.setAccessibleName(QCoreApplication.translate("ReviewPanel", "Playback speed"))
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.zoom_in = QPushButton("+")
        self.zoom_in.setToolTip(
            QCoreApplication.translate("ReviewPanel", "Zoom in (Ctrl + mouse wheel)")
        )
        self.zoom_in.setAccessibleName(QCoreApplication.translate("ReviewPanel", "Zoom in"))
        self.zoom_in.clicked.connect(lambda: self.waveform.zoom(3.0))
        self.zoom_out = QPushButton("−")
        self.zoom_out.setAccessibleName(QCoreApplication.translate("ReviewPanel", "Zoom out"))
        self.zoom_out.setToolTip(
            QCoreApplication.translate("ReviewPanel", "Zoom out (Ctrl + mouse wheel)")
        )
        self.zoom_out.clicked.connect(lambda: self.waveform.zoom(1 / 3.0))
        self.whole = QPushButton(QCoreApplication.translate("ReviewPanel", "Whole call"))
        self.whole.clicked.connect(self.waveform.show_all)
        for button in (self.zoom_in, self.zoom_out):
            button.setFixedWidth(32)
        self.add_button = QPushButton(
            QCoreApplication.translate("ReviewPanel", "Add a &mark here…")
        )
        self.add_button.clicked.connect(self.add_mark_at_cursor)
        transport = QHBoxLayout()
        for widget in (self.prev_button, self.play_button, self.next_button, self.time_label):
            transport.addWidget(widget)
        transport.addWidget(QLabel(QCoreApplication.translate("ReviewPanel", "Speed:")))
        transport.addWidget(self.speed)
        transport.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.whole, self.add_button):
            transport.addWidget(widget)
        return transport

    def _make_timer(self: ReviewPanel) -> None:
        """The timer that moves the cursor while the call plays."""
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._playback_ended.connect(self._ended)

    # ------------------------------------------------------------ cursor
    @property
    def cursor(self: ReviewPanel) -> int:
        return self.waveform.cursor

    def set_cursor(self: ReviewPanel, frame: int) -> None:
        """Move the play cursor (restarting playback there when playing)."""
        self.waveform.set_cursor(frame)
        self._update_time()
        if self.player is not None and self.player.playing:
            self._start_player(self.waveform.cursor)
        elif self.player is not None:
            self.player.seek(self.waveform.cursor)

    def _update_time(self: ReviewPanel) -> None:
        if self.info is None:
            self.time_label.setText("0:00 / 0:00")
            return
        rate = self.info.sample_rate or 1
        self.time_label.setText(
            f"{clock_text(self.waveform.cursor / rate)} / {clock_text(self.info.frames / rate)}"
        )

    # ----------------------------------------------------------- playback
    @property
    def is_playing(self: ReviewPanel) -> bool:
        return self.player is not None and self.player.playing

    def toggle_play(self: ReviewPanel) -> None:
        if self.is_playing:
            self.pause()
        else:
            self.play()

    def play(self: ReviewPanel) -> None:
        if self.info is None:
            return
        if self.player is None:
            try:
                self.player = self.player_factory(self.audio_paths())
            except PlaybackError as exc:
                dialogs.error(
                    self,
                    QCoreApplication.translate("ReviewPanel", "Cannot play this call"),
                    error_text(exc),
                )
                return
        start = self.cursor if self.cursor < self.info.frames else 0
        self._start_player(start)

    def _start_player(self: ReviewPanel, start: int) -> None:
        assert self.player is not None
        try:
            self.player.play(
                start, speed=self.speed.currentData(), on_finished=self._playback_ended.emit
            )
        except PlaybackError as exc:
            self.stop()
            dialogs.error(
                self,
                QCoreApplication.translate("ReviewPanel", "Cannot play this call"),
                error_text(exc),
            )
            return
        self.play_button.setText(QCoreApplication.translate("ReviewPanel", "❚❚ Pause"))
        self.timer.start()

    def pause(self: ReviewPanel) -> None:
        if self.player is not None and self.player.playing:
            frame = self.player.pause()
            self.waveform.set_cursor(frame)
            self._update_time()
        self.timer.stop()
        self.play_button.setText(QCoreApplication.translate("ReviewPanel", "▶ Play"))

    def stop(self: ReviewPanel) -> None:
        self.timer.stop()
        if self.player is not None:
            self.player.stop()
        self.play_button.setText(QCoreApplication.translate("ReviewPanel", "▶ Play"))

    def _close_player(self: ReviewPanel) -> None:
        if self.player is not None:
            self.player.close()
            self.player = None

    def _speed_changed(self: ReviewPanel) -> None:
        if self.player is not None:
            self.player.set_speed(self.speed.currentData())

    def _tick(self: ReviewPanel) -> None:
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

    def _ended(self: ReviewPanel) -> None:
        self._tick()
        self.stop()
