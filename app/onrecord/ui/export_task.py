"""Carry a long core function (export, verify, import, check) with progress and cancel.

The core functions take ``progress(fraction, message)`` and ``cancel()`` callables and run on
a worker thread (``workers.run_task``). :class:`BackgroundJob` lives on the GUI thread: the
worker's ``progress`` calls emit :attr:`BackgroundJob.progressed`, which Qt queues to the GUI
thread (the job object belongs to it); ``cancel()`` reads a ``threading.Event`` the Cancel
button sets, so it is safe from any thread. Progress is thinned out on the worker side so a
file read in small chunks cannot flood the GUI's event queue.

Shared by the export, verify, import and conduct widgets (one small module, not three copies).
A dialog that runs a job takes :class:`busyguard.BusyGuard`, so it cannot close under it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from .. import settings as settings_module
from ..progresswords import Progress as ProgressWords
from ..store import Workspace
from .i18n import current_language
from .workers import run_task

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]
#: Languages the reports and the rule packs are written in.
CONTENT_LANGUAGES = ("en", "zh_CN", "zh_TW")


class BackgroundJob(QObject):
    """One piece of long work at a time, run off the GUI thread."""

    progressed = Signal(float, str)  # fraction 0..1, the core's (English) message
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised (ExportCancelled, ImportFileError…)

    MIN_INTERVAL_S = 0.05

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = False

    def start(self, func: Callable[[Progress, Cancel], Any]) -> None:
        """Run ``func(progress, cancel)`` on a worker thread."""
        if self.running:
            raise RuntimeError("a job is already running")
        self._cancel.clear()
        self.running = True
        last = {"at": 0.0, "fraction": -1.0, "message": ""}

        def progress(fraction: float, message: str) -> None:  # on the worker thread
            now = time.monotonic()
            if (
                message != last["message"]
                or fraction >= 1.0
                or fraction - float(last["fraction"]) >= 0.01
                or now - float(last["at"]) >= self.MIN_INTERVAL_S
            ):
                last.update(at=now, fraction=fraction, message=message)
                if not shiboken6.isValid(self):  # the window that asked is gone: stop
                    self._cancel.set()
                    return
                self.progressed.emit(float(fraction), str(message))

        run_task(lambda: func(progress, self._cancel.is_set), self._done, self._failed)

    def cancel(self) -> None:
        """Ask the running function to stop at its next check (thread-safe)."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _done(self, result: object) -> None:
        self.running = False
        if shiboken6.isValid(self):  # the window may have closed while the work ran
            self.finished.emit(result)

    def _failed(self, exc: object) -> None:
        self.running = False
        if shiboken6.isValid(self):
            self.failed.emit(exc)


def content_language(workspace: Workspace | None = None) -> str:
    """en, zh_CN or zh_TW: the UI language (the user's setting, else the locale)."""
    name = ""
    if workspace is not None:
        name = settings_module.load(workspace.data_dir).language or ""
    if not name:
        name = QLocale().name()
    lowered = name.replace("-", "_").lower()
    if lowered.startswith("zh"):
        traditional = any(p in lowered for p in ("_tw", "_hk", "_mo", "hant"))
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def progress_text(message: str) -> str:
    """The core's English progress phrase, in the UI language where we know it (the same
    words ``onrecord export`` prints: ``progresswords``)."""
    return ProgressWords(current_language()).text(message)


# ------------------------------------------------------------ shared widgets
CALM_GREEN = "#1e6b3a"
CALM_RED = "#a32020"
NOTE_STYLE = "color:#4a5568;"


def note_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


class ProgressRow(QWidget):
    """A progress bar with a one-line message under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("What is happening now"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)

    def show_progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(round(max(0.0, min(fraction, 1.0)) * 1000))
        self.message.setText(progress_text(message))
