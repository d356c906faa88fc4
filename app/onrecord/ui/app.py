"""Starting the window: Qt application, fonts, the data folder, and clear failures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .. import settings
from ..bundlefonts import register_bundled_fonts
from ..paths import DataDirError, resolve_data_dir
from ..store import StoreError, open_workspace
from . import dialogs, i18n, workers
from .errors import error_text
from .icons import app_icon
from .languagepick import ask_first_language
from .lockui import unlock
from .maingc import MainThreadCollector
from .mainwindow import MainWindow


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


_collectors: list[MainThreadCollector] = []


def run_app(data_dir_option: str | Path | None) -> int:
    """Run the window on the data folder ``--data-dir`` (or the usual rules) chose."""
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
    _collectors.append(MainThreadCollector(app))  # cyclic GC on this thread only
    register_bundled_fonts()  # Windows/macOS bundles: before any font is chosen
    try:
        data_dir = resolve_data_dir(data_dir_option)
    except DataDirError as exc:  # e.g. the data was moved to a disk that is not connected
        i18n.install(app, i18n.choose_language(None))
        dialogs.error(None, "OnRecord", error_text(exc))  # started from a desktop icon: no terminal
        print(f"onrecord: {exc}", file=sys.stderr)
        return 2
    # The language (translators, date/number formats, fonts) before any window exists.
    i18n.install(app, i18n.choose_language(settings.load(data_dir).language))
    if not unlock(data_dir):
        return 1
    try:
        workspace = open_workspace(data_dir)
    except (StoreError, DataDirError) as exc:
        dialogs.error(None, "OnRecord", error_text(exc))  # the core's own words
        print(f"onrecord: {exc}", file=sys.stderr)
        return 2
    # Asked on the first start (once the data folder is known to be usable), since the main
    # window is built in one language.
    ask_first_language(app, data_dir)
    window = MainWindow(workspace)
    window.show()
    window.recover_on_start()
    if not settings.load(data_dir).first_run_done:
        window.show_first_run()
    try:
        return app.exec()
    finally:
        # Work a closed dialog left running (e.g. counting a data folder) ends before the
        # case file closes under it and before Python shuts down around its thread.
        workers.wait_for_all()
        workspace.close()
