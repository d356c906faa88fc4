"""Closing a dialog while its work runs stops the work first; the window never vanishes under it.

Each dialog's core function is replaced by one that holds on a ``threading.Event`` until the
test lets it go, so the test can press Esc or close the window while the work really runs.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from onrecord.evidence.export import ExportCancelled
from onrecord.imports import ImportCancelled
from onrecord.store import Workspace
from onrecord.ui import dialogs, export_verify, exportdialog, importdialog
from onrecord.ui.export_verify import VerifyDialog
from onrecord.ui.exportdialog import ExportDialog
from onrecord.ui.importdialog import ImportDialog

pytestmark = pytest.mark.gui


class Held:
    """A stand-in for a long core function: waits until released, then honours ``cancel``."""

    def __init__(self, cancelled: type[BaseException]) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.cancelled = cancelled
        self.saw_cancel: list[bool] = []

    def __call__(self, *_args: object, cancel, **_kwargs: object) -> object:  # type: ignore[no-untyped-def]
        self.entered.set()
        self.release.wait(30)
        self.saw_cancel.append(cancel())
        if cancel():
            raise self.cancelled("cancelled")
        raise AssertionError("the test always cancels")


def test_the_import_dialog_stops_the_reading_before_it_closes(
    qtbot, workspace: Workspace, no_dialogs, monkeypatch, tmp_path: Path
) -> None:
    held = Held(ImportCancelled)
    monkeypatch.setattr(importdialog, "prepare", held)
    source = tmp_path / "calls.xml"
    source.write_text("<calls/>", "utf-8")
    monkeypatch.setattr(dialogs, "choose_files", lambda *a, **k: [source])
    case_id = workspace.cases.create_case("Harbor Bank card", jurisdiction="us").id
    dialog = ImportDialog(workspace, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held.entered.is_set)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.job.cancel_requested
    assert dialog.progress.message.text() == "Stopping…"
    assert not dialog.cancel_button.isEnabled()
    dialog.close()  # the window's close button: refused as well
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.job.failed, timeout=10000):
        held.release.set()
    assert held.saw_cancel == [True]
    assert dialog.isVisible() and dialog.cancel_button.isEnabled()
    assert no_dialogs == []  # a cancelled reading is not an error
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing runs now: Esc closes
    assert not dialog.isVisible()


def test_the_export_dialog_closes_by_itself_once_the_cancelled_export_stopped(
    qtbot, workspace: Workspace, no_dialogs, monkeypatch, tmp_path: Path
) -> None:
    held = Held(ExportCancelled)
    monkeypatch.setattr(
        exportdialog,
        "export_case",
        lambda ws, case_id, folder, options, progress, cancel: held(cancel=cancel),
    )
    case_id = workspace.cases.create_case("Harbor Bank card", jurisdiction="us").id
    dialog = ExportDialog(workspace, case_id)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.show()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held.entered.is_set)

    dialog.close()
    assert dialog.isVisible() and dialog.job.cancel_requested
    assert not dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.job.failed, timeout=10000):
        held.release.set()
    assert not dialog.isVisible()  # closed as asked, once nothing was left behind
    assert no_dialogs == []


def test_the_verify_dialog_cancels_the_check_and_stays_open(
    qtbot, no_dialogs, monkeypatch, tmp_path: Path
) -> None:
    held = Held(InterruptedError)
    monkeypatch.setattr(export_verify, "verify_package", held)
    package = tmp_path / "package"
    package.mkdir()
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(package))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held.entered.is_set)

    dialog.close()
    assert dialog.isVisible() and dialog.job.cancel_requested
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.job.failed, timeout=10000):
        held.release.set()
    assert dialog.isVisible() and dialog.verdict.text() == "Check cancelled."
    dialog.close()
    assert not dialog.isVisible()
