"""Closing the window during a call: the question names what each answer does."""

from __future__ import annotations

import pytest
from test_callpanel import BLOCK, call_window, start  # noqa: F401 - the fixture, used by name

from onrecord.ui import dialogs

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("stop_and_quit", [False, True])
def test_closing_during_a_call_asks_with_buttons_that_say_what_they_do(
    qtbot,
    call_window,  # noqa: F811 - the fixture imported above
    monkeypatch,
    stop_and_quit: bool,
) -> None:
    # "Stop and save it, then quit?" with Yes / No read as "quit without saving" to a user.
    asked: list[tuple[str, str | None, str | None]] = []

    def answer(parent, title, text, yes=None, no=None) -> bool:  # type: ignore[no-untyped-def]
        asked.append((text, yes, no))
        return stop_and_quit

    monkeypatch.setattr(dialogs, "confirm", answer)
    start(qtbot, call_window)
    call_window.close()
    [(text, yes, no)] = asked
    assert "being recorded" in text
    assert (yes, no) == ("Stop, save and quit", "Keep recording")
    if stop_and_quit:
        qtbot.waitUntil(lambda: not call_window.isVisible(), timeout=30000)
        assert not call_window.calls.recording
    else:
        assert call_window.isVisible() and call_window.calls.recording
        saved: list[object] = []
        call_window.calls.stopped.connect(saved.append)
        call_window.calls.stop()
        qtbot.waitUntil(lambda: bool(saved), timeout=30000)


def test_a_note_still_being_typed_is_saved_when_quitting_stops_the_call(
    qtbot,
    call_window,  # noqa: F811 - the fixture imported above
    workspace,
    monkeypatch,
) -> None:
    """Quitting with "Stop, save and quit" saved the call but threw away the note being typed,
    without a word (a walk-through); the record key saved it."""
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)  # "Stop, save and quit"
    saved: list[object] = []
    call_window.calls.stopped.connect(saved.append)
    start(qtbot, call_window)
    panel = call_window.call_panel
    first_frame = call_window.calls.session.status().frames
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "he said he will tell my boss")
    call_window.close()
    qtbot.waitUntil(lambda: bool(saved) and not call_window.isVisible(), timeout=30000)
    (mark,) = workspace.recordings.marks(saved[0].id)
    assert mark.text == "he said he will tell my boss" and mark.tag is None
    assert abs(mark.frame - first_frame) <= 2 * BLOCK  # where its typing began
