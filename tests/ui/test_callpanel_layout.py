"""The call screen holds still during a call: a warning or a hint never moves the note field
or the tag keys (a walk-through's click meant for the note landed in the caller's name)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from test_callpanel import SR, call_window, focused, start, stop  # noqa: F401 - the fixture

from onrecord.audio.types import AudioWarning, ChannelLevel, RecorderStatus

pytestmark = pytest.mark.gui


def places(panel) -> list[QRect]:  # type: ignore[no-untyped-def]
    """Where the note field and each tag key are on the panel, once the layout has settled."""
    QApplication.processEvents()
    widgets = [panel.note, panel.tag_box, *panel.tag_buttons.values()]
    return [QRect(w.mapTo(panel, QPoint(0, 0)), w.size()) for w in widgets]


def status(at: float, them_peak: float, *warnings: AudioWarning) -> RecorderStatus:
    levels = (ChannelLevel("me", -30.0, -12.0), ChannelLevel("them", -20.0, them_peak))
    return RecorderStatus("recording", at, round(at * SR), levels, warnings)


def clipping(at: float) -> AudioWarning:
    return AudioWarning(
        "clipping",
        "engine text",
        frame=round(at * SR),
        wall_time_utc="2026-01-01T00:00:00Z",
        params={"channel": 1, "role": "them", "clipped_samples": 9},
    )


def test_warnings_and_hints_never_move_the_note_or_the_tag_keys(
    qtbot,
    call_window,  # noqa: F811 - the fixture imported above
    english,
):
    win = call_window
    panel = win.call_panel
    idle = places(panel)
    start(qtbot, win)
    assert places(panel) == idle  # the call starting moved the panel too
    win.calls.status_changed.disconnect(panel._status)  # the test drives the meters alone
    panel.source_roles = ["me", "them"]

    panel._status(status(10.0, 0.0, clipping(10.0)))
    assert panel.warnings.isVisibleTo(panel)
    assert panel.warnings.item(0).text().startswith("Their side is too loud and distorts")
    assert places(panel) == idle
    qtbot.keyClick(focused(win), Qt.Key.Key_N)  # the hint under the tag keys changes
    assert panel.note.hasFocus() and "Typing" in panel.key_mode.text()
    assert places(panel) == idle

    for at in (11.0, 12.0, 13.0):  # still clipping: the warning stays
        panel._status(status(at, 0.0, clipping(10.0)))
        assert panel.warnings.count() == 1
    panel._status(status(13.5, -20.0, clipping(10.0)))  # their side is quiet again
    assert panel.warnings.count() == 1  # not gone for a moment yet
    panel._status(status(13.5 + panel.warnings.GONE_S + 0.1, -20.0, clipping(10.0)))
    assert panel.warnings.count() == 0 and not panel.warnings.isVisibleTo(panel)
    assert places(panel) == idle

    panel._status(status(40.0, 0.0, clipping(40.0)))  # reported again: shown again
    assert panel.warnings.count() == 1 and panel.warnings.isVisibleTo(panel)
    assert places(panel) == idle
    win.calls.status_changed.connect(panel._status)
    stop(qtbot, win)
    assert places(panel) == idle


def test_a_silent_side_warning_clears_once_that_side_is_heard(
    qtbot,
    call_window,  # noqa: F811 - the fixture imported above
    english,
):
    panel = call_window.call_panel
    panel.source_roles = ["me", "them"]
    silent = AudioWarning(
        "one_sided",
        "engine text",
        frame=SR * 30,
        wall_time_utc="2026-01-01T00:00:00Z",
        params={"channel": 1, "role": "them", "silent_s": 30.0},
    )

    def level(at: float, them_rms: float) -> RecorderStatus:
        levels = (ChannelLevel("me", -20.0, -6.0), ChannelLevel("them", them_rms, them_rms + 6))
        return RecorderStatus("recording", at, round(at * SR), levels, (silent,))

    panel._status(level(31.0, -70.0))
    for at in (32.0, 40.0, 50.0):  # still silent, however long
        panel._status(level(at, -70.0))
        assert panel.warnings.count() == 1
    panel._status(level(51.0, -25.0))  # they are heard
    panel._status(level(51.0 + panel.warnings.GONE_S + 0.1, -25.0))
    assert panel.warnings.count() == 0


def test_a_one_off_warning_is_shown_for_a_while_then_cleared(qtbot, call_window, english):  # noqa: F811
    panel = call_window.call_panel
    gap = AudioWarning(
        "audio_gap", "engine text", frame=SR * 5, wall_time_utc="2026-01-01T00:00:00Z"
    )
    panel._status(RecorderStatus("recording", 5.0, SR * 5, (), (gap,)))
    assert panel.warnings.item(0).text().startswith("A moment of audio was lost")
    panel._status(RecorderStatus("recording", 7.0, SR * 7, (), (gap,)))
    assert panel.warnings.count() == 1  # time to read it
    later = 5.0 + panel.warnings.SHOWN_S + 0.1
    panel._status(RecorderStatus("recording", later, round(later * SR), (), (gap,)))
    assert panel.warnings.count() == 0


def test_the_offer_of_the_last_caller_does_not_move_the_callers_fields(
    qtbot,
    call_window,  # noqa: F811 - the fixture imported above
):
    """The "Same caller as last call" button appearing at a call's start pushed the caller's
    fields down: a click meant for one landed in another."""
    win = call_window
    caller = win.call_panel.caller

    def fields() -> list[QRect]:
        QApplication.processEvents()
        boxes = [caller.name, caller.employee_id, caller.company, caller.number]
        return [QRect(w.mapTo(win.call_panel, QPoint(0, 0)), w.size()) for w in boxes]

    before = fields()
    start(qtbot, win)
    caller.name.setText("Zhang San")
    stop(qtbot, win)
    start(qtbot, win)
    assert caller.same_as_last.isVisibleTo(caller)
    assert fields() == before
    caller.same_as_last.click()
    assert not caller.same_as_last.isVisibleTo(caller) and fields() == before
    stop(qtbot, win)


@pytest.mark.parametrize("size", [(1100, 720), (1366, 768)], ids=["as-opened", "1366x768"])
def test_the_note_fields_hint_is_whole(
    qtbot,
    call_window,  # noqa: F811 - the fixture imported above
    english,
    size: tuple[int, int],
):
    """The hint was cut ("…the moment you start typing; E…") at 1366×768 (a walk-through)."""
    call_window.resize(*size)
    QApplication.processEvents()
    note = call_window.call_panel.note
    hint = note.placeholderText()
    room = note.contentsRect().width() - 2 * 4  # the line edit's own margins
    assert note.fontMetrics().horizontalAdvance(hint) <= room
    assert "moment you start typing" in note.toolTip()  # said in full where it fits


def test_the_other_side_not_recorded_is_shown_until_it_comes_back(qtbot, call_window, english):  # noqa: F811
    # The recording goes on without their side: that is true as long as it lasts, not a
    # moment to read and forget.
    panel = call_window.call_panel
    lost = AudioWarning(
        "source_stalled",
        "engine text",
        frame=SR * 13,
        wall_time_utc="2026-01-01T00:00:00Z",
        params={"source": "monitor", "role": "them", "continues": True},
    )
    panel._status(RecorderStatus("recording", 17.0, SR * 17, (), (lost,)))
    assert panel.warnings.item(0).text().startswith("The other side's sound (from the computer)")
    assert "Recording goes on with your microphone" in panel.warnings.item(0).text()
    later = 17.0 + panel.warnings.SHOWN_S * 3
    panel._status(RecorderStatus("recording", later, round(later * SR), (), (lost,)))
    assert panel.warnings.count() == 1  # still not recorded
    back = AudioWarning(
        "source_resumed",
        "engine text",
        frame=round(later * SR),
        wall_time_utc="2026-01-01T00:00:00Z",
        params={"source": "monitor", "role": "them"},
    )
    panel._status(RecorderStatus("recording", later + 1, round(later * SR), (), (lost, back)))
    assert panel.warnings.item(panel.warnings.count() - 1).text().endswith("again from here.")
    gone = later + 1 + panel.warnings.SHOWN_S + 0.1
    panel._status(RecorderStatus("recording", gone, round(gone * SR), (), (lost, back)))
    assert panel.warnings.count() == 0
