"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold
is crossed: often a worker thread of the export, the conduct check or the data-folder count,
which allocate many objects. If that collection frees the last reference to a Qt object made
on the GUI thread (a dialog closed earlier, held in a reference cycle by a connected lambda),
the object is destroyed on the worker thread, and Qt crashes the whole application (seen as a
segmentation fault in the UI tests, "Garbage-collecting" on a conduct-check worker).

So automatic collection is switched off and the same thresholds are checked from a timer on
the GUI thread, which collects the generations that are due, as the collector itself would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class MainThreadCollector(QObject):
    """Install once, on the GUI thread, after the QApplication exists."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(interval_ms)

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        first, second, third = gc.get_count()
        freed = 0
        if first > self.thresholds[0]:
            freed += gc.collect(0)
            if second > self.thresholds[1]:
                freed += gc.collect(1)
                if third > self.thresholds[2]:
                    freed += gc.collect(2)
        return freed

    def stop(self) -> None:
        """Give collection back to Python (tests; the application never stops it)."""
        self.timer.stop()
        gc.enable()
