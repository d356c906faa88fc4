"""The live call screen driven by keys, over the real recorder process on a fake clocked stream."""

from __future__ import annotations

import time

import pytest
from audio_helpers import realtime_ramp_world
from PySide6.QtCore import Qt

from onrecord.audio import InputSource, RecorderClient
from onrecord.audio.types import AudioWarning, RecorderStatus

SR = 48000
BLOCK = SR // 50  # the recorder's 20 ms block
FAKE_MIC = InputSource(
    id="pa:0",
    name="Fake microphone",
    hostapi="ALSA",
    max_input_channels=2,
    default_samplerate=48000.0,
    is_loopback=False,
    index=0,
)


@pytest.fixture
def call_window(qtbot, workspace, monkeypatch, no_dialogs):
    from onrecord.ui import devicepicker
    from onrecord.ui.mainwindow import MainWindow

    monkeypatch.setattr(devicepicker, "list_devices", lambda: [FAKE_MIC])
    case = workspace.cases.create_case("Loan", jurisdiction="us")
    win = MainWindow(workspace, client_factory=lambda: RecorderClient(realtime_ramp_world))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_case(case.id)
    win.call_panel.settings.consent_seen = True
    mic = win.call_panel.devices.mic
    mic.setCurrentIndex(mic.findData(FAKE_MIC.id))
    return win


def start(qtbot, win):
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(win.calls.recording), timeout=30000)
    qtbot.waitUntil(lambda: win.calls.session.status().frames > SR // 2, timeout=10000)


def stop(qtbot, win):
    saved = []
    win.calls.stopped.connect(saved.append)
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved), timeout=30000)
    return saved[0]


def test_ctrl_r_starts_and_stops_a_recording(qtbot, call_window, workspace):
    start(qtbot, call_window)
    assert "REC" in call_window.windowTitle()
    recording = stop(qtbot, call_window)
    assert "REC" not in call_window.windowTitle()
    assert recording.status.value == "complete" and recording.frames > SR // 2
    assert (workspace.data_dir / recording.path).is_file()
    case_id = call_window.case_form.case_id
    assert [r.id for r in workspace.recordings.recordings(case_id)] == [recording.id]
    assert "Call saved" in call_window.call_panel.summary.text()


def test_digit_keys_mark_the_moment_they_were_pressed(qtbot, call_window, workspace):
    start(qtbot, call_window)
    panel = call_window.call_panel
    panel.marks_list.setFocus()
    session = call_window.calls.session
    before = session.status().frames
    qtbot.keyClick(panel.marks_list, Qt.Key.Key_3)  # threat
    after = session.status().frames
    qtbot.waitUntil(lambda: panel.marks_list.count() == 1)
    recording = stop(qtbot, call_window)
    marks = workspace.recordings.marks(recording.id)
    assert [m.tag for m in marks] == ["threat"]
    # Stamped between the frames captured just before and just after the key press, give or
    # take one block of the audio clock.
    assert before - BLOCK <= marks[0].frame <= after + BLOCK


def test_a_note_is_stamped_at_its_first_keystroke(qtbot, call_window, workspace):
    start(qtbot, call_window)
    panel = call_window.call_panel
    session = call_window.calls.session
    panel.note.setFocus()
    first_frame = session.status().frames
    qtbot.keyClicks(panel.note, "s")
    time_typed = time.monotonic()
    qtbot.waitUntil(lambda: session.status().frames > first_frame + SR, timeout=10000)
    qtbot.keyClicks(panel.note, "aid he knows where I work")
    assert time.monotonic() - time_typed >= 0.9
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.marks_list.count() == 1)
    recording = stop(qtbot, call_window)
    (mark,) = workspace.recordings.marks(recording.id)
    assert mark.text == "said he knows where I work" and mark.tag is None
    assert abs(mark.frame - first_frame) <= 2 * BLOCK  # not the Enter time, a second later


def test_escape_abandons_a_note(qtbot, call_window, workspace):
    start(qtbot, call_window)
    panel = call_window.call_panel
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "never mind")
    qtbot.keyClick(panel.note, Qt.Key.Key_Escape)
    assert panel.note.text() == ""
    recording = stop(qtbot, call_window)
    assert workspace.recordings.marks(recording.id) == []


def test_digits_typed_in_a_text_field_are_text_not_tags(qtbot, call_window, workspace):
    start(qtbot, call_window)
    panel = call_window.call_panel
    panel.caller.number.setFocus()
    qtbot.keyClicks(panel.caller.number, "2125550142")
    assert panel.caller.number.text() == "2125550142"
    assert panel.marks_list.count() == 0
    recording = stop(qtbot, call_window)
    assert workspace.recordings.marks(recording.id) == []
    event = next(
        e
        for e in workspace.cases.events(call_window.case_form.case_id)
        if e.id == recording.event_id
    )
    assert event.phone_number is not None and event.phone_number.e164 == "+12125550142"


def test_an_engine_warning_appears_in_plain_words(qtbot, call_window):
    panel = call_window.call_panel
    warning = AudioWarning(
        "one_sided",
        "engine text",
        frame=48000 * 30,
        wall_time_utc="2026-01-01T00:00:00Z",
        params={"role": "them", "silent_s": 30.0},
    )
    panel._status(RecorderStatus("recording", 31.0, 48000 * 31, (), (warning,)))
    assert panel.warnings.isVisibleTo(panel)
    assert panel.warnings.item(0).text() == (
        "The other side has been silent for 30 s — is the phone on speaker?"
    )


def test_a_missing_microphone_is_reported_before_the_call(
    qtbot, workspace, monkeypatch, no_dialogs
):
    from onrecord import settings as settings_mod
    from onrecord.ui import devicepicker
    from onrecord.ui.mainwindow import MainWindow

    saved = settings_mod.load(workspace.data_dir)
    saved.mic = "pa:7"
    settings_mod.save(workspace.data_dir, saved)
    monkeypatch.setattr(devicepicker, "list_devices", lambda: [FAKE_MIC])
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    assert "not connected" in win.call_panel.state_label.text()
    win.toggle_recording()
    assert not win.calls.busy and not win.calls.recording


def test_recording_states_are_shown_in_the_users_words():
    from onrecord.ui.labels import recording_status

    assert recording_status("recovered") == "recovered after an interruption"
    assert recording_status("failed").startswith("stopped by a problem")


def test_record_without_a_microphone_says_why(qtbot, workspace, monkeypatch, no_dialogs):
    """A walk-through pressed Record on a computer with no microphone: nothing happened."""
    from onrecord.ui import devicepicker
    from onrecord.ui.mainwindow import MainWindow

    monkeypatch.setattr(devicepicker, "list_devices", lambda: [])
    case = workspace.cases.create_case("Loan", jurisdiction="us")
    win = MainWindow(workspace, client_factory=lambda: RecorderClient(realtime_ramp_world))
    qtbot.addWidget(win)
    win.select_case(case.id)
    win.call_panel.record_button.click()
    assert not win.calls.recording
    (shown,) = [x for x in no_dialogs if x[0] == "error"]
    assert shown[1] == "Cannot record yet" and "No microphone found" in shown[2]


def test_an_ampersand_in_a_tag_name_is_shown_not_made_an_alt_key(qtbot, workspace):
    from PySide6.QtGui import QKeySequence

    from onrecord import settings as settings_mod
    from onrecord.settings import TagButton
    from onrecord.ui.mainwindow import MainWindow

    current = settings_mod.load(workspace.data_dir)
    current.tag_buttons = [TagButton("custom_1", "1", "#123456", "Q&A about my salary")]
    settings_mod.save(workspace.data_dir, current)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    [button] = win.call_panel.tag_buttons.values()
    assert button.text() == "1  Q&&A about my salary"  # drawn as "1  Q&A about my salary"
    assert QKeySequence.mnemonic(button.text()).isEmpty()
    assert button.accessibleName() == "Q&A about my salary"
