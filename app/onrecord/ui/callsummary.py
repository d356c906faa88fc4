"""What the call screen says of a call once it has ended, in room that squeezes nothing.

Each fact is said once, in her language. A walk-through's call whose microphone gave no sound
said it three times (the recorder's warning, its English error, and the summary's own line),
called a call with nothing in it "saved, 0:00 long" and "stopped by a problem (the audio so
far is kept)". Such a call now says only that no sound came, what is kept of it, and what to
check before the next call.

The summary is at the foot of the screen's right column, under the caller's fields. A long
one squeezed those fields to thin lines and was cut off itself (at 1100×720 in Chinese): the
column now scrolls when the window is too short for it (``RightColumn``), the marks list asks
for no more than a few rows (``MarksList``), and the column shows the summary once the call
has ended.

Its texts are the call screen's: they are translated in the CallPanel context.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QListWidget, QScrollArea, QWidget

from ..timefmt import clock_text
from . import labels
from .audiowords import warning_texts


def call_lines(
    recording: Any,
    marks: int,
    source_roles: Sequence[str],
    counted: Callable[[str, int], str],
) -> list[str]:
    """How the kept ``recording`` ended, with ``marks`` marks: its length and marks, its
    status if it is not complete, what the recorder noted; for one without a sound, that.

    ``counted(key, n)``: the call screen's texts that count (``CallPanel.counted``): a plural
    is read from the .ts only where lupdate sees it in a ``self.tr`` call."""
    warnings = json.loads(recording.warnings or "[]")
    said = [(w.get("code", ""), w.get("params") or {}, w.get("message", "")) for w in warnings]
    if not recording.frames:  # kept for marks made before a first sound that never came
        # The first line says it: not the recorder's warning, nor the error it stopped with
        silent = [message for code, _params, message in said if code == "source_no_audio"]
        told = [
            (code, params, message)
            for code, params, message in said
            if code != "source_no_audio"
            and not (code == "error" and any(message.startswith(m) for m in silent))
        ]
        return [
            "<b>" + counted("kept_for_marks", marks) + "</b>",
            *("⚠ " + text for text in warning_texts(told, source_roles)),
            QCoreApplication.translate(
                "CallPanel",
                "Before the next call, check that the microphone is plugged in, not muted and "
                "not used by another program, or choose another one.",
            ),
        ]
    seconds = recording.frames / recording.sample_rate if recording.sample_rate else 0
    if recording.status.value == "failed":
        # Stopped by a problem, not by her: "Call saved" at the top, the stop two lines down,
        # did not tell a man whose call was still going on to record the rest (a walk-through)
        return [
            counted("stopped", marks) % clock_text(seconds),
            *("⚠ " + text for text in warning_texts(said, source_roles)),
        ]
    lines = [
        counted("saved", marks) % clock_text(seconds),  # as the review player shows its length
    ]
    if recording.status.value != "complete":
        lines.append(
            QCoreApplication.translate("CallPanel", "Status: %s")
            % labels.recording_status(recording.status)
        )
    return lines + ["⚠ " + text for text in warning_texts(said, source_roles)]


def nothing_recorded_lines() -> list[str]:
    """The head of the summary of a call with no sound and no mark: its call is withdrawn.

    A microphone that gave no sound left a 0:00 "call" that counted as an answered contact and
    set off a possible issue (a walk-through): it says plainly that nothing was recorded, that
    the call counts nowhere, and what to do."""
    return [
        "<b>"
        + QCoreApplication.translate(
            "CallPanel", "Nothing was recorded: no sound came from the microphone."
        )
        + "</b>",
        QCoreApplication.translate(
            "CallPanel",
            "The empty recording stays in the case file, as every recording does, but its call "
            "is withdrawn: it counts nowhere. Check that the microphone is plugged in, not "
            "muted and not used by another program, or choose another one, then try again. If "
            "there was a call, you can log it in the Timeline.",
        ),
    ]


class MarksList(QListWidget):
    """The marks of the call: room for a few, more when the window has it to spare."""

    ROWS = 4

    def sizeHint(self) -> QSize:
        # A list's own wish (some 8 rows) is what the column is laid out for: with it the
        # summary below went out of sight in a window of usual size.
        rows = self.fontMetrics().lineSpacing() * self.ROWS
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class RightColumn(QScrollArea):
    """The column of ``content``, scrolled when the window is too short for all of it: each
    part keeps the height it needs, none is squeezed."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        # on the page's own background, as the column was before it could scroll
        content.setAutoFillBackground(False)  # setWidget turned it on
        self.viewport().setAutoFillBackground(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_widgets(self, *widgets: QWidget) -> None:
        """Scroll so that ``widgets`` are in view, the first most of all, once the layout
        has made room for them."""

        def show() -> None:
            for widget in reversed(widgets):
                if widget.isVisible():
                    self.ensureWidgetVisible(widget, 0, 0)

        QTimer.singleShot(0, self, show)
