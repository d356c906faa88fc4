"""Recording a call into a case, through the recorder process, on a fake clocked stream."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal

import blake3
import pytest
import soundfile as sf
from audio_helpers import (
    LATE_START_S,
    fake_client,
    late_ramp_world,
    unopenable_world,
    wait_for_frames,
)
from sqlalchemy import select

from onrecord.audio import RecorderClient, RecorderConfig, RecorderError, SourceSpec, file_sha256
from onrecord.capture import recover_interrupted, start_call
from onrecord.capture.session import EarlyMark
from onrecord.store.audit import verify_chain
from onrecord.store.enums import RecordingStatus
from onrecord.store.models import AuditEvent

FAKE_MIC = (SourceSpec(device=0, label="fake mic"),)


def actions(ws) -> list[str]:
    with ws.store.session() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_a_call_is_recorded_marked_and_hashed_into_the_case(ws):
    case = ws.cases.create_case("Loan", jurisdiction="us")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 4800)
    first = session.mark("name_given", "Mike Dalton")
    wait_for_frames(session, first.frame + 9600)
    second = session.mark("threat")
    wait_for_frames(session, second.frame + 4800)
    recording = session.stop()

    assert recording.status is RecordingStatus.COMPLETE
    path = ws.data_dir / recording.path
    assert recording.sha256 == file_sha256(path)
    # Taken in the same read, so an export checks each copy with BLAKE3 alone.
    assert recording.sha512 == hashlib.sha512(path.read_bytes()).hexdigest()
    assert recording.blake3 == blake3.blake3(path.read_bytes()).hexdigest()
    [segment] = json.loads(recording.segments)
    assert (segment["sha256"], segment["sha512"], segment["blake3"]) == (
        recording.sha256,
        recording.sha512,
        recording.blake3,
    )
    assert sf.info(str(path)).frames == recording.frames > second.frame > first.frame
    marks = ws.recordings.marks(recording.id)
    assert [(m.tag, m.text) for m in marks] == [("name_given", "Mike Dalton"), ("threat", "")]
    assert [m.frame for m in marks] == [first.frame, second.frame]
    events = ws.cases.events(case.id)
    assert len(events) == 1 and events[0].duration_s == pytest.approx(recording.frames / 48000)
    log = actions(ws)
    assert log[-5:] == [
        "recording.started",
        "mark.created",
        "mark.created",
        "event.updated",  # the call moved to the first sound
        "recording.complete",
    ]
    with ws.store.session() as s:
        assert verify_chain(s).ok


def test_without_a_case_the_call_goes_to_the_unsorted_case(ws):
    session = start_call(ws, None, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 4800)
    recording = session.stop()
    case = ws.cases.case(ws.recordings.case_of(recording.id))
    assert case.is_unsorted and case.reference == "UNSORTED"


def test_a_device_that_cannot_open_leaves_nothing_behind(ws):
    case = ws.cases.create_case("Loan", jurisdiction="us")
    missing = (SourceSpec(device=987654, label="no such device"),)
    with pytest.raises(RecorderError):
        start_call(ws, case.id, missing)
    assert ws.recordings.recordings(case.id) == []
    assert not any((ws.data_dir / "recordings").rglob("*.wav"))


def test_a_device_that_fails_to_open_leaves_no_empty_recording_behind(ws):
    """PortAudio's "Unanticipated host error" comes after the files are made: they go too."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    with pytest.raises(RecorderError, match="could not be opened"):
        start_call(ws, case.id, FAKE_MIC, client_factory=lambda: RecorderClient(unopenable_world))
    assert ws.recordings.recordings(case.id) == []
    assert not any(p.is_file() for p in (ws.data_dir / "recordings").rglob("*"))
    assert recover_interrupted(ws) == []


def test_an_empty_leftover_of_a_failed_start_is_cleared_at_the_next_start(ws, monkeypatch):
    """Older versions left a 44-byte WAV and a "failed" meta file; nothing in it to keep."""
    from onrecord.audio import recorder

    case = ws.cases.create_case("Loan", jurisdiction="us")
    monkeypatch.setattr(recorder, "discard_if_empty", lambda paths: False)  # as before the fix
    folder = ws.data_dir / "recordings" / f"case-{case.id}" / "20260101T000000Z"
    cfg = RecorderConfig(directory=str(folder), basename="call", sources=FAKE_MIC)
    with pytest.raises(RecorderError):
        recorder.Recorder(cfg, stream_factory=unopenable_world()).start()
    assert (folder / "call.wav").stat().st_size == 44
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 4800)
    recording = session.stop()
    monkeypatch.undo()
    assert recover_interrupted(ws) == []
    assert not folder.exists()
    assert (ws.data_dir / recording.path).stat().st_size > 44  # audio is never touched


def test_after_the_recorder_is_killed_recovery_keeps_the_audio_and_every_mark(ws):
    case = ws.cases.create_case("Loan", jurisdiction="us")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 48000)
    acked = [session.mark("threat", "said he'd call my boss"), session.mark("insult")]
    wait_for_frames(session, 96000 + 48000 * 2)  # past one fsync interval after the marks
    os.kill(session.client.pid, signal.SIGKILL)
    session.client.close()  # the app forgets the session, as if it had crashed too

    recovered = recover_interrupted(ws)
    assert [r.id for r in recovered] == [session.recording_id]
    recording = recovered[0]
    assert recording.status is RecordingStatus.RECOVERED
    path = ws.data_dir / recording.path
    data, rate = sf.read(str(path), dtype="int16")
    assert rate == 48000 and len(data) == recording.frames >= 96000
    assert recording.sha256 == file_sha256(path)
    assert [m.frame for m in ws.recordings.marks(recording.id)] == [m.frame for m in acked]
    assert any(w["code"] == "recovered_after_crash" for w in json.loads(recording.warnings))
    assert recover_interrupted(ws) == []  # idempotent


def test_a_recording_with_no_row_is_found_and_filed_in_its_case(ws):
    case = ws.cases.create_case("Loan", jurisdiction="us")
    folder = ws.data_dir / "recordings" / f"case-{case.id}" / "orphan"
    folder.mkdir(parents=True)
    client = fake_client()
    client.start(RecorderConfig(directory=str(folder), basename="call", sources=FAKE_MIC))
    wait_for_frames(client, 48000 * 3)
    os.kill(client.pid, signal.SIGKILL)
    client.close()

    recovered = recover_interrupted(ws)
    assert len(recovered) == 1
    assert ws.recordings.case_of(recovered[0].id) == case.id
    assert recovered[0].status is RecordingStatus.RECOVERED
    assert "recording.started" in actions(ws)


def test_a_mark_pressed_just_before_stop_lies_inside_the_recording(ws):
    case = ws.cases.create_case("Loan", jurisdiction="us")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    last = session.mark("threat", "right before hanging up")
    recording = session.stop()
    assert last.frame < recording.frames


def _audit_data(ws, action: str, recording_id: int) -> dict:
    with ws.store.session() as s:
        bodies = [json.loads(b) for b in s.scalars(select(AuditEvent.body))]
    [body] = [b for b in bodies if b["action"] == action and b["entity_id"] == recording_id]
    return body["data"]


def test_the_log_gives_the_files_channels_from_start_to_end_and_the_source_apart(ws):
    """One "mixed" microphone that delivers stereo is written as two channels, left and
    right: the start of the recording says so already, not only its end."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 4800)
    recording = session.stop()
    started = _audit_data(ws, "recording.started", recording.id)
    finished = _audit_data(ws, "recording.complete", recording.id)
    assert (recording.channels, recording.channel_roles) == (2, "left,right")
    assert (started["channels"], started["channel_roles"]) == (2, "left,right")
    assert (finished["channels"], finished["channel_roles"]) == (2, "left,right")
    assert started["devices"] == {"sources": ["fake mic"], "source_roles": ["mixed"]}


def test_a_recording_the_app_left_behind_is_filed_as_recovered_and_says_why(ws):
    """The app stopped (crash, kill) while recording: the recorder, a process of its own, ends
    the recording cleanly, but nobody filed it. Recovery files it as "recovered", with a
    warning that the app stopped and the recording ends there, never as a normal one."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=fake_client)
    wait_for_frames(session, 9600)
    session.mark("threat", "before the app stopped")
    finished = session.client.stop()  # what the recorder does when its parent is gone
    session.client.close()  # ...and the app never files the result
    assert finished.status == "complete"

    [recording] = recover_interrupted(ws)
    assert recording.status is RecordingStatus.RECOVERED
    assert recording.sha256 == finished.sha256 and recording.frames == finished.frames
    [warning] = [w for w in json.loads(recording.warnings) if w["code"] != "clipping"]
    assert warning["code"] == "app_stopped_during_recording"
    assert "stopped unexpectedly" in warning["message"]
    assert warning["params"]["recorder_ended_at_utc"] == finished.ended_at_utc
    assert [m.text for m in ws.recordings.marks(recording.id)] == ["before the app stopped"]
    logged = _audit_data(ws, "recording.recovered", recording.id)
    assert [w["code"] for w in logged["warnings"]] == [warning["code"]]
    assert "recording.complete" not in actions(ws)
    assert recover_interrupted(ws) == []  # idempotent


#: one block of the recorder's audio (50 ms); the fake clock moves a block at a time, and the
#: scheduler of a busy two-core machine may add a little to it
BLOCK = dt.timedelta(seconds=RecorderConfig("", "", FAKE_MIC).blocksize / 48000)
SLACK = dt.timedelta(seconds=0.03)


def _late_client() -> RecorderClient:
    return RecorderClient(factory_spec=late_ramp_world)


def _assert_marks_agree_with_start(ws, recording) -> None:
    """Every mark's clock time is the recording's start plus its place in the audio."""
    marks = ws.recordings.marks(recording.id)
    assert marks
    for mark in marks:
        heard = recording.started_at + dt.timedelta(seconds=mark.frame / recording.sample_rate)
        assert -SLACK <= mark.wall_time - heard <= BLOCK + SLACK, (mark.wall_time, heard)


def test_the_start_of_a_recording_is_when_its_first_sound_was_captured(ws):
    """A lawyer's walk-through: two marks at 14.691 s and 15.401 s both read 18:30:04, while
    the start plus their place in the audio gave 18:30:03.18: the start had been stamped
    before the recorder process ran and the device gave any sound (0.35-1 s). Here the
    microphone takes a second to give its first block; the start is when frame 0 was
    captured, the call's time moves with it, and every mark agrees with it."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    asked = dt.datetime.now(dt.UTC)
    session = start_call(ws, case.id, FAKE_MIC, client_factory=_late_client)
    wait_for_frames(session, 1)
    heard = dt.datetime.now(dt.UTC)
    wait_for_frames(session, 4800)
    first = session.mark("name_given", "Mike Dalton")
    wait_for_frames(session, first.frame + 30000)
    session.mark("threat")
    wait_for_frames(session, session.status().frames + 4800)
    recording = session.stop()

    assert asked + dt.timedelta(seconds=LATE_START_S) <= recording.started_at <= heard - BLOCK
    [event] = ws.cases.events(case.id)
    assert event.started_at == recording.started_at
    _assert_marks_agree_with_start(ws, recording)
    logged = _audit_data(ws, "recording.complete", recording.id)
    assert logged["started_at"] == recording.started_at.isoformat().replace("+00:00", "Z")
    assert logged["start_requested_at"] < logged["started_at"]
    with ws.store.session() as s:
        assert verify_chain(s).ok


def test_a_recovered_recording_starts_when_its_first_sound_was_captured(ws):
    """The first frame's time is in the journal, so a recording a crash interrupted (and one
    whose row was never written) is filed with it too."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    asked = dt.datetime.now(dt.UTC)
    session = start_call(ws, case.id, FAKE_MIC, client_factory=_late_client)
    wait_for_frames(session, 1)
    heard = dt.datetime.now(dt.UTC)
    wait_for_frames(session, 9600)
    session.mark("threat", "said he'd call my boss")
    wait_for_frames(session, 96000 + 48000 * 2)  # past one fsync interval after the mark
    os.kill(session.client.pid, signal.SIGKILL)
    session.client.close()

    [recording] = recover_interrupted(ws)
    assert recording.status is RecordingStatus.RECOVERED
    assert asked + dt.timedelta(seconds=LATE_START_S) <= recording.started_at <= heard - BLOCK
    assert ws.cases.events(case.id)[0].started_at == recording.started_at
    _assert_marks_agree_with_start(ws, recording)

    folder = ws.data_dir / "recordings" / f"case-{case.id}" / "orphan"
    folder.mkdir(parents=True)
    client = _late_client()
    asked = dt.datetime.now(dt.UTC)
    client.start(RecorderConfig(directory=str(folder), basename="call", sources=FAKE_MIC))
    wait_for_frames(client, 48000 * 3)
    os.kill(client.pid, signal.SIGKILL)
    client.close()
    [orphan] = recover_interrupted(ws)
    assert orphan.started_at >= asked + dt.timedelta(seconds=LATE_START_S)


def _mark_logs(ws) -> list[dict]:
    with ws.store.session() as s:
        bodies = [json.loads(b) for b in s.scalars(select(AuditEvent.body))]
    return [b["data"] for b in bodies if b["action"] == "mark.created"]


def test_a_tag_pressed_before_the_first_sound_is_at_the_start_of_the_recording(ws):
    """A review: a tag key pressed right after "record", before the microphone gave its
    first sound (an idle PulseAudio source takes ~2 s), was filed with the key's own time,
    earlier than the recording's start (its first sound): the marks CSV had it before the
    call began, the report's call heading after its first mark. It is at frame 0 and at the
    start; the log keeps when the key was pressed."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=_late_client)
    pressed = dt.datetime.now(dt.UTC)
    early = session.mark("threat", "before the sound")
    wait_for_frames(session, 9600)
    later = session.mark("insult")
    wait_for_frames(session, later.frame + 4800)
    recording = session.stop()

    assert early.frame == 0 and early.wall_time == recording.started_at
    assert ws.recordings.marks(recording.id)[0].wall_time == recording.started_at
    _assert_marks_agree_with_start(ws, recording)
    assert ws.cases.events(case.id)[0].started_at == recording.started_at
    logged = _mark_logs(ws)
    key = dt.datetime.fromisoformat(logged[0]["pressed_at"].replace("Z", "+00:00"))
    ms = dt.timedelta(milliseconds=1)  # the key's time is kept to the millisecond
    assert pressed - ms <= key < pressed + dt.timedelta(seconds=0.5) < recording.started_at
    assert "pressed_at" not in logged[1]  # a mark in the audio is where its key was pressed


def test_a_mark_or_note_from_before_the_first_sound_is_recovered_at_the_start(ws):
    """The recorder journals such a mark at the first sound's time, and recovery files a note
    whose typing began then at that time too, whether the recording had a row or not."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=_late_client)
    session.keep_draft("he gave his name as", session.stamp())
    session.mark("threat")
    wait_for_frames(session, 96000 + 48000 * 2)  # past one fsync interval after the mark
    os.kill(session.client.pid, signal.SIGKILL)
    session.client.close()
    [recording] = recover_interrupted(ws)
    marks = ws.recordings.marks(recording.id)
    assert sorted(m.tag for m in marks) == ["threat", "unconfirmed_draft"]
    assert [(m.frame, m.wall_time) for m in marks] == [(0, recording.started_at)] * 2
    assert all("pressed_at" in data for data in _mark_logs(ws))

    folder = ws.data_dir / "recordings" / f"case-{case.id}" / "orphan"
    folder.mkdir(parents=True)
    client = _late_client()
    client.start(RecorderConfig(directory=str(folder), basename="call", sources=FAKE_MIC))
    client.mark("threat", "before the sound")
    wait_for_frames(client, 48000 * 3)
    os.kill(client.pid, signal.SIGKILL)
    client.close()
    [orphan] = recover_interrupted(ws)
    [mark] = ws.recordings.marks(orphan.id)
    assert (mark.frame, mark.wall_time) == (0, orphan.started_at)


def test_a_mark_taken_at_once_before_the_first_sound_is_filed_at_the_start(ws):
    """The call screen's marks never wait for the first sound (waiting froze the window):
    one made before it is on disk at once, filed at the start when the first frame's time is
    known, its key's time logged; after a crash recovery files it there too."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=_late_client)
    pressed = dt.datetime.now(dt.UTC)
    early = session.mark_at_once("threat")
    assert isinstance(early, EarlyMark) and (early.frame, early.tag) == (0, "threat")
    wait_for_frames(session, 9600)
    [(filed_early, mark)] = session.file_early(session.status().first_frame_utc)
    assert filed_early == early
    later = session.mark_at_once("insult")  # after the first sound: filed at once
    assert not isinstance(later, EarlyMark) and later.frame > 0
    wait_for_frames(session, later.frame + 4800)
    recording = session.stop()
    assert [m.id for m in ws.recordings.marks(recording.id)] == [mark.id, later.id]
    assert (mark.frame, mark.wall_time) == (0, recording.started_at)
    _assert_marks_agree_with_start(ws, recording)
    key = dt.datetime.fromisoformat(_mark_logs(ws)[0]["pressed_at"].replace("Z", "+00:00"))
    assert pressed - dt.timedelta(milliseconds=1) <= key < recording.started_at

    crashed = start_call(ws, case.id, FAKE_MIC, client_factory=_late_client)
    assert isinstance(crashed.mark_at_once("threat"), EarlyMark)
    wait_for_frames(crashed, 96000 + 48000 * 2)  # past one fsync interval
    os.kill(crashed.client.pid, signal.SIGKILL)
    crashed.client.close()
    [recovered] = recover_interrupted(ws)
    [kept] = ws.recordings.marks(recovered.id)
    assert (kept.tag, kept.frame, kept.wall_time) == ("threat", 0, recovered.started_at)
    assert "pressed_at" in _mark_logs(ws)[-1]


def _logs(ws, action: str) -> list[dict]:
    with ws.store.session() as s:
        bodies = [json.loads(b) for b in s.scalars(select(AuditEvent.body))]
    return [b for b in bodies if b["action"] == action]


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_moving_a_call_to_its_first_sound_is_logged_as_a_change_of_the_call(ws):
    """A review: when filing a recording moved its call to the first sound, only the
    recording's entry said so; the call's own history had no change of its time."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    session = start_call(ws, case.id, FAKE_MIC, client_factory=_late_client)
    wait_for_frames(session, 4800)
    recording = session.stop()
    [event] = ws.cases.events(case.id)
    [logged] = [b for b in _logs(ws, "event.logged") if b["entity_id"] == event.id]
    [moved] = [b for b in _logs(ws, "event.updated") if b["entity_id"] == event.id]
    asked = _utc(logged["data"]["started_at"])
    assert moved["case_id"] == case.id and moved["data"]["recording_id"] == recording.id
    assert [_utc(t) for t in moved["data"]["changed"]["started_at"]] == [
        asked,
        recording.started_at,
    ]
    assert actions(ws)[-2:] == ["event.updated", "recording.complete"]


def test_a_recording_recovered_without_a_row_logs_when_it_was_asked_to_start(ws):
    """A review: a recording whose row was never written was filed already at its first
    sound, so the log never had the start it was asked for, unlike one filed normally."""
    case = ws.cases.create_case("Loan", jurisdiction="us")
    folder = ws.data_dir / "recordings" / f"case-{case.id}" / "orphan"
    folder.mkdir(parents=True)
    client = _late_client()
    client.start(RecorderConfig(directory=str(folder), basename="call", sources=FAKE_MIC))
    wait_for_frames(client, 48000 * 3)
    os.kill(client.pid, signal.SIGKILL)
    client.close()
    asked = json.loads((folder / "call.meta.json").read_text())["started_at_utc"]

    [orphan] = recover_interrupted(ws)
    [event] = ws.cases.events(case.id)
    logged = _audit_data(ws, "recording.recovered", orphan.id)
    assert _utc(logged["start_requested_at"]) == _utc(asked) < orphan.started_at
    assert _utc(logged["started_at"]) == orphan.started_at == event.started_at
    [moved] = [b for b in _logs(ws, "event.updated") if b["entity_id"] == event.id]
    assert [_utc(t) for t in moved["data"]["changed"]["started_at"]] == [
        _utc(asked),
        orphan.started_at,
    ]
