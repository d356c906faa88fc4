"""Cyclic garbage is collected on the GUI thread, never in a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QObject

from onrecord.ui.maingc import MainThreadCollector

pytestmark = pytest.mark.gui


class Holder(QObject):
    pass


def test_a_cycle_holding_a_qt_object_is_freed_on_the_gui_thread_only(qapp) -> None:
    collector = MainThreadCollector(interval_ms=60_000)  # collected by hand below
    try:
        assert not gc.isenabled()
        holder = Holder()
        holder.me = holder  # a reference cycle, as a lambda connected to a widget makes
        alive = weakref.ref(holder)
        del holder
        freed_in: list[str] = []

        def allocate() -> None:  # what a worker does: an export, a conduct check
            junk = [[i] for i in range(200_000)]
            cycles = []
            for _ in range(5_000):
                a: list[object] = []
                a.append(a)
                cycles.append(a)
            del junk, cycles
            if alive() is None:
                freed_in.append(threading.current_thread().name)

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert freed_in == [] and alive() is not None  # not collected on the worker
        while alive() is not None and gc.get_count()[0] > collector.thresholds[0]:
            collector.collect_due()
        gc.collect()  # the rest of the generations, as the timer would in time
        assert alive() is None
    finally:
        collector.stop()
        gc.disable()  # the session's own collector keeps automatic collection off


def test_the_collector_collects_what_is_due_by_the_usual_thresholds(qapp) -> None:
    collector = MainThreadCollector(interval_ms=60_000)
    try:
        gc.collect()
        assert collector.collect_due() == 0  # nothing due right after a collection
        for _ in range(collector.thresholds[0] + 10):
            a: list[object] = []
            a.append(a)
        assert collector.collect_due() > 0
    finally:
        collector.stop()
        gc.disable()
