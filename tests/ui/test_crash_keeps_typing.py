"""A walk-through (zh_TW): during a call she typed the caller's name and half a note, then the
app was killed. After the restart the audio and marks were back, but not the name or the note,
and the notice did not say which case, how long, or that her marks were safe."""

from __future__ import annotations

import json
import os
import re
import signal

import pytest
from audio_helpers import fake_input, realtime_ramp_world
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from onrecord.audio import RecorderClient
from onrecord.audio.journal import read_journal
from onrecord.audio.recordfiles import RecordingPaths, journal_annotations

SR = 48000
FAKE_MIC = fake_input()


@pytest.fixture
def call_window(qtbot, workspace, monkeypatch, no_dialogs):
    from onrecord.ui import devicepicker
    from onrecord.ui.mainwindow import MainWindow

    monkeypatch.setattr(devicepicker, "list_devices", lambda: [FAKE_MIC])
    workspace.cases.create_case("Other loan", jurisdiction="tw")
    case = workspace.cases.create_case("信用卡", jurisdiction="tw")
    win = MainWindow(workspace, client_factory=lambda: RecorderClient(realtime_ramp_world))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_case(case.id)
    win.call_panel.settings.consent_seen = True
    mic = win.call_panel.devices.mic
    mic.setCurrentIndex(mic.findData(FAKE_MIC.id))
    return win


def type_chinese(widget, text: str) -> None:
    """What an input method does: it commits the characters chosen (keyClicks cannot)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def journalled(win) -> dict:
    session = win.calls.session
    paths = RecordingPaths(session.config.base_path())
    return journal_annotations(read_journal(paths.journal))


def kill_everything(win) -> int:
    """kill -9: the recorder dies and the window never hears of it again."""
    session = win.calls.session
    win.calls._timer.stop()
    os.kill(session.client.pid, signal.SIGKILL)
    session.client.close()
    win.calls.session = None
    return session.recording_id


def test_the_caller_and_a_half_typed_note_survive_a_kill_and_are_shown(
    qtbot, call_window, workspace, no_dialogs, english
):
    from onrecord.ui.mainwindow import MainWindow

    win, panel = call_window, call_window.call_panel
    case_id = win.current_case_id()
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(win.calls.recording), timeout=30000)
    qtbot.waitUntil(lambda: win.calls.session.status().frames > SR // 2, timeout=10000)
    panel.tag("name_given")
    panel.caller.name.setFocus()
    type_chinese(panel.caller.name, "王先生")
    panel.note.setFocus()
    type_chinese(panel.note, "他說")
    type_chinese(panel.note, "要打給我公司")  # no Enter: not confirmed
    qtbot.waitUntil(lambda: journalled(win).get("note_draft", {}).get("text") == "他說要打給我公司")
    assert journalled(win)["caller"]["name"] == "王先生"
    qtbot.waitUntil(lambda: win.calls.session.status().frames > SR * 2.5, timeout=10000)
    recording_id = kill_everything(win)

    after = MainWindow(workspace)
    qtbot.addWidget(after)
    after.show()
    after.review.show_case(case_id)  # the list made before recovery: "unknown caller (0:00)"
    no_dialogs.clear()
    after.recover_on_start()

    [(kind, title, text)] = no_dialogs
    assert (kind, title) == ("info", "Recordings recovered")
    # "1 mark kept" once the English plural of this new text is in onrecord_en.ts
    assert "“信用卡”" in text and re.search(r": 0:0[2-3] long, 1 mark", text)
    assert "nothing already recorded was changed" in text
    assert "The caller you typed is kept: 王先生" in text
    assert "unconfirmed draft" in text and "他說要打給我公司" in text
    # the recovered call's case and the call itself are what the window shows
    assert after.current_case_id() == case_id
    assert after.tabs.currentWidget() is after.review
    assert after.review.info.id == recording_id
    assert "王先生" in after.review.heading.text()
    assert "王先生" in after.review.calls.currentText()  # the call list too, not "unknown (0:00)"
    assert "0:00" not in after.review.calls.currentText()
    assert "repaired" not in after.review.notice.text()
    assert "ends where OnRecord stopped" in after.review.notice.text()
    marks = workspace.recordings.marks(recording_id)
    assert [(m.tag, m.added_later) for m in marks] == [
        ("name_given", False),
        ("unconfirmed_draft", True),
    ]


def test_details_typed_before_record_are_journalled_when_the_call_starts(qtbot, call_window):
    win, panel = call_window, call_window.call_panel
    panel.caller.number.setText("0912345678")
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(win.calls.recording), timeout=30000)
    assert journalled(win)["caller"]["number"] == "0912345678"
    kill_everything(win)


def test_a_note_saved_with_enter_is_no_longer_a_draft(qtbot, call_window):
    win, panel = call_window, call_window.call_panel
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(win.calls.recording), timeout=30000)
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "amount 5000")
    panel.keep_typing()
    assert journalled(win)["note_draft"]["text"] == "amount 5000"
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert journalled(win)["note_draft"] == {"text": ""}
    kill_everything(win)


def test_the_review_says_what_recovery_did_to_the_file():
    from onrecord.ui.recoverynotice import interruption_text

    crash = {"code": "recovered_after_crash", "params": {"headers_repaired": ["call.wav"]}}
    text = interruption_text(json.dumps([crash]))
    assert "repaired" not in text and "only the length written in the file's header" in text
    crash["params"]["headers_repaired"] = []
    assert "The file was not changed." in interruption_text(json.dumps([crash]))
    stopped = [{"code": "app_stopped_during_recording", "params": {}}]
    assert "Nothing before that is missing" in interruption_text(json.dumps(stopped))
