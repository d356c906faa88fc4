"""Work that finishes after its window closed is dropped quietly (no crash in the event loop)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from onrecord.ui.export_task import BackgroundJob
from onrecord.ui.workers import wait_for_all


def test_a_job_finishing_after_its_window_closed_is_dropped(qtbot):
    owner = QWidget()
    job = BackgroundJob(owner)
    release = threading.Event()

    def work(progress, cancel):
        release.wait(5)
        progress(0.5, "half way")
        return "done"

    job.start(work)
    shiboken6.delete(owner)  # the window closes while the work runs
    release.set()
    assert wait_for_all(5000)
    qtbot.wait(50)  # deliver the queued result: it must not raise
