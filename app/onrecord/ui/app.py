"""Starting the window: Qt application, fonts, the data folder, and clear failures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ..paths import DataDirError
from ..store import StoreError, open_workspace
from . import dialogs
from .fonts import apply_app_font
from .icons import app_icon
from .mainwindow import MainWindow


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_app(data_dir: Path) -> int:
    if not has_display():
        print(
            "onrecord: no display found (DISPLAY is not set); start it in a desktop session, "
            "or use the command-line commands (onrecord --help)",
            file=sys.stderr,
        )
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OnRecord")
    app.setApplicationDisplayName("OnRecord")
    app.setDesktopFileName("org.onrecord.OnRecord")  # matches packaging/linux/*.desktop
    app.setWindowIcon(app_icon())
    apply_app_font(app, QLocale.system().name())
    try:
        workspace = open_workspace(data_dir)
    except (StoreError, DataDirError) as exc:
        dialogs.error(None, "OnRecord", str(exc))
        print(f"onrecord: {exc}", file=sys.stderr)
        return 2
    window = MainWindow(workspace)
    window.show()
    window.recover_on_start()
    try:
        return app.exec()
    finally:
        workspace.close()
