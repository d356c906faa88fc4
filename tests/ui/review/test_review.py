"""Call review: jump between marks, notes as revisions, retraction, marks added later, files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from recorded_call import SR, RecordedCall, register_call

from onrecord.audio.peaks import Peaks
from onrecord.store import Workspace, open_workspace
from onrecord.store.audit import verify_chain
from onrecord.store.models import AuditEvent
from onrecord.store.search import mark_history
from onrecord.ui.review import ReviewPanel
from onrecord.ui.review.waveform import envelope

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, workspace: Workspace, call: RecordedCall, fake_player_factory) -> ReviewPanel:
    widget = ReviewPanel(workspace, player_factory=fake_player_factory)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_recording(call.recording_id)
    return widget


def accept(dialog_setup):  # type: ignore[no-untyped-def]
    """A run_dialog that fills in the dialog and accepts it."""

    def run(dialog):  # type: ignore[no-untyped-def]
        dialog_setup(dialog)
        return True

    return run


def test_opens_at_the_start_with_the_marks_as_flags(panel: ReviewPanel, call) -> None:
    assert panel.cursor == 0
    assert [f.frame for f in panel.waveform.flags] == call.frames
    assert panel.model.rowCount() == 3
    assert panel.waveform.peaks is not None
    assert panel.waveform.peaks.channels == 2
    assert panel.waveform.lane_names == ["Me", "Them"]


def test_next_and_previous_move_the_cursor_to_each_mark(panel: ReviewPanel, call) -> None:
    panel.next_button.click()
    assert panel.cursor == call.frames[0]
    panel.next_mark()
    assert panel.cursor == call.frames[1]
    assert panel.selected_mark() == call.marks[1]
    assert panel.waveform.current_mark == call.marks[1]
    panel.previous_mark()
    assert panel.cursor == call.frames[0]


def test_arrow_keys_jump_between_marks(qtbot, panel: ReviewPanel, call) -> None:
    panel.activateWindow()
    panel.waveform.setFocus()
    qtbot.waitUntil(panel.waveform.hasFocus)
    qtbot.keyClick(panel.waveform, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: panel.cursor == call.frames[0])
    qtbot.keyClick(panel.waveform, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: panel.cursor == call.frames[1])
    qtbot.keyClick(panel.waveform, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: panel.cursor == call.frames[0])


def test_clicking_a_mark_in_the_list_or_a_flag_jumps_there(qtbot, panel: ReviewPanel, call):
    index = panel.model.index(2, 0)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.cursor == call.frames[2]
    x = int(panel.waveform.x_of(call.frames[1])) + 3
    qtbot.mouseClick(panel.waveform, Qt.MouseButton.LeftButton, pos=QPoint(x, 8))
    assert panel.cursor == call.frames[1]


def test_clicking_the_waveform_moves_the_cursor(qtbot, panel: ReviewPanel) -> None:
    wave = panel.waveform
    point = wave.rect().center()
    qtbot.mouseClick(wave, Qt.MouseButton.LeftButton, pos=point)
    assert abs(panel.cursor - wave.frame_at(point.x())) <= 1
    assert panel.cursor > 0


def test_opening_at_a_frame_selects_that_mark(panel: ReviewPanel, call) -> None:
    panel.show_recording(call.recording_id, frame=call.frames[1])
    assert panel.cursor == call.frames[1]
    assert panel.selected_mark() == call.marks[1]


def test_editing_a_note_adds_a_revision_and_keeps_the_old_text(
    panel: ReviewPanel, workspace: Workspace, call, qtbot
) -> None:
    panel.go_to_mark(call.marks[1])

    def fill(dialog):  # type: ignore[no-untyped-def]
        assert "will call my boss" in dialog.note.toPlainText()
        dialog.note.setPlainText("will call my boss at Harbor Logistics on Monday")
        dialog.reason.setText("heard it again")

    panel.run_dialog = accept(fill)
    with qtbot.waitSignal(panel.marks_changed):
        panel.edit_button.click()
    history = mark_history(workspace.store, call.marks[1])
    assert [r.text for r in history] == [
        "will call my boss",
        "will call my boss at Harbor Logistics on Monday",
    ]
    assert history[1].reason == "heard it again"
    assert "Harbor Logistics" in panel.detail_note.text()
    shown = [panel.history.item(i).text() for i in range(panel.history.count())]
    assert any("Version 1" in line and "will call my boss" in line for line in shown)
    assert any("Version 2" in line for line in shown)
    assert "Edited" in panel.model.data(panel.model.index(1, 3))


def test_retracting_shows_it_retracted_and_the_audit_chain_has_it(
    panel: ReviewPanel, workspace: Workspace, call
) -> None:
    panel.go_to_mark(call.marks[2])
    panel.run_dialog = accept(lambda d: d.reason.setText("pressed the wrong key"))
    panel.retract_button.click()
    row = panel.model.rows[2]
    assert row.retracted and row.id == call.marks[2]
    assert panel.model.rowCount() == 3  # still there
    assert "Retracted" in panel.model.data(panel.model.index(2, 3))
    assert panel.model.data(panel.model.index(2, 2), Qt.ItemDataRole.FontRole).strikeOut()
    flag = next(f for f in panel.waveform.flags if f.id == call.marks[2])
    assert flag.retracted
    assert not panel.retract_button.isEnabled()
    with workspace.store.session() as s:
        assert verify_chain(s).ok
        actions = [(e.action, e.entity_id) for e in s.query(AuditEvent).order_by(AuditEvent.seq)]
    assert ("mark.retracted", call.marks[2]) in actions
    history = mark_history(workspace.store, call.marks[2])
    assert history[0].text == "waive fees" and history[-1].retracted


def test_adding_a_mark_after_the_call_flags_it_added_later(
    panel: ReviewPanel, workspace: Workspace, call
) -> None:
    panel.set_cursor(SR * 7)

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.tag.setCurrentIndex(dialog.tag.findData("threat"))
        dialog.note.setPlainText("said someone will visit")

    panel.run_dialog = accept(fill)
    panel.add_button.click()
    marks = workspace.recordings.marks(call.recording_id)
    added = [m for m in marks if m.added_later]
    assert len(added) == 1 and added[0].frame == SR * 7 and added[0].tag == "threat"
    assert panel.selected_mark() == added[0].id
    flag = next(f for f in panel.waveform.flags if f.id == added[0].id)
    assert flag.added_later
    assert "Added later" in panel.detail_title.text()


def test_attaching_a_file_copies_and_hashes_it(
    panel: ReviewPanel, workspace: Workspace, call, tmp_path: Path
) -> None:
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(b"\x89PNG fake screenshot")
    panel.choose_files = lambda parent: [str(shot)]
    panel.attach_button.click()
    items = workspace.attachments.list(call.case_id)
    assert len(items) == 1 and items[0].event_id == call.event_id
    assert "screenshot.png" in panel.files.item(0).text()


def test_space_plays_from_the_cursor_and_highlights_the_mark_heard(
    qtbot, panel: ReviewPanel, call, fake_player_factory
) -> None:
    panel.go_to_mark(call.marks[0])
    panel.table.clearSelection()
    panel.activateWindow()
    panel.waveform.setFocus()
    qtbot.waitUntil(panel.waveform.hasFocus)
    qtbot.keyClick(panel.waveform, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.is_playing)
    player = fake_player_factory.made[-1]
    assert player.position == call.frames[0]
    # The fake device pulls 4 s of audio: the cursor follows and the mark heard is current.
    player.render(SR * 4)
    qtbot.waitUntil(lambda: panel.cursor == call.frames[0] + SR * 4)
    qtbot.waitUntil(lambda: panel.model.current == call.marks[1])
    assert panel.waveform.current_mark == call.marks[1]
    qtbot.keyClick(panel.waveform, Qt.Key.Key_Space)
    assert not panel.is_playing
    assert panel.cursor == call.frames[0] + SR * 4


def test_speed_choice_reaches_the_player(qtbot, panel: ReviewPanel, fake_player_factory) -> None:
    panel.play()
    panel.speed.setCurrentIndex(panel.speed.findData(1.5))
    assert fake_player_factory.made[-1].speed == 1.5
    panel.pause()


def test_a_missing_audio_file_is_said_plainly(
    qtbot, workspace: Workspace, call, no_dialogs
) -> None:
    call.wav.unlink()
    widget = ReviewPanel(workspace)
    qtbot.addWidget(widget)
    widget.show_recording(call.recording_id)
    assert not widget.notice.isHidden()
    assert widget.waveform.peaks is not None  # the peaks file is still there
    widget.play()
    assert no_dialogs and no_dialogs[0][0] == "error"


def test_a_case_without_recordings_says_so(qtbot, workspace: Workspace) -> None:
    case = workspace.cases.create_case("Empty", jurisdiction="us")
    widget = ReviewPanel(workspace)
    qtbot.addWidget(widget)
    widget.show_case(case.id)
    assert widget.info is None
    assert "No recorded calls" in widget.waveform.empty_text
    assert not widget.play_button.isEnabled()


def test_show_case_opens_the_latest_call(qtbot, workspace: Workspace, call) -> None:
    second = register_call(workspace, call.case_id, name="later")
    widget = ReviewPanel(workspace)
    qtbot.addWidget(widget)
    widget.show_case(call.case_id)
    assert widget.info is not None and widget.info.id == second.recording_id
    widget.calls.showPopup()
    widget.calls.hidePopup()
    assert widget.calls.count() == 2


def test_envelope_reduces_peaks_per_pixel() -> None:
    data = np.zeros((1000, 1, 2), dtype=np.int16)
    data[500, 0] = (-16384, 16384)
    peaks = Peaks(48000, 480, 1, data)
    env = envelope(peaks, 0, 480 * 1000 / 100, 100)
    assert env.shape == (100, 1, 2)
    assert env[50, 0, 1] == pytest.approx(0.5)
    assert env[49, 0, 1] == 0 and env[51, 0, 1] == 0


def test_a_stereo_microphones_lanes_have_names_in_the_ui_language(
    qtbot, workspace: Workspace, fake_player_factory, english
) -> None:
    """The walk-through's review of a stereo-microphone call said "left"/"right" in Chinese."""
    case = workspace.cases.create_case("Stereo", jurisdiction="us")
    stereo = register_call(workspace, case.id, name="stereo", channel_roles="left,right")
    widget = ReviewPanel(workspace, player_factory=fake_player_factory)
    qtbot.addWidget(widget)
    widget.show_recording(stereo.recording_id)
    assert widget.waveform.lane_names == ["Left channel", "Right channel"]


def test_mark_times_are_cut_to_the_second_as_on_the_live_call_screen(
    qtbot, workspace: Workspace, fake_player_factory
) -> None:
    """4.553 s reads 0:04 here and on the call screen (the call screen used to say 0:05)."""
    case = workspace.cases.create_case("Times", jurisdiction="us")
    rec = register_call(workspace, case.id, name="times")
    workspace.recordings.add_mark(rec.recording_id, round(4.553 * SR), tag="threat")
    widget = ReviewPanel(workspace, player_factory=fake_player_factory)
    qtbot.addWidget(widget)
    widget.show_recording(rec.recording_id)
    times = [widget.model.index(r, 0).data() for r in range(widget.model.rowCount())]
    assert times == ["0:02", "0:04", "0:05", "0:09"]


def test_a_note_mark_is_titled_a_note_in_the_users_language(
    qtbot, workspace: Workspace, call, fake_player_factory, language
) -> None:
    """A note typed during the call was titled "—" ("— · 0:18") in Review (a walk-through)."""
    from PySide6.QtCore import QCoreApplication

    note = workspace.recordings.add_mark(call.recording_id, SR * 18, text="he laughed at me")
    widget = ReviewPanel(workspace, player_factory=fake_player_factory)
    qtbot.addWidget(widget)
    widget.show_recording(call.recording_id)
    widget.go_to_mark(note.id)
    word = QCoreApplication.translate("Review", "Note")
    assert word != "Note" if language != "en" else word == "Note"
    assert widget.detail_title.text().startswith(f"<b>{word}</b> · 0:18")
    assert widget.detail_note.text() == "he laughed at me"
    row = widget.model.row_of(note.id)
    assert widget.model.data(widget.model.index(row, 1)) == word


def test_a_refresh_keeps_the_call_shown_and_playing_and_lists_a_call_saved_elsewhere(
    qtbot, panel: ReviewPanel, call: RecordedCall, workspace: Workspace
) -> None:
    panel.go_to_mark(call.marks[1])
    panel.play()
    qtbot.waitUntil(lambda: panel.is_playing)
    with open_workspace(workspace.data_dir) as elsewhere:  # e.g. `onrecord record`
        register_call(elsewhere, call.case_id, name="second", seconds=3.0)
        elsewhere.recordings.add_mark(call.recording_id, SR * 7, text="added elsewhere")
    panel.refresh()
    assert panel.is_playing
    assert panel.info is not None and panel.info.id == call.recording_id
    assert panel.calls.count() == 2
    assert panel.calls.currentData() == call.recording_id
    assert panel.model.rowCount() == 4
    assert panel.selected_mark() == call.marks[1]


def test_a_refresh_shows_the_whole_of_a_call_that_was_still_being_recorded(
    qtbot, workspace: Workspace, call: RecordedCall, fake_player_factory
) -> None:
    second = call.wav.with_name("second.wav")
    second.write_bytes(call.wav.read_bytes())
    rel = second.relative_to(workspace.data_dir).as_posix()
    with open_workspace(workspace.data_dir) as elsewhere:  # `onrecord record`, just started
        started = elsewhere.recordings.begin(call.case_id, rel, sample_rate=SR, channels=2)
    widget = ReviewPanel(workspace, player_factory=fake_player_factory)
    qtbot.addWidget(widget)
    widget.show_case(None)  # an empty case first: its words must not stay
    widget.show_recording(started.id)
    assert widget.info is not None and widget.info.frames == 0
    # a call with no sound yet is not "no recorded calls in this case" (a walk-through)
    assert "No sound was recorded in this call" in widget.waveform.empty_text
    with open_workspace(workspace.data_dir) as elsewhere:  # ... and now stopped
        elsewhere.recordings.finalise(
            started.id, frames=len(call.audio), sha256="0" * 64, pcm_sha256=None
        )
    widget.refresh()
    assert widget.info is not None and widget.info.id == started.id
    assert widget.info.frames == len(call.audio)
    assert widget.waveform.frames == len(call.audio)
