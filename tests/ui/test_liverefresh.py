"""The open window shows what the onrecord command (or a second window) saved meanwhile."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from onrecord.store import Workspace, open_workspace
from onrecord.ui import dialogs
from onrecord.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui

T0 = dt.datetime(2026, 3, 2, 14, 0, tzinfo=dt.UTC)
SLOW = 60_000  # ms: a command started in its own process imports the whole app first


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    """A case with three logged contacts, saved before the window opens."""
    case = workspace.cases.create_case("Harbor Bank card", jurisdiction="us")
    for hours in (0, 1, 2):
        workspace.cases.log_event(
            case.id, "missed_call", T0 + dt.timedelta(hours=hours), number="(212) 555-0142"
        )
    return case.id


@pytest.fixture
def win(qtbot, workspace: Workspace, case_id: int, no_dialogs) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_case_id() == case_id
    return window


@pytest.fixture
def elsewhere(workspace: Workspace) -> Iterator[Workspace]:
    """The same data folder opened by another connection, as a second window would."""
    with open_workspace(workspace.data_dir) as other:
        yield other


def onrecord(data_dir: Path, *args: str) -> str:
    """The command as a user types it in a terminal, in its own process."""
    done = subprocess.run(
        [sys.executable, "-m", "onrecord", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def case_titles(window: MainWindow) -> list[str]:
    return [case.title for case in window.cases_model.rows()]


def summaries(window: MainWindow) -> list[str]:
    return [row.summary for row in window.timeline.model.rows]


def test_a_case_and_a_contact_saved_by_the_command_appear_in_the_open_window(
    qtbot, win: MainWindow, workspace: Workspace, case_id: int, tmp_path: Path
) -> None:
    win.tabs.setCurrentWidget(win.timeline)
    onrecord(workspace.data_dir, "cases", "new", "--title", "Keystone Recovery")
    qtbot.waitUntil(lambda: "Keystone Recovery" in case_titles(win), timeout=SLOW)
    assert win.current_case_id() == case_id  # she stays on the case she was looking at
    assert win.case_list.currentIndex().row() == 0

    log = tmp_path / "log.csv"
    log.write_text(
        "start,kind,number,summary\n2026-03-03 19:05,missed_call,(212) 555-0142,"
        "called during dinner\n",
        encoding="utf-8",
    )
    onrecord(workspace.data_dir, "import", str(log), "--case", str(case_id), "--all-numbers")
    qtbot.waitUntil(lambda: "called during dinner" in summaries(win), timeout=SLOW)
    assert sum(win.charts.data.per_hour) == 4  # the patterns count it too
    assert "another OnRecord window" in win.statusBar().currentMessage()  # said, quietly


def test_a_call_recorded_by_the_command_appears_in_the_timeline_and_the_review(
    qtbot, win: MainWindow, workspace: Workspace, case_id: int, monkeypatch
) -> None:
    from audio_helpers import fake_client

    from onrecord.audio import SourceSpec
    from onrecord.capture import commands, session
    from onrecord.cli import main

    monkeypatch.setitem(session.start_call.__kwdefaults__, "client_factory", fake_client)
    monkeypatch.setattr(commands, "_sources", lambda _args: [SourceSpec(0, label="fake mic")])
    win.tabs.setCurrentWidget(win.review)
    assert win.review.calls.count() == 0
    # The command's own connection to the case file, as `onrecord record` in a terminal
    record = ["record", "--case", str(case_id), "--seconds", "0.5"]
    code = main(
        ["--data-dir", str(workspace.data_dir), *record, "--summary", "recorded in the terminal"]
    )
    assert code == 0
    qtbot.waitUntil(lambda: win.review.calls.count() == 1, timeout=SLOW)
    assert win.review.info is not None and win.review.info.case_id == case_id
    assert "recorded in the terminal" in summaries(win)
    [recorded] = [row for row in win.timeline.model.rows if row.recording_ids]
    assert recorded.recording_ids == [win.review.info.id]


def test_unsaved_changes_in_the_case_form_survive_a_change_made_elsewhere(
    qtbot, win: MainWindow, elsewhere: Workspace, case_id: int
) -> None:
    form = win.case_form
    win.tabs.setCurrentWidget(form)
    form.notes.setPlainText("He said he would call my employer.")
    assert form.has_unsaved_changes()

    elsewhere.cases.update_case(case_id, debt_may_be_illegal=True, agency="Keystone Recovery")
    elsewhere.cases.log_event(case_id, "sms", T0 + dt.timedelta(days=1), summary="pay today")
    qtbot.waitUntil(lambda: "pay today" in summaries(win))

    assert form.notes.toPlainText() == "He said he would call my employer."  # kept
    assert form.has_unsaved_changes()
    # fields she did not touch show what was saved there, so saving cannot undo it
    assert form.debt_may_be_illegal.isChecked()
    assert form.agency.text() == "Keystone Recovery"
    assert form.saved_elsewhere.isVisible()
    assert "your own changes are kept" in form.saved_elsewhere.text()
    assert win.tabs.tabText(win.tabs.indexOf(form)).endswith("*")

    assert form.save()
    saved = elsewhere.cases.case(case_id)
    assert saved.notes == "He said he would call my employer."
    assert saved.debt_may_be_illegal and saved.agency == "Keystone Recovery"
    assert not form.saved_elsewhere.isVisible()


def test_a_field_changed_both_here_and_elsewhere_keeps_what_she_typed(
    qtbot, win: MainWindow, elsewhere: Workspace, case_id: int, monkeypatch
) -> None:
    form = win.case_form
    win.tabs.setCurrentWidget(form)
    form.notes.setPlainText("typed in this window")
    elsewhere.cases.update_case(case_id, notes="saved in the other window")
    qtbot.waitUntil(form.saved_elsewhere.isVisible)
    assert form.notes.toPlainText() == "typed in this window"
    assert form.has_unsaved_changes()
    # what was saved there is shown with the field's name: Revert is not the way to see it
    assert "What you typed is kept" in form.saved_elsewhere.text()
    assert "Notes: “saved in the other window”" in form.saved_elsewhere.text()
    assert "Revert" not in form.saved_elsewhere.text()
    asked: list[str] = []

    def answer(_parent, title, _text, **_buttons) -> bool:
        asked.append(title)
        return answers.pop(0)

    answers = [False, True]
    monkeypatch.setattr(dialogs, "confirm", answer)
    form.revert()  # asked first: "no" keeps her typing
    assert asked == ["Throw away what you typed?"]
    assert form.notes.toPlainText() == "typed in this window"
    form.revert()  # "yes": shows what is saved
    assert form.notes.toPlainText() == "saved in the other window"
    assert not form.saved_elsewhere.isVisible()


def test_without_unsaved_changes_the_form_shows_the_case_as_saved_elsewhere(
    qtbot, win: MainWindow, elsewhere: Workspace, case_id: int
) -> None:
    elsewhere.cases.update_case(case_id, title="Harbor Bank Visa card")
    qtbot.waitUntil(lambda: win.case_form.title.text() == "Harbor Bank Visa card")
    assert case_titles(win) == ["Harbor Bank Visa card"]
    assert not win.case_form.has_unsaved_changes()
    assert not win.case_form.saved_elsewhere.isVisible()


def test_the_windows_own_saves_do_not_reload_it_again(
    qtbot, win: MainWindow, workspace: Workspace, elsewhere: Workspace, case_id: int
) -> None:
    win.live.timer.stop()  # looked at by hand here
    resets: list[int] = []
    win.cases_model.modelReset.connect(lambda: resets.append(1))
    refreshed: list[int] = []
    win.live.refreshed.connect(lambda: refreshed.append(1))

    win.case_form.notes.setPlainText("saved here")
    assert win.case_form.save()  # the window reloads the list once, as it always did
    win.timeline.refresh()
    workspace.cases.log_event(case_id, "sms", T0 + dt.timedelta(days=2))  # this process too
    qtbot.waitUntil(lambda: not win.conduct.job.running)
    assert resets == [1]
    assert not win.live.check()
    assert (resets, refreshed) == ([1], [])

    elsewhere.cases.create_case("Saved in another window")
    qtbot.waitUntil(lambda: not win.conduct.job.running)
    qtbot.waitUntil(win.live.check)
    assert (resets, refreshed) == ([1, 1], [1])
    assert not win.live.check()  # once only


def test_the_timeline_keeps_its_order_and_the_selected_contact(
    qtbot, win: MainWindow, elsewhere: Workspace, case_id: int
) -> None:
    timeline = win.timeline
    win.tabs.setCurrentWidget(timeline)
    timeline.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    timeline._sort_clicked(0)  # newest first, as a click on the column does
    chosen = timeline.proxy.row_at(1).id
    timeline.view.selectRow(1)
    elsewhere.cases.log_event(case_id, "sms", T0 + dt.timedelta(days=3), summary="newest")
    qtbot.waitUntil(lambda: "newest" in summaries(win))
    header = timeline.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.DescendingOrder,
    )
    assert timeline.proxy.row_at(0).summary == "newest"
    assert [row.id for row in timeline.selected_rows()] == [chosen]


def test_nothing_is_reloaded_during_a_call_and_all_of_it_right_after(
    qtbot, win: MainWindow, elsewhere: Workspace
) -> None:
    win.live.timer.stop()
    win.calls.session = SimpleNamespace()  # a call is being recorded in this window
    try:
        elsewhere.cases.create_case("Saved during the call")
        assert not win.live.check()
        assert "Saved during the call" not in case_titles(win)
    finally:
        win.calls.session = None
    qtbot.waitUntil(win.live.check)
    assert "Saved during the call" in case_titles(win)


def test_a_dialog_open_over_the_window_puts_the_reload_off(
    qtbot, win: MainWindow, elsewhere: Workspace
) -> None:
    from PySide6.QtWidgets import QDialog

    win.live.timer.stop()
    dialog = QDialog(win)
    dialog.setModal(True)
    dialog.show()
    try:
        elsewhere.cases.create_case("Saved while a dialog was open")
        assert not win.live.check()
    finally:
        dialog.close()
    qtbot.waitUntil(win.live.check)
    assert "Saved while a dialog was open" in case_titles(win)


def test_closing_the_window_closes_the_watch(win: MainWindow) -> None:
    assert win.live.watching
    win.close()
    assert not win.live.watching


def test_the_keyboard_focus_stays_where_she_is_typing(
    qtbot, win: MainWindow, elsewhere: Workspace, case_id: int
) -> None:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.tabs.setCurrentWidget(win.case_form)
    win.case_form.notes.setFocus()
    qtbot.waitUntil(win.case_form.notes.hasFocus)
    # a call saved elsewhere: the review opens it (and its waveform takes the focus there)
    elsewhere.recordings.begin(
        case_id, "recordings/elsewhere/call.wav", sample_rate=48000, channels=1
    )
    qtbot.waitUntil(lambda: win.review.info is not None)
    assert win.case_form.notes.hasFocus()
