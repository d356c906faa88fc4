"""A tag pressed between Record and the microphone's first sound (0.3-1 s on real devices,
longer with a slow or silent one) froze the window until that sound came: the mark waited for
it on the GUI thread. It is taken at once now, filed at the recording's start with its own
time kept, and never lost, even if no sound ever comes."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from audio_helpers import SOUND_FILE, held_ramp_world
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import select
from test_callpanel import call_window, focused, stop  # noqa: F401 - the fixture, used by name

from onrecord.audio import RecorderClient
from onrecord.store.models import AuditEvent

pytestmark = pytest.mark.gui

MS = dt.timedelta(milliseconds=1)  # the key's time is kept to the millisecond


@pytest.fixture
def first_sound(call_window, tmp_path, monkeypatch):  # noqa: F811 - the fixture imported above
    """Calls of ``call_window`` are recorded from a microphone that gives no sound until
    ``first_sound()`` is called (a slow or silent device)."""
    trigger = tmp_path / "sound"
    monkeypatch.setenv(SOUND_FILE, str(trigger))  # before the recorder process is spawned
    call_window.calls.client_factory = lambda: RecorderClient(held_ramp_world)
    return trigger.touch


def start_without_sound(qtbot, win) -> None:
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(win.calls.recording), timeout=30000)


def mark_logs(workspace) -> list[dict]:
    with workspace.store.session() as s:
        bodies = [json.loads(b) for b in s.scalars(select(AuditEvent.body))]
    return [b["data"] for b in bodies if b["action"] == "mark.created"]


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_a_tag_pressed_before_the_first_sound_never_freezes_the_window(
    qtbot,
    call_window,  # noqa: F811 - the fixture imported above
    first_sound,
    workspace,
    english,
) -> None:
    win, panel = call_window, call_window.call_panel
    start_without_sound(qtbot, win)
    session = win.calls.session
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    pressed = dt.datetime.now(dt.UTC)
    qtbot.keyClick(focused(win), Qt.Key.Key_3)  # threat, before any sound
    # Taken at once, and said so: at the start of the recording.
    assert panel.marks_list.count() == 1 and panel.marks_list.item(0).text().startswith("0:00")
    assert "Marked at 0:00" in panel.confirmation.text()
    panel.promise.amount.setText("5000")
    panel.promise.theirs.click()  # a promise's mark too; the promise waits for its row
    assert panel.marks_list.count() == 2
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the window goes on while the marks wait
    assert session.status().frames == 0  # still no sound: they are waiting for it
    timer.stop()

    first_sound()
    qtbot.waitUntil(lambda: len(workspace.recordings.marks(session.recording_id)) == 2)
    qtbot.waitUntil(lambda: bool(workspace.ledger.promises(panel.case_id)))
    recording = stop(qtbot, win)
    marks = workspace.recordings.marks(recording.id)
    assert [(m.tag, m.frame, m.wall_time) for m in marks] == [
        ("threat", 0, recording.started_at),
        ("their_promise", 0, recording.started_at),
    ]
    key = utc(mark_logs(workspace)[0]["pressed_at"])  # when the key was pressed is kept
    assert pressed - MS <= key < recording.started_at
    [promise] = workspace.ledger.promises(panel.case_id)
    assert (promise.mark_id, promise.amount) == (marks[1].id, 5000)
    assert panel.marks_list.count() == 2  # each listed once


def test_a_mark_made_before_a_sound_that_never_comes_is_kept_with_its_call(
    qtbot,
    call_window,  # noqa: F811 - the fixture imported above
    first_sound,
    workspace,
    english,
) -> None:
    """Stopped before any sound: the tag, and the note being typed, are kept at frame 0 at
    their own time (there is no first sound to put them at), as recovery files them from the
    journal; the call holds marks, so it is not withdrawn, and the summary says it has no
    audio (test_call_without_sound: once)."""
    win, panel = call_window, call_window.call_panel
    start_without_sound(qtbot, win)
    pressed = dt.datetime.now(dt.UTC)
    qtbot.keyClick(focused(win), Qt.Key.Key_4)  # third party contacted
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "he said he called my sister")  # no Enter
    recording = stop(qtbot, win)

    assert recording.frames == 0
    marks = workspace.recordings.marks(recording.id)
    assert [(m.tag, m.text, m.frame, m.added_later) for m in marks] == [
        ("third_party", "", 0, False),
        (None, "he said he called my sister", 0, False),  # saved as she stopped, not a draft
    ]
    assert all(pressed - MS <= m.wall_time < pressed + dt.timedelta(seconds=5) for m in marks)
    assert all("pressed_at" not in data for data in mark_logs(workspace))
    [event] = [e for e in workspace.cases.events(panel.case_id) if e.id == recording.event_id]
    assert event.withdrawn_at is None
    summary = panel.summary.text()
    # said once, with what is kept: not "Call saved, 0:00 long" of a call without sound
    assert "Call saved" not in summary and "No sound came from the microphone" in summary
    assert "was saved when you stopped the call" in summary
    assert panel.note.text() == ""


def test_a_promise_whose_mark_waits_is_reported_if_the_call_stops_in_error(
    qtbot,
    call_window,  # noqa: F811 - the fixture imported above
    first_sound,
    workspace,
    english,
    monkeypatch,
) -> None:
    """A fresh-eyes review: stopping in error dropped what waited for an early mark, so a
    promise pressed before the first sound was never saved, and nobody said so. Its mark is
    in the journal (recovery files it); the promise is reported, its fields kept."""
    from onrecord.ui import dialogs

    win, panel = call_window, call_window.call_panel
    start_without_sound(qtbot, win)
    panel.promise.amount.setText("5000")
    panel.promise.theirs.click()  # before any sound: its mark waits for it
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "error", lambda _parent, title, text: errors.append((title, text)))
    session = win.calls.session

    def broken(**_kw):
        raise OSError("the recorder went away")

    monkeypatch.setattr(session, "stop", broken)
    failed: list[str] = []
    win.calls.failed.connect(failed.append)
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(failed), timeout=30000)
    [said] = [text for title, text in errors if title == "Promise not saved"]
    assert "5,000" in said and "Promises and payments" in said
    assert not workspace.ledger.promises(panel.case_id)
    assert panel.promise.amount.text() == "5000"  # kept, to save it again
    monkeypatch.undo()  # let the recorder be stopped for good
    first_sound()
    session.stop()
