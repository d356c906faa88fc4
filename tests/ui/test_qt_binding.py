"""The Qt binding we install must not leak references to None (PySide6 6.12.0 did).

With that bug every void Qt call (QLabel.setText, processEvents...) dropped one reference to
None; after a few thousand calls the interpreter aborted with "none_dealloc" — a recording
app with level meters would crash mid-call.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -50
