"""The live call screen driven by keys, over the real recorder process on a fake clocked stream."""

from __future__ import annotations

import time

import pytest
from audio_helpers import PA_HOST_ERROR, fake_input, realtime_ramp_world, unopenable_world
from PySide6.QtCore import Qt, QTranslator

from onrecord.audio import RecorderClient
from onrecord.audio.types import AudioWarning, RecorderStatus

SR = 48000
BLOCK = SR // 50  # the recorder's 20 ms block
FAKE_MIC = fake_input()


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


def test_a_note_still_being_typed_is_saved_when_the_call_is_stopped(qtbot, call_window, workspace):
    """Stopping the call threw a half-typed note away without a word (a walk-through)."""
    start(qtbot, call_window)
    panel = call_window.call_panel
    first_frame = call_window.calls.session.status().frames
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "he said he will come to my office")
    recording = stop(qtbot, call_window)
    (mark,) = workspace.recordings.marks(recording.id)
    assert mark.text == "he said he will come to my office" and mark.tag is None
    assert abs(mark.frame - first_frame) <= 2 * BLOCK  # where its typing began
    assert panel.note.text() == ""
    qtbot.waitUntil(lambda: "was saved when you stopped the call" in panel.summary.text())


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


class _RecorderWords(QTranslator):
    """Stands in for a translator of the recorder's messages (context "Recorder")."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "Recorder" and source.startswith("The microphone ({device})"):
            return "無法開啟麥克風（{device}）。請改選其他麥克風。\n\n詳細資料：{detail}"
        return ""


def test_a_microphone_that_cannot_open_is_explained_in_the_users_language(
    qtbot, call_window, workspace, no_dialogs, qapp
):
    """The walk-through saw PortAudio's raw English in a Chinese window, and a second error
    ("the recorder process exited while starting") on the next try."""
    words = _RecorderWords()
    qapp.installTranslator(words)
    try:
        call_window.calls.client_factory = lambda: RecorderClient(unopenable_world)
        for shown in (1, 2):
            qtbot.keyClick(call_window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda n=shown: len(no_dialogs) == n, timeout=30000)
            assert not call_window.calls.busy and not call_window.calls.recording
    finally:
        qapp.removeTranslator(words)
    expected = f"無法開啟麥克風（Fake microphone）。請改選其他麥克風。\n\n詳細資料：{PA_HOST_ERROR}"
    assert [(kind, text) for kind, _title, text in no_dialogs] == [("error", expected)] * 2
    assert workspace.recordings.recordings(workspace.cases.cases()[0].id) == []


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


# ------------------------------------------------------------------ walk-through findings
def focused(win):
    """Where a key the user presses now goes."""
    return win.focusWidget() or win


def test_a_tag_key_tags_right_after_the_call_starts(qtbot, call_window, workspace, english):
    """The walk-through pressed 3 (threat) right after Ctrl+R: "3" was typed into the note."""
    start(qtbot, call_window)
    panel = call_window.call_panel
    qtbot.keyClick(focused(call_window), Qt.Key.Key_3)
    assert panel.note.text() == ""
    qtbot.waitUntil(lambda: panel.marks_list.count() == 1)
    assert not panel.note.hasFocus() and panel.tag_keys_live()
    assert panel.key_mode.isVisibleTo(panel) and "Keys tag now" in panel.key_mode.text()
    recording = stop(qtbot, call_window)
    assert [m.tag for m in workspace.recordings.marks(recording.id)] == ["threat"]


def test_n_opens_the_note_where_digits_are_text_and_enter_goes_back_to_tags(
    qtbot, call_window, workspace, english
):
    start(qtbot, call_window)
    panel = call_window.call_panel
    qtbot.keyClick(focused(call_window), Qt.Key.Key_N)
    assert panel.note.hasFocus()
    assert not panel.tag_keys_live() and "Typing" in panel.key_mode.text()
    assert panel.note.placeholderText().startswith("Press N or click here")
    qtbot.keyClicks(panel.note, "wants 5000 by Friday")
    assert panel.note.text() == "wants 5000 by Friday" and panel.marks_list.count() == 0
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert not panel.note.hasFocus() and panel.tag_keys_live()
    qtbot.keyClick(focused(call_window), Qt.Key.Key_4)  # third party
    qtbot.waitUntil(lambda: panel.marks_list.count() == 2)
    recording = stop(qtbot, call_window)
    marks = workspace.recordings.marks(recording.id)
    assert [(m.tag, m.text) for m in marks] == [
        (None, "wants 5000 by Friday"),
        ("third_party", ""),
    ]


def test_the_typing_hint_is_about_the_box_being_typed_in(qtbot, call_window, english):
    """Typing the caller's name, the walk-through read "Enter saves a note": Enter there
    saves nothing."""
    start(qtbot, call_window)
    panel = call_window.call_panel
    panel.caller.name.setFocus()
    qtbot.keyClicks(panel.caller.name, "Li")
    hint = panel.key_mode.text()
    assert "Typing" in hint and "Esc goes back to the tag keys" in hint
    assert "Enter" not in hint and "note" not in hint
    qtbot.keyClick(panel.caller.name, Qt.Key.Key_Escape)
    qtbot.keyClick(focused(call_window), Qt.Key.Key_N)
    assert panel.note.hasFocus() and "Enter saves a note" in panel.key_mode.text()
    panel.promise.amount.setFocus()  # another box again: the hint follows
    assert "Enter" not in panel.key_mode.text()
    stop(qtbot, call_window)


def test_esc_in_a_text_box_gives_the_keys_back_to_the_tags(qtbot, call_window, workspace):
    start(qtbot, call_window)
    panel = call_window.call_panel
    panel.caller.name.setFocus()
    qtbot.keyClicks(panel.caller.name, "Li 2")
    assert not panel.tag_keys_live()
    qtbot.keyClick(panel.caller.name, Qt.Key.Key_Escape)
    assert panel.tag_keys_live() and panel.caller.name.text() == "Li 2"
    qtbot.keyClick(focused(call_window), Qt.Key.Key_1)
    qtbot.waitUntil(lambda: panel.marks_list.count() == 1)
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "drop this")
    qtbot.keyClick(panel.note, Qt.Key.Key_Escape)  # the note's Esc: dropped, back to tags
    assert panel.note.text() == "" and panel.tag_keys_live()
    recording = stop(qtbot, call_window)
    assert [m.tag for m in workspace.recordings.marks(recording.id)] == ["name_given"]


def _event(workspace, win, recording):
    case_id = win.call_panel.case_id
    return next(e for e in workspace.cases.events(case_id) if e.id == recording.event_id)


def test_the_next_call_does_not_take_the_last_callers_details(qtbot, call_window, workspace):
    """The walk-through's second call was saved as 张三, the first call's collector."""
    panel = call_window.call_panel
    start(qtbot, call_window)
    panel.caller.name.setText("Zhang San")
    panel.caller.number.setText("2125550142")
    first = stop(qtbot, call_window)
    assert _event(workspace, call_window, first).party_id is not None

    start(qtbot, call_window)
    caller = panel.caller
    fields = [caller.name, caller.employee_id, caller.company, caller.number]
    assert [f.text() for f in fields] == ["", "", "", ""]
    second = stop(qtbot, call_window)
    event = _event(workspace, call_window, second)
    assert event.party_id is None and event.phone_number is None
    offer = panel.caller.same_as_last
    assert offer.isVisibleTo(panel) and "Zhang San" in offer.text()

    offer.click()  # one click: it was the same collector after all
    assert panel.caller.name.text() == "Zhang San" and not offer.isVisibleTo(panel)
    panel.save_details.click()
    assert _event(workspace, call_window, second).party_id == (
        _event(workspace, call_window, first).party_id
    )


def test_details_typed_before_the_first_call_are_kept(qtbot, call_window, workspace):
    panel = call_window.call_panel
    panel.caller.name.setText("Wang")
    start(qtbot, call_window)
    assert panel.caller.name.text() == "Wang" and not panel.caller.same_as_last.isVisibleTo(panel)
    stop(qtbot, call_window)


def test_a_promise_mark_shows_the_currency_and_the_date(qtbot, call_window, workspace, english):
    import datetime as dt

    from PySide6.QtCore import QDate

    from onrecord.ui import localefmt

    panel = call_window.call_panel
    assert workspace.cases.case(panel.case_id).currency == "USD"
    start(qtbot, call_window)
    panel.promise.amount.setText("5000")
    panel.promise.due.setDate(QDate(2026, 12, 15))  # picking a date means "by that date"
    panel.promise.theirs.click()
    qtbot.waitUntil(lambda: panel.marks_list.count() == 1)
    money = localefmt.money_text(5000, "USD")
    day = localefmt.date_text(dt.date(2026, 12, 15))
    assert money == "USD 5,000.00"
    assert panel.marks_list.item(0).text().endswith(f"— {money} · due {day}")
    assert panel.promise.currency.text() == "USD"  # shown next to the amount box too
    panel.promise.amount.setText("200")  # no date given: none is made up
    panel.promise.mine.click()
    qtbot.waitUntil(lambda: panel.marks_list.count() == 2)
    assert panel.marks_list.item(1).text().endswith("— USD 200.00")
    stop(qtbot, call_window)
    promises = workspace.ledger.promises(panel.case_id)
    assert sorted((p.amount, p.due_date) for p in promises) == [
        (200, None),
        (5000, dt.date(2026, 12, 15)),
    ]


def test_live_mark_times_cut_to_the_second_like_the_review(qtbot, workspace):
    """4.553 s and 86.79 s read 0:05 and 1:27 live but 0:04 and 1:26 in review."""
    from onrecord.store.models import Mark
    from onrecord.ui.callcontroller import CallController
    from onrecord.ui.callpanel import CallPanel

    panel = CallPanel(workspace, CallController(workspace))
    qtbot.addWidget(panel)
    for seconds in (4.553, 86.79):
        panel._mark_added(Mark(frame=round(seconds * SR), tag="threat"))
    assert [panel.marks_list.item(i).text()[:4] for i in range(2)] == ["0:04", "1:26"]
    assert "1:26" in panel.confirmation.text()


def test_clipping_on_both_channels_is_one_warning_naming_the_sides(qtbot, call_window, english):
    panel = call_window.call_panel
    panel.source_roles = ["me", "them"]
    clips = tuple(
        AudioWarning(
            "clipping",
            "engine text",
            frame=48000 * 3 + c,
            wall_time_utc="2026-01-01T00:00:00Z",
            params={"channel": c, "role": role, "clipped_samples": 9},
        )
        for c, role in enumerate(("me", "them"))
    )
    panel._status(RecorderStatus("recording", 4.0, 48000 * 4, (), clips))
    assert panel.warnings.count() == 1
    assert (
        panel.warnings.item(0)
        .text()
        .startswith("Both your side and their side are too loud and distort")
    )
    assert panel.meters["me"].clipped and panel.meters["them"].clipped


@pytest.mark.parametrize(
    ("name", "number", "said", "asked"),
    [
        (
            "Mike Stone",
            "2125550142",
            "Saved with this call: who called (Mike Stone) and their number (2125550142).",
            None,
        ),
        ("Mike Stone", "", "Saved with this call: who called (Mike Stone).", "their number"),
        ("", "2125550142", "Saved with this call: their number (2125550142).", "their name"),
        ("", "", "Who called is not saved with this call.", "their name or number"),
    ],
)
def test_after_a_call_the_summary_says_what_is_saved_and_asks_only_for_what_is_missing(
    qtbot, call_window, workspace, english, name, number, said, asked
):
    """ "You can still complete who called" after name and number were typed and saved read
    as "nothing was saved" to a walk-through."""
    panel = call_window.call_panel
    start(qtbot, call_window)
    panel.caller.name.setText(name)
    panel.caller.number.setText(number)
    stop(qtbot, call_window)
    text = panel.summary.text()
    assert said in text and "You can still complete" not in text
    if asked is None:
        assert "Save call details" not in text and not panel.save_details.isVisibleTo(panel)
    else:
        assert f"If you know {asked}" in text and "press Save call details" in text
        assert panel.save_details.isVisibleTo(panel)


def test_saving_details_completed_after_the_call_says_what_is_saved_now(
    qtbot, call_window, workspace, english
):
    panel = call_window.call_panel
    start(qtbot, call_window)
    panel.caller.name.setText("Mike Stone")
    recording = stop(qtbot, call_window)
    assert panel.save_details.isVisibleTo(panel)
    panel.caller.number.setText("2125550142")
    panel.save_details.click()
    text = panel.summary.text()
    assert "who called (Mike Stone) and their number (2125550142)." in text
    assert "If you know" not in text and text.endswith("Details saved.")
    assert not panel.save_details.isVisibleTo(panel)
    assert _event(workspace, call_window, recording).phone_number.e164 == "+12125550142"
    panel.caller.company.setText("ABC Collections")  # a correction later: saved on request
    assert panel.save_details.isVisibleTo(panel)


def test_a_corrected_company_is_saved_when_the_details_are_saved(
    qtbot, call_window, workspace
) -> None:
    """A stray click typed the number into Company; the user corrected it and pressed Save
    call details: the screen said saved, the store kept the wrong company (a walk-through)."""
    panel = call_window.call_panel
    start(qtbot, call_window)
    panel.caller.name.setText("Wang")
    panel.caller.company.setText("Xinda Asset Management02 2345 6789")
    recording = stop(qtbot, call_window)
    panel.caller.company.setText("Xinda Asset Management")
    panel.caller.employee_id.setText("A1023")
    panel.save_details.click()
    party = _event(workspace, call_window, recording).party
    assert (party.organisation, party.employee_id) == ("Xinda Asset Management", "A1023")
