"""Settings → Data folder: the dialog moves the data, and the next start opens it there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.demo import create_demo
from onrecord.paths import default_data_dir, location_file, resolve_data_dir
from onrecord.store import open_workspace
from onrecord.store.engine import DB_FILENAME
from onrecord.ui import dialogs
from onrecord.ui.datafolder import DataFolderDialog
from onrecord.ui.mainwindow import MainWindow


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
    assert " files" in dialog.size.text()

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
        assert len(ws.cases.cases()) == 2


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
