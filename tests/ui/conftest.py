from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from onrecord.store import open_workspace
from onrecord.ui import i18n
from onrecord.ui.maingc import MainThreadCollector


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp) -> Iterator[MainThreadCollector]:
    """As the application does (onrecord.ui.maingc): Python's cyclic collector runs on the GUI
    thread only, so a worker thread never destroys a widget left over from an earlier test."""
    collector = MainThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def collect_after_each_test(gui_thread_collector: MainThreadCollector) -> Iterator[None]:
    """What is due is collected after each test too (a test that never spins the event loop
    would otherwise never let the timer run)."""
    yield
    gui_thread_collector.collect_due()


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def language(request, qapp) -> Iterator[str]:
    """Each UI language in turn (a test that names ``language`` runs three times)."""
    previous = QLocale()
    try:
        loaded = i18n.install(qapp, request.param)
        assert f"onrecord_{request.param}" in loaded, "run scripts/build-translations.sh"
        yield request.param
    finally:
        i18n.install(qapp, "en")  # the fonts back to English
        i18n.uninstall(qapp)
        QLocale.setDefault(previous)


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The English the user sees ("1 day", "2 days"), whatever an earlier test left installed;
    without it the source texts show ("%n day(s)")."""
    previous = QLocale()
    try:
        assert "onrecord_en" in i18n.install(qapp, "en"), "run scripts/build-translations.sh"
        yield
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(previous)


@pytest.fixture
def workspace(tmp_path):
    ws = open_workspace(tmp_path / "data")
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace):
    from onrecord.ui.mainwindow import MainWindow

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def no_dialogs(monkeypatch):
    """Record message boxes instead of showing them (a modal box would block the test)."""
    from onrecord.ui import dialogs

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(dialogs, "error", lambda p, t, x: shown.append(("error", t, x)))
    monkeypatch.setattr(dialogs, "info", lambda p, t, x: shown.append(("info", t, x)))
    monkeypatch.setattr(
        dialogs, "confirm", lambda p, t, x, *a, **k: shown.append(("confirm", t, x)) or True
    )
    monkeypatch.setattr(
        dialogs,
        "save_discard_cancel",
        lambda p, t, x: shown.append(("save_discard_cancel", t, x)) or "discard",
    )
    for name in (
        "choose_folder",
        "choose_file",
        "choose_files",
        "choose_save_file",
        "ask_password",
        "ask_text",
        "open_path",
    ):
        if hasattr(dialogs, name):
            monkeypatch.setattr(dialogs, name, lambda *a, _n=name, **k: shown.append((_n,)))
    return shown
