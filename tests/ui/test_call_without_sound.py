"""A call whose microphone gives no sound (a walk-through, 简体中文): for 10 s the screen said
"● REC" at 0:00 with no sign that nothing arrived; then it said the same fact three times, one
of them in the recorder's English, "stopped by a fault (all the sound recorded is kept)" of a
call with no sound, and the long summary squeezed the caller's fields to thin lines."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest
from audio_helpers import SOUND_FILE, held_ramp_world
from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication
from test_callpanel import call_window, focused  # noqa: F401 - the fixture, used by name

from onrecord.audio import RecorderClient
from onrecord.audio.types import RecorderConfig
from onrecord.capture import session as session_mod
from onrecord.ui import i18n

pytestmark = pytest.mark.gui

#: how long the recorder waits for a first sound here (10 s in the app)
NO_SOUND_AFTER_S = 4.0


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The walk-through's language, installed before the window is made."""
    previous = QLocale()
    try:
        assert "onrecord_zh_CN" in i18n.install(qapp, "zh_CN"), "run build-translations.sh"
        yield
    finally:
        i18n.install(qapp, "en")  # the fonts back to English
        i18n.uninstall(qapp)
        QLocale.setDefault(previous)


@pytest.fixture
def silent_microphone(call_window, tmp_path, monkeypatch):  # noqa: F811 - the fixture above
    """Calls of ``call_window`` are recorded from a microphone that never gives a sound; the
    recorder gives up on it after ``NO_SOUND_AFTER_S``."""
    monkeypatch.setenv(SOUND_FILE, str(tmp_path / "never"))  # before the recorder is spawned
    monkeypatch.setattr(
        session_mod,
        "RecorderConfig",
        functools.partial(RecorderConfig, startup_timeout_s=NO_SOUND_AFTER_S),
    )
    call_window.calls.client_factory = lambda: RecorderClient(held_ramp_world)


def call_without_sound(qtbot, win, *keys: Qt.Key):
    """Record a call whose microphone gives nothing, pressing ``keys`` as it starts; wait
    until the recorder has ended it. The waiting words seen meanwhile, and the recording."""
    saved: list[object] = []
    win.calls.stopped.connect(saved.append)
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(win.calls.recording), timeout=30000)
    for key in keys:
        qtbot.keyClick(focused(win), key)
    warnings = win.call_panel.warnings
    seen: list[str] = []

    def waiting_said() -> bool:
        seen[:] = [warnings.item(row).text() for row in range(warnings.count())]
        return warnings.isVisibleTo(win) and bool(seen)

    qtbot.waitUntil(waiting_said, timeout=int(NO_SOUND_AFTER_S * 1000))
    qtbot.waitUntil(lambda: bool(saved), timeout=30000)
    return seen, saved[0]


def test_waiting_for_a_first_sound_is_said_and_its_absence_said_once(
    qtbot,
    english,
    call_window,  # noqa: F811 - the fixture imported above
    silent_microphone,
    workspace,
):
    win, panel = call_window, call_window.call_panel
    seen, recording = call_without_sound(qtbot, win, Qt.Key.Key_3)  # a threat, kept

    assert seen and seen[0].startswith("Waiting for sound from the microphone…")
    assert recording.frames == 0
    assert [m.tag for m in workspace.recordings.marks(recording.id)] == ["threat"]
    summary = panel.summary.text()
    assert "delivered no audio" not in summary  # the recorder's English
    assert "Status:" not in summary  # "stopped by a fault, the sound recorded is kept"
    assert "Call saved" not in summary  # of a call with nothing recorded
    assert summary.lower().count("no sound") == 1  # said once…
    assert "No sound arrives" not in summary
    assert "It is kept for your 1 mark, placed at its start" in summary  # …with what is kept
    assert not panel.warnings.isVisibleTo(win)  # not said again beside the summary
    assert panel.state_label.text() == "Nothing recorded"


def in_view(panel, widget) -> bool:
    """Whether the whole of ``widget`` is in sight in the call screen's right column."""
    view = panel.right_column.viewport()
    top_left = widget.mapTo(view, widget.rect().topLeft())
    return view.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("size", ["minimum", (1366, 768)])
def test_the_summary_of_a_call_without_sound_leaves_the_callers_fields_whole(
    qtbot,
    chinese,
    call_window,  # noqa: F811 - the fixture imported above
    silent_microphone,
    size,
):
    win, panel = call_window, call_window.call_panel
    win.resize(win.minimumSize() if size == "minimum" else QSize(*size))
    call_without_sound(qtbot, win, Qt.Key.Key_3, Qt.Key.Key_4)
    QApplication.processEvents()  # the column scrolls to the summary once it is laid out

    caller = panel.caller
    for field in (caller.name, caller.employee_id, caller.company, caller.number):
        assert field.height() >= field.sizeHint().height()  # not squeezed to a thin line
        assert in_view(panel, field)
    summary = panel.summary
    assert summary.text()
    # every line of it is there to read (it was cut off), and in sight with its button
    assert summary.height() >= summary.heightForWidth(summary.width())
    assert in_view(panel, summary) and in_view(panel, panel.save_details)
