"""The call screen's hints and warnings, in space kept for them.

A warning that appeared, or a hint that grew by a line, pushed the tag keys and the note field
down during a call; a walk-through's click meant for the note then landed in another field.
These widgets keep the same height whatever they show, shown or hidden. A warning is shown
while its cause lasts: "too loud" until the sound has been below full scale for a moment, "one
side silent" until that side is heard, a one-off problem (audio lost) for as long as it takes
to read. The summary after the call lists them all.

Before the microphone's first sound the recording is at 0:00 and nothing moves: a microphone
that gave nothing showed "● REC" at 0:00 for 10 s with no sign that nothing arrived, then
stopped (a walk-through). After a moment without sound the box says it is waiting for one,
and that recording stops if none comes.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QWidget

from ..audio import RecorderStatus
from ..audio.types import ChannelLevel
from ..audio.watchdog import SILENT_DBFS
from .audiowords import warning_texts
from .levelmeter import CLIP_DB


def keep_space_when_hidden(widget: QWidget) -> None:
    """Hiding ``widget`` leaves its space empty instead of moving what is below it up."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class SteadyLabel(QLabel):
    """A wrapped label as tall as the tallest of the texts it may show, at any width."""

    def __init__(self, texts: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.texts = list(texts)
        keep_space_when_hidden(self)

    def set_texts(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True  # empty or hidden too: the space is kept

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = max(
            (
                metrics.boundingRect(QRect(0, 0, inner, 1 << 20), flags, t).height()
                for t in self.texts
            ),
            default=0,
        )
        extra = margins.top() + margins.bottom() + 2 * self.margin()
        return max(tallest + extra, super().heightForWidth(width))


#: Warnings about something that lasts; any other warning is about a moment.
CONDITIONS = ("clipping", "one_sided")


def _other_side_lost(code: str, params: dict[str, Any]) -> bool:
    """The other side's source given up while the recording goes on: said until it comes
    back (``source_resumed``), not for a moment: their side is not being recorded."""
    return code in ("source_stalled", "source_no_audio") and params.get("continues") is True


def _still_there(code: str, params: dict[str, Any], levels: Sequence[ChannelLevel]) -> bool:
    """Whether the cause of a lasting warning is still heard in the latest levels."""
    role = params.get("role")
    if code == "clipping":  # the levels' peak is the last second's
        return any(level.role == role and level.peak_dbfs >= CLIP_DB for level in levels)
    if code == "one_sided":
        return any(level.role == role and level.rms_dbfs <= SILENT_DBFS for level in levels)
    return False


class LiveWarnings(QListWidget):
    """The recorder's warnings during a call, each while it lasts, in a box of fixed height."""

    GONE_S = 3.0  # a lasting warning goes once its cause has been gone this long
    SHOWN_S = 10.0  # a warning about a moment is shown this long
    LINES = 3
    # An idle sound server gives a new recording its first sound up to ~2 s after it starts:
    # only a wait longer than that is said.
    AWAIT_SOUND_S = 2.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setFixedHeight(
            self.fontMetrics().lineSpacing() * self.LINES + 2 * self.frameWidth() + 6
        )
        keep_space_when_hidden(self)
        self.seen: set[tuple[str, int]] = set()
        #: (code, frame) -> ((code, params, message), call time it was last true)
        self.live: dict[tuple[str, int], tuple[tuple[str, dict[str, Any], str], float]] = {}
        #: when the recorder started (monotonic), and how long it waits for a first sound
        self.sound_awaited: tuple[float, float] | None = None
        self.setVisible(False)

    def start_call(self) -> None:
        self.seen.clear()
        self.live.clear()
        self.sound_awaited = None
        self.clear()
        self.setVisible(False)

    def await_sound(self, gives_up_after_s: float) -> None:
        """The recorder has started: it stops if no sound comes in ``gives_up_after_s``."""
        self.sound_awaited = (time.monotonic(), gives_up_after_s)

    def call_ended(self) -> None:
        """The summary says what happened now: the box is emptied (its space kept)."""
        self.start_call()

    def _waiting_text(self, status: RecorderStatus) -> list[str]:
        """That no sound has come yet, once the wait has been long enough to notice."""
        if self.sound_awaited is None or status.first_frame_utc is not None or status.frames:
            return []
        since, gives_up_after_s = self.sound_awaited
        if status.state != "recording" or time.monotonic() - since < self.AWAIT_SOUND_S:
            return []
        return [
            QCoreApplication.translate(
                "AudioWarnings",
                "Waiting for sound from the microphone… If none comes within %1 s, recording "
                "stops.",
            ).replace("%1", f"{gives_up_after_s:.0f}")
        ]

    def show_status(self, status: RecorderStatus, source_roles: Sequence[str]) -> None:
        """Add the new warnings of ``status``, drop those whose cause has gone."""
        now = status.elapsed_s
        for warning in status.warnings:
            key = (warning.code, warning.frame)
            if key not in self.seen:
                self.seen.add(key)
                self.live[key] = ((warning.code, warning.params, warning.message), now)
        back = [w.frame for w in status.warnings if w.code == "source_resumed"]
        for key, (said, last) in list(self.live.items()):
            code, params, _message = said
            lasting = code in CONDITIONS and _still_there(code, params, status.levels)
            if lasting or (_other_side_lost(code, params) and not any(f >= key[1] for f in back)):
                self.live[key] = (said, now)
            elif now - last > (self.GONE_S if code in CONDITIONS else self.SHOWN_S):
                del self.live[key]
        texts = self._waiting_text(status)
        texts += warning_texts([said for said, _last in self.live.values()], source_roles)
        if texts != [self.item(row).text() for row in range(self.count())]:
            self.clear()
            self.addItems(texts)
            self.scrollToBottom()
        self.setVisible(bool(texts))
