"""Tag keys pressed in the moment after Ctrl+R, while the recorder is still starting, were lost
without a word (a walk-through): they are kept, and filed at the recording's start with their
own time, as a key pressed before the first sound is; if the call cannot start, it is said
which were not saved."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from audio_helpers import SOUND_FILE, held_ramp_world, unopenable_world
from PySide6.QtCore import Qt
from test_callpanel import call_window, focused, stop  # noqa: F401 - the fixture, used by name
from test_mark_before_first_sound import MS, mark_logs, utc

from onrecord.audio import RecorderClient

pytestmark = pytest.mark.gui


@pytest.fixture
def slow_start(call_window, tmp_path, monkeypatch):  # noqa: F811 - the fixture imported above
    """The recorder of ``call_window``'s next call starts only when the returned gate is
    opened (``gate.set()``), from a microphone that gives no sound until the file
    ``tmp_path / "sound"`` exists."""
    gate = threading.Event()
    monkeypatch.setenv(SOUND_FILE, str(tmp_path / "sound"))  # before the recorder is spawned
    world = {"factory": held_ramp_world}

    def client():  # runs off the GUI thread, as the start does
        assert gate.wait(30)
        return RecorderClient(world["factory"])

    call_window.calls.client_factory = client
    gate.world = world  # type: ignore[attr-defined]
    return gate


def press_record(qtbot, win) -> None:
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert win.calls.busy and not win.calls.recording  # starting


def test_tag_keys_pressed_while_the_call_starts_are_filed_at_its_start(
    qtbot,
    english,
    call_window,  # noqa: F811 - the fixture imported above
    slow_start,
    workspace,
    tmp_path,
):
    win, panel = call_window, call_window.call_panel
    press_record(qtbot, win)
    pressed = dt.datetime.now(dt.UTC)
    qtbot.keyClick(focused(win), Qt.Key.Key_4)  # third party
    qtbot.keyClick(focused(win), Qt.Key.Key_5)  # insult
    assert panel.note.text() == "" and panel.caller.name.text() == ""  # not typed anywhere
    assert "Insult" in panel.confirmation.text()  # said at once: kept, marked at 0:00
    assert "0:00" in panel.confirmation.text()

    slow_start.set()
    qtbot.waitUntil(lambda: bool(win.calls.recording), timeout=30000)
    qtbot.waitUntil(lambda: panel.marks_list.count() == 2)
    assert [panel.marks_list.item(row).text() for row in range(2)] == [
        "0:00  Third party contacted or threatened",
        "0:00  Insult, obscene or profane language",
    ]
    (tmp_path / "sound").touch()  # the first sound
    session = win.calls.session
    qtbot.waitUntil(lambda: len(workspace.recordings.marks(session.recording_id)) == 2)
    recording = stop(qtbot, win)

    marks = workspace.recordings.marks(recording.id)
    assert [(m.tag, m.frame, m.wall_time) for m in marks] == [
        ("third_party", 0, recording.started_at),
        ("insult", 0, recording.started_at),
    ]
    keys = [utc(data["pressed_at"]) for data in mark_logs(workspace)]  # the keys' own time
    assert len(keys) == 2 and pressed - MS <= keys[0] <= keys[1] < recording.started_at


def test_tag_keys_pressed_while_a_call_fails_to_start_are_said_not_saved(
    qtbot,
    english,
    call_window,  # noqa: F811 - the fixture imported above
    slow_start,
    no_dialogs,
):
    win, panel = call_window, call_window.call_panel
    slow_start.world["factory"] = unopenable_world
    press_record(qtbot, win)
    qtbot.keyClick(focused(win), Qt.Key.Key_3)  # threat
    slow_start.set()
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=30000)
    assert not win.calls.busy and not win.calls.recording
    [(kind, _title, text)] = no_dialogs
    assert kind == "error" and "could not be opened" in text  # why, as before
    assert "could not be saved: Threat of violence or harm" in text
    assert panel.marks_list.count() == 0
    assert not panel.tag_keys_live()  # the keys no longer tag: there is no call
