"""Settings → Data folder: the dialog moves the data, and the next start opens it there."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from onrecord.demo import create_demo
from onrecord.paths import default_data_dir, location_file, resolve_data_dir
from onrecord.store import open_workspace
from onrecord.store.engine import DB_FILENAME
from onrecord.ui import dialogs
from onrecord.ui.datafolder import DataFolderDialog
from onrecord.ui.mainwindow import MainWindow
from onrecord.ui.workers import wait_for_all


@pytest.fixture
def default_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A window on data in the default place (nothing set by the user), with the demo cases."""
    monkeypatch.delenv("ONRECORD_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    ws = open_workspace(resolve_data_dir())
    assert ws.data_dir == default_data_dir() and ws.data_dir.is_relative_to(tmp_path)
    create_demo(ws)
    yield ws
    ws.close()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch):
    """Message boxes recorded; confirm says yes to moving and no to deleting the old folder."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(dialogs, "info", lambda p, t, x: shown.append(("info", t, x)))
    monkeypatch.setattr(dialogs, "error", lambda p, t, x: shown.append(("error", t, x)))
    choices = {"Move the data folder": True, "Data folder moved": False}
    monkeypatch.setattr(
        dialogs, "confirm", lambda p, t, x: shown.append(("confirm", t, x)) or choices[t]
    )
    return shown, choices


def _open_dialog(window: MainWindow) -> DataFolderDialog:
    opened: list[DataFolderDialog] = []
    window.run_dialog = lambda d: opened.append(d) or False  # type: ignore[arg-type,func-returns-value]
    window.data_folder_action.trigger()
    assert len(opened) == 1
    return opened[0]


def test_the_settings_menu_moves_the_data_and_the_next_start_uses_it(
    qtbot, default_home, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown, _choices = answers
    old = default_home.data_dir
    window = MainWindow(default_home)
    qtbot.addWidget(window)
    window.show()
    dialog = _open_dialog(window)
    assert dialog.folder.text() == str(old)
    assert dialog.chosen_by.text() == "OnRecord's standard place"
    assert dialog.move_button.isEnabled() and dialog.why_not.isHidden()
    qtbot.waitUntil(lambda: " files" in dialog.size.text())  # counted on a worker thread

    disk = tmp_path / "external disk"
    disk.mkdir()
    (disk / "holiday.jpg").write_bytes(b"not ours")  # a disk with other files on it
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: disk)
    with qtbot.waitSignal(dialog.moved, timeout=60000) as moved:
        dialog.move_button.click()
        assert not dialog.progress.isHidden() and dialog.close_button.text() == "Cancel"

    new = disk / "OnRecord"
    assert moved.args == [new]
    assert str(new) in shown[0][2]  # the question named the exact folder
    qtbot.waitUntil(lambda: not window.isVisible())  # OnRecord closed after the move
    kept = [x for kind, t, x in shown if kind == "info" and t == "Data folder moved"]
    assert kept and str(old) in kept[0] and "kept" in kept[0]
    assert (old / DB_FILENAME).is_file()  # never deleted without asking
    assert (disk / "holiday.jpg").read_bytes() == b"not ours"
    # The next start: the same resolution the app uses finds the new place.
    assert resolve_data_dir() == new
    with open_workspace(resolve_data_dir()) as ws:
        assert len(ws.cases.cases()) == 3  # the demo cases


def test_the_old_folder_is_deleted_only_when_the_user_says_so(
    qtbot, default_home, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _shown, choices = answers
    choices["Data folder moved"] = True
    old = default_home.data_dir
    dialog = DataFolderDialog(default_home, lambda: False)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: tmp_path / "new")
    with qtbot.waitSignal(dialog.moved, timeout=60000):
        dialog.move_to()
    assert not old.exists()
    assert "The old folder was deleted." in dialog.outcome.text()
    assert resolve_data_dir() == tmp_path / "new"


def test_no_move_while_a_call_is_recorded(
    qtbot, default_home, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown, _choices = answers
    asked: list[object] = []
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: asked.append(a))
    dialog = DataFolderDialog(default_home, lambda: True)
    qtbot.addWidget(dialog)
    dialog.move_to()
    assert not asked and not dialog.job.running
    assert shown[-1][0] == "info" and "being recorded" in shown[-1][2]
    assert not location_file().exists()


def test_a_refused_place_says_why_and_changes_nothing(
    qtbot, default_home, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown, _choices = answers
    inside = default_home.data_dir / "recordings"
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: inside)
    dialog = DataFolderDialog(default_home, lambda: False)
    qtbot.addWidget(dialog)
    dialog.move_to()
    assert shown[-1][0] == "error" and "inside the current data folder" in shown[-1][2]
    assert not dialog.job.running and not location_file().exists()


def test_a_failed_copy_is_reported_and_the_data_stays(
    qtbot, default_home, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord import datamove

    shown, _choices = answers

    def disk_full(*_a: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(datamove, "_copy_file", disk_full)
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: tmp_path / "new")
    dialog = DataFolderDialog(default_home, lambda: False)
    qtbot.addWidget(dialog)
    dialog.move_to()
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=60000)
    assert shown[-1][0] == "error" and "No space left on device" in shown[-1][2]
    assert str(default_home.data_dir) in dialog.outcome.text()
    assert dialog.move_button.isEnabled()
    assert not (tmp_path / "new").exists() and resolve_data_dir() == default_home.data_dir


def test_an_overriding_onrecord_home_is_shown_and_blocks_the_move(
    qtbot, workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONRECORD_HOME", str(workspace.data_dir))
    dialog = DataFolderDialog(workspace, lambda: False)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(workspace.data_dir)
    assert "ONRECORD_HOME" in dialog.chosen_by.text()
    assert not dialog.move_button.isEnabled()
    assert "ONRECORD_HOME" in dialog.why_not.text() and not dialog.why_not.isHidden()


def test_a_window_opened_with_data_dir_is_shown_as_chosen_by_the_option(qtbot, workspace) -> None:
    # conftest's ONRECORD_HOME points elsewhere: this window was opened on another folder.
    dialog = DataFolderDialog(workspace, lambda: False)
    qtbot.addWidget(dialog)
    assert "--data-dir" in dialog.chosen_by.text()
    assert not dialog.move_button.isEnabled()


def test_a_moved_data_folder_that_is_missing_is_shown_in_a_window(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started from a desktop icon there is no terminal: the reason must be in a window, and
    no empty case file may be started elsewhere."""
    from onrecord import paths
    from onrecord.ui import app as app_module

    monkeypatch.delenv("ONRECORD_HOME")
    gone = tmp_path / "usb-disk" / "OnRecord"
    paths.location_file().parent.mkdir(parents=True, exist_ok=True)
    paths.location_file().write_text(json.dumps({"data_dir": str(gone)}), encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(app_module.dialogs, "error", lambda _p, _t, text: shown.append(text))
    assert app_module.run_app(None) == 2
    assert len(shown) == 1 and str(gone) in shown[0]
    assert not gone.exists()


# ------------------------------------------------ the window never freezes
class Held:
    """Wraps a core function so it waits on the worker thread until the test releases it."""

    def __init__(self, real) -> None:  # type: ignore[no-untyped-def]
        self.real = real
        self.entered = threading.Event()
        self.release = threading.Event()
        self.on_gui_thread: list[bool] = []

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not self.entered.is_set():  # only the first call is held
            self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
            self.entered.set()
            self.release.wait(30)
        return self.real(*args, **kwargs)


def _ticks_while_held(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A timer on the GUI thread goes on firing: the window repaints and answers."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)
    timer.stop()


def test_the_folder_is_counted_without_freezing_the_window(
    qtbot, default_home, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord import datamove

    held = Held(datamove.describe_folder)
    monkeypatch.setattr(datamove, "describe_folder", held)
    try:
        dialog = DataFolderDialog(default_home, lambda: False)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(held.entered.is_set)
        _ticks_while_held(qtbot)
        assert held.on_gui_thread == [False]
        assert dialog.size.text() == "Counting…" and dialog.progress.isVisible()
        assert dialog.progress.message.text() == "Counting the files in the data folder…"
        assert dialog.close_button.text() == "Close" and dialog.close_button.isEnabled()
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: " files" in dialog.size.text())
    info = datamove.describe_folder(default_home.data_dir)
    assert dialog.size.text().endswith(f" in {info.files} files")
    assert dialog.progress.isHidden() and dialog.move_button.isEnabled()


def test_closing_while_the_folder_is_counted_closes_at_once(
    qtbot, default_home, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting only reads: there is nothing to protect, so closing does not wait for it."""
    from onrecord import datamove

    held = Held(datamove.describe_folder)
    monkeypatch.setattr(datamove, "describe_folder", held)
    try:
        dialog = DataFolderDialog(default_home, lambda: False)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(held.entered.is_set)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    finally:
        held.release.set()
    assert wait_for_all(10000)


def test_the_old_folder_is_deleted_on_a_worker_and_closing_waits_for_it(
    qtbot, default_home, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord import datamove

    shown, choices = answers
    choices["Data folder moved"] = True
    old = default_home.data_dir
    held = Held(datamove.remove_old_folder)
    monkeypatch.setattr(datamove, "remove_old_folder", held)
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: tmp_path / "new")
    dialog = DataFolderDialog(default_home, lambda: False)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.move_button.click()
        qtbot.waitUntil(held.entered.is_set, timeout=60000)
        _ticks_while_held(qtbot)
        assert held.on_gui_thread == [False]
        assert dialog.progress.isVisible()
        assert dialog.progress.message.text() == "Deleting the old folder…"
        assert not dialog.close_button.isEnabled() and not dialog.move_button.isEnabled()

        dialog.close()  # the window's close button: refused, and said why
        assert dialog.isVisible()
        assert "closes when that is done" in dialog.progress.message.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: not dialog.deleting.running, timeout=30000)
    assert not old.exists()
    assert "The old folder was deleted." in dialog.outcome.text()
    assert [k for k, _t, _x in shown] == ["confirm", "confirm", "info"]
    assert "The old folder was deleted." in shown[-1][2] and "closes now" in shown[-1][2]
    assert not dialog.isVisible()  # closed by itself, OnRecord closes after the move
    assert resolve_data_dir() == tmp_path / "new"


def test_a_partial_deletion_says_what_is_left_and_where(
    qtbot, default_home, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file on the old disk cannot be deleted: the user reads why, which files are left, and
    where; the data in the new place is complete and the dialog is not stuck."""
    import shutil

    shown, choices = answers
    choices["Data folder moved"] = True
    old = default_home.data_dir
    locked = old / "stuck" / "locked.pdf"
    locked.parent.mkdir()
    locked.write_bytes(b"%PDF-1.4 a letter from the collector")
    real_rmtree = shutil.rmtree

    def rmtree_stuck_on_one_file(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) != old:
            return real_rmtree(path, *args, **kwargs)
        for entry in Path(path).iterdir():  # everything else goes, like a real rmtree would
            if entry.name == "stuck":
                continue
            if entry.is_dir() and not entry.is_symlink():
                real_rmtree(entry)
            else:
                entry.unlink()
        raise PermissionError(13, "Permission denied", str(locked))

    monkeypatch.setattr(shutil, "rmtree", rmtree_stuck_on_one_file)
    state_when_told: list[tuple[bool, bool, str]] = []

    def error(_parent, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
        shown.append(("error", title, text))
        state_when_told.append(
            (
                dialog.progress.isVisible(),
                dialog.close_button.isEnabled(),
                dialog.close_button.text(),
            )
        )

    monkeypatch.setattr(dialogs, "error", error)
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: tmp_path / "new")
    dialog = DataFolderDialog(default_home, lambda: False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.moved, timeout=60000) as moved:
        dialog.move_button.click()

    assert moved.args == [tmp_path / "new"]
    errors = [(t, x) for k, t, x in shown if k == "error"]
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "Old folder not deleted completely"
    assert "could not be deleted completely: Permission denied" in text
    assert f"Still in {old}:" in text and "stuck/locked.pdf" in text
    assert f"all the data is in {tmp_path / 'new'}" in text
    assert state_when_told == [(False, True, "Close")]  # no longer busy when the user is told
    assert text in dialog.outcome.text()
    assert locked.read_bytes().startswith(b"%PDF")  # what could not be deleted is still there
    assert (tmp_path / "new" / "stuck" / "locked.pdf").read_bytes() == locked.read_bytes()
    assert resolve_data_dir() == tmp_path / "new"


def test_closing_during_the_move_cancels_it_and_the_dialog_stays(
    qtbot, default_home, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord import datamove

    shown, _choices = answers
    held = Held(datamove._copy_file)
    monkeypatch.setattr(datamove, "_copy_file", held)
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: tmp_path / "new")
    dialog = DataFolderDialog(default_home, lambda: False)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.move_button.click()
        qtbot.waitUntil(held.entered.is_set, timeout=60000)
        assert dialog.close_button.text() == "Cancel"
        dialog.close()
        assert dialog.isVisible() and dialog.job.cancel_requested
        assert dialog.progress.message.text() == "Stopping…"
        assert not dialog.close_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30000)
    assert dialog.isVisible()
    assert dialog.outcome.text().startswith("The move was cancelled. Nothing was changed")
    assert [k for k, _t, _x in shown] == ["confirm"]  # a cancel is not an error
    assert dialog.close_button.text() == "Close" and dialog.close_button.isEnabled()
    assert not (tmp_path / "new").exists() and not location_file().exists()
    dialog.close()
    assert not dialog.isVisible()


def test_a_folder_that_cannot_be_counted_says_so_and_can_still_be_moved(
    qtbot, default_home, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord import datamove

    def unplugged(_data_dir: Path) -> datamove.FolderInfo:
        raise OSError(5, "Input/output error", str(default_home.data_dir))

    monkeypatch.setattr(datamove, "describe_folder", unplugged)
    dialog = DataFolderDialog(default_home, lambda: False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.size.text() != "Counting…")
    assert dialog.size.text().startswith("Could not be counted: ")
    assert "Input/output error" in dialog.size.text()
    assert dialog.progress.isHidden() and dialog.move_button.isEnabled()
